// `npm run renumber`: continuous numbering again after an insertion, every reference rewritten in the
// standard and in the standards citing it, only numbers touched, idempotent, and safe with git.
import { describe, expect, it } from 'vitest';
import { planRenumbering } from '../src/authoring/renumber.ts';
import { checkCorpus } from '../src/check/run.ts';
import { loadCorpus } from '../src/corpus.ts';
import { commitAll, copyOfSampleCorpus, git, readText, runScript, writeText } from './authoring-helpers.ts';
import { corpusWith, edit, fixtureText, TODAY } from './helpers.ts';

const PROCESS = 'standards/300-服务提供/30202-行政审批服务流程规范.md';
const CITING = {
  notice: 'standards/300-服务提供/30103-一次性告知规范.md',
  timeLimit: 'standards/300-服务提供/30203-限时办结规范.md',
  tolerance: 'standards/300-服务提供/30204-容缺受理规程.md',
};
const NEW_CLAUSE = '### 5.2 预约\n\n5.2.1 申请人可通过中心门户网站或电话预约办理时间，窗口应按预约时间优先受理。\n\n5.2.2 预约后未按时到达的，预约自动取消，申请人可重新预约。\n\n';

/** Everything but the numbers: renumbering may change only these. */
function withoutNumbers(text: string): string {
  return text.replace(/[0-9A-Z.]/gu, '');
}

describe('npm run renumber on a copy of the sample corpus', () => {
  it('renumbers after a clause inserted in the middle, rewrites every citing standard, checks clean, and a second run changes nothing', () => {
    const dir = copyOfSampleCorpus();
    commitAll(dir);
    writeText(dir, PROCESS, edit(readText(dir, PROCESS), '### 5.2 受理\n', `${NEW_CLAUSE}### 5.2 受理\n`));
    commitAll(dir, '增加5.2 预约');
    const before = Object.fromEntries([PROCESS, ...Object.values(CITING)].map((file) => [file, readText(dir, file)]));

    const preview = runScript('renumber', dir, PROCESS);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain(`--- a/${PROCESS}\n+++ b/${PROCESS}\n`);
    expect(preview.stdout).toContain('-### 5.2 受理\n+### 5.3 受理\n');
    expect(preview.stdout).toContain('+5.6.1 窗口应自作出决定之日起2个工作日内送达审批结果');
    expect(preview.stdout).toContain(`--- a/${CITING.timeLimit}\n`);
    expect(preview.stderr).toContain('5.2 出现了 2 次');
    expect(preview.stderr).toContain('确认无误后加 --write 写入');
    for (const [file, text] of Object.entries(before)) expect(readText(dir, file)).toBe(text);

    const written = runScript('renumber', dir, PROCESS, '--write');
    expect(written.status).toBe(0);
    expect(written.stderr).toContain('已写入 4 个文件');
    const renumbered = readText(dir, PROCESS);
    expect(renumbered).toContain(`${NEW_CLAUSE}### 5.3 受理\n\n5.3.1 窗口工作人员应核验`);
    expect(renumbered).toContain('### 5.4 审查');
    expect(renumbered).toContain('### 5.6 送达\n\n5.6.1 窗口应自作出决定之日起');
    expect(renumbered).toContain('审批结果按5.6.1的规定送达');
    expect(renumbered).toContain('通知申请人并按5.6送达');
    expect(renumbered).toContain('计时区间见图1；');
    expect(readText(dir, CITING.notice)).toContain('按Q/JMXZ 30202—2025的5.3出具受理通知书');
    expect(readText(dir, CITING.timeLimit)).toContain('审批结果的送达时限按Q/JMXZ 30202—2025的5.6.1执行');
    expect(readText(dir, CITING.timeLimit)).toContain('按Q/JMXZ 30202—2025的5.4.3书面告知申请人后暂停');
    expect(readText(dir, CITING.timeLimit)).toContain('按Q/JMXZ 30202—2025的5.4.4书面提出后暂停');
    expect(readText(dir, CITING.tolerance)).toContain('窗口工作人员按Q/JMXZ 30202—2025的5.3查验申请材料');
    expect(readText(dir, CITING.tolerance)).toContain('应按Q/JMXZ 30202—2025的5.4处理');
    expect(readText(dir, CITING.tolerance)).toContain('办件按Q/JMXZ 30202—2025的5.5和5.6作出决定并送达');
    // References to other documents, and to clauses that did not move, are left alone.
    expect(readText(dir, CITING.tolerance)).toContain('是否符合4.1的条件');
    expect(readText(dir, CITING.timeLimit)).toContain('按Q/JMXZ 30204—2025的6.1.3执行');
    for (const [file, text] of Object.entries(before)) expect(withoutNumbers(readText(dir, file))).toBe(withoutNumbers(text));
    expect(checkCorpus(loadCorpus(dir))).toEqual([]);

    const again = runScript('renumber', dir, PROCESS, '--write');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('的编号已连续，引用无需修改');
    expect(
      git(dir, 'status', '--porcelain', '--', PROCESS, ...Object.values(CITING))
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(4);
    expect(readText(dir, PROCESS)).toBe(renumbered);
  });

  it('refuses files with uncommitted changes unless --force, and then writes', () => {
    const dir = copyOfSampleCorpus();
    commitAll(dir);
    writeText(dir, PROCESS, edit(readText(dir, PROCESS), '### 5.2 受理\n', `${NEW_CLAUSE}### 5.2 受理\n`));
    const unchanged = readText(dir, CITING.notice);
    const refused = runScript('renumber', dir, PROCESS, '--write');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`以下文件有未提交的修改：\n  ${PROCESS}\n`);
    expect(refused.stderr).toContain('未修改任何文件');
    expect(readText(dir, CITING.notice)).toBe(unchanged);
    const forced = runScript('renumber', dir, PROCESS, '--write', '--force');
    expect(forced.status).toBe(0);
    expect(readText(dir, CITING.notice)).toContain('按Q/JMXZ 30202—2025的5.3出具受理通知书');
  });

  it('refuses when a reference points at nothing, since renumbering could make it point elsewhere', () => {
    const dir = copyOfSampleCorpus();
    writeText(dir, CITING.tolerance, edit(readText(dir, CITING.tolerance), 'Q/JMXZ 30202—2025的5.3处理', 'Q/JMXZ 30202—2025的5.7处理'));
    writeText(dir, PROCESS, edit(readText(dir, PROCESS), '### 5.2 受理\n', `${NEW_CLAUSE}### 5.2 受理\n`));
    const result = runScript('renumber', dir, PROCESS, '--write', '--force');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/30204-容缺受理规程\.md:\d+：引用的5\.7在Q\/JMXZ 30202—2025中不存在；重新编号后它可能指向另一处，请先更正这一引用。/u);
    expect(readText(dir, CITING.notice)).toContain('按Q/JMXZ 30202—2025的5.2出具受理通知书');
  });
});

describe('renumbering one standard', () => {
  const COMPLAINTS = 'standards/30501-投诉处理规范.md';
  const complaints = fixtureText('30501-投诉处理规范.md');

  function renumber(text: string): string {
    const corpus = corpusWith({ [COMPLAINTS]: text });
    const plan = planRenumbering(corpus, COMPLAINTS);
    expect(plan.problems).toEqual([]);
    const after = plan.changes.get(COMPLAINTS)?.after ?? text;
    expect(withoutNumbers(after)).toBe(withoutNumbers(text));
    expect(checkCorpus(corpusWith({ [COMPLAINTS]: after }), { today: TODAY })).toEqual([]);
    expect(planRenumbering(corpusWith({ [COMPLAINTS]: after }), COMPLAINTS).changes.size).toBe(0);
    return after;
  }

  it('renumbers chapters, clauses, tables, formulas, annexes and notes, and the references to them', () => {
    let text = edit(
      complaints,
      '## 4 受理\n',
      [
        '## 4 总则\n',
        '4.1 投诉处理应公开、公正，受理范围和受理期限如下。\n',
        '表1 投诉受理范围\n\n| 范围 | 说明 |\n|---|---|\n| 窗口服务 | 服务态度和效率 |\n',
        '期限 = 受理日 + 1个工作日　(1)\n',
        '4.2 投诉处理的流程见附录C。\n',
        '## 4 受理\n',
      ].join('\n'),
    );
    text = edit(text, '\n注2：投诉人明确拒绝回访的，记录原因后视为已回访。\n', '');
    text = edit(text, '回访记录按附录A填写。\n', '回访记录按附录A填写，流程见图3和图5。\n\n![投诉处理流程](flow.svg)\n\n图3 投诉处理流程\n\n![回访流程](visit.svg) 图5 回访流程\n');
    text = edit(
      text,
      '## 参考文献',
      '## 附录C（资料性）投诉处理流程\n\n受理、办理和回访依次进行，各环节时限见表C.1。\n\n表C.1 投诉处理环节\n\n| 环节 | 时限 |\n|---|---|\n| 受理 | 1个工作日 |\n\n## 参考文献',
    );
    const after = renumber(text);
    // The inserted chapter carries the numbers it should have; what it pushed down moves on.
    expect(after).toContain('## 4 总则\n\n4.1 投诉处理应公开、公正，受理范围和受理期限如下。\n\n表1 投诉受理范围');
    expect(after).toContain('期限 = 受理日 + 1个工作日　(1)');
    expect(after).toContain('4.2 投诉处理的流程见附录B。');
    expect(after).toContain('## 5 受理\n\n5.1 投诉处置的基本要求');
    expect(after).toContain('5.2 督查考核科应在收到投诉后1个工作日内受理，登记内容见表2。\n\n表2 投诉登记内容');
    expect(after).toContain('## 6 办理和回访\n\n### 6.1 办理\n\n6.1.1 ');
    expect(after).toContain('6.1.2 一般投诉应在5个工作日内办结，办结时限按公式(2)计算。\n\n办结时限 = 受理日 + 5个工作日　(2)');
    expect(after).toContain('6.2.2 回访不满意的，应按5.2重新登记');
    expect(after).toContain('回访记录按附录A填写，流程见图1和图2。\n\n![投诉处理流程](flow.svg)\n\n图1 投诉处理流程\n\n![回访流程](visit.svg) 图2 回访流程\n');
    expect(after).toContain('\n注：回访可采用电话或短信方式。');
    expect(after).toContain('## 附录A（规范性）投诉回访记录表\n\n表A.1 投诉回访记录表');
    expect(after).toContain('## 附录B（资料性）投诉处理流程\n\n受理、办理和回访依次进行，各环节时限见表B.1。\n\n表B.1 投诉处理环节');
    // Other documents' clause numbers are theirs.
    expect(after).toContain('按Q/JMXZ 30101—2025的4.2核实');
  });

  it("keeps the authors' formatting and leaves numbers of an earlier edition alone", () => {
    let text = edit(complaints, '## 4 受理\n', '## 4 范围补充\n\n4.1 **投诉**  按本章执行（见第5章，2020年版的第4章）。\n\n4.2 另见 *表1*。\n\n## 4 受理\n');
    text = edit(text, '| 投诉人 | 姓名和联系方式 |', '|   投诉人   |  姓名和联系方式  |');
    const after = renumber(text);
    expect(after).toContain('4.1 **投诉**  按本章执行（见第6章，2020年版的第4章）。');
    expect(after).toContain('|   投诉人   |  姓名和联系方式  |');
  });

  it('says which standard it cannot find', () => {
    expect(() => planRenumbering(corpusWith(), 'standards/none.md')).toThrow('standards/none.md 不在 standards/ 中');
  });

  it('changes nothing when the numbering is continuous', () => {
    const corpus = corpusWith();
    expect(planRenumbering(corpus, COMPLAINTS)).toEqual({ changes: new Map(), notes: [], problems: [] });
  });
});
