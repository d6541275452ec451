// `npm run changes`: the 前言's list of technical changes drafted from a clause-by-clause comparison
// with the previous edition, and the git history the handbook shows.
import { describe, expect, it } from 'vitest';
import { compareEditions, previousEdition } from '../src/authoring/changes.ts';
import { gitHistory } from '../src/authoring/history.ts';
import { loadCorpus } from '../src/corpus.ts';
import type { Standard } from '../src/model/types.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import { commitAll, copyOfSampleCorpus, readText, runScript, writeText } from './authoring-helpers.ts';
import { edit, fixtureText } from './helpers.ts';

function currentEdition(dir: string, serial: string): { corpus: ReturnType<typeof loadCorpus>; current: Standard } {
  const corpus = loadCorpus(dir);
  return { corpus, current: corpus.standards.find((s) => s.meta.code?.serial === serial && s.meta.status === 'current')! };
}

describe('comparing the revised sample standards with the editions they replace', () => {
  const dir = copyOfSampleCorpus();

  it('Q/JMXZ 30101—2025 against 30101—2019: matched by content across renumbering, wording-only changes left out', () => {
    const { corpus, current } = currentEdition(dir, '30101');
    const old = previousEdition(corpus, current)!;
    expect(old.meta.code?.raw).toBe('Q/JMXZ 30101—2019');
    const comparison = compareEditions(old, current);
    expect(comparison.items.map((item) => item.text)).toEqual([
      '更改了范围（见第1章，2019年版的第1章）',
      '更改了“窗口”的术语和定义（见3.1，2019年版的3.1）',
      '增加了“离岗”“暂停服务”“B角”的术语和定义（见3.3、3.4、3.5）',
      '删除了“服务对象”的术语和定义（2019年版的3.3）',
      '更改了基本要求中“窗口工作人员应掌握本窗口进驻事项的设定依……”的规定（见4.2，2019年版的4.2）',
      '增加了基本要求中“每个窗口岗位应确定A角和B角……”的规定（见4.3）',
      '增加了基本要求中“窗口工作人员的到岗、考勤、请假和轮换应按……”的规定（见4.4）',
      '删除了基本要求中“窗口工作人员应按中心作息时间提前5分钟到……”的规定（2019年版的4.3）',
      '更改了基本要求中“窗口上方电子显示屏和台面桌牌应显示窗口号……”的规定（见4.5，2019年版的4.4）',
      '增加了基本要求中“窗口台面只放置当日办公所需的设备、表单和……”的规定（见4.6）',
      '删除了基本要求中“窗口台面应整洁有序……”的规定（2019年版的4.5）',
      '更改了基本要求中“窗口工作人员应保守在工作中知悉的国家秘密……”的规定（见4.7，2019年版的4.6）',
      '更改了仪容仪表的要求（见5.1，2019年版的5.1）',
      '更改了行为举止的要求（见5.2，2019年版的5.3）',
      '更改了文明用语的要求（见5.3，2019年版的5.2）',
      '更改了开放时间的要求（见6.1，2019年版的5.4.1、5.4.3）',
      '更改了离岗的要求（见6.2，2019年版的5.4.2）',
      '增加了暂停服务的要求（见6.3）',
      '更改了取号与叫号的要求（见7.1，2019年版的6.2）',
      '更改了咨询与首问的要求（见7.2，2019年版的6.1）',
      '更改了告知的要求（见7.3，2019年版的6.3）',
      '删除了办结的要求（2019年版的6.4）',
      '更改了监督与评价的要求（见第8章，2019年版的第7章）',
    ]);
    // 4.1 only changed its wording (依法、公开、便民、高效 → 依法办理、公开透明、便民高效).
    expect(comparison.clauses).toContainEqual(expect.objectContaining({ change: 'editorial', oldNumber: '4.1', newNumber: '4.1' }));
    const absence = comparison.items.find((item) => item.newLabels[0] === '6.2')!;
    expect(absence).toMatchObject({ change: 'changed', subject: '离岗的要求', newLabels: ['6.2'], oldLabels: ['5.4.2'] });
    expect(absence.clauses[0]).toMatchObject({ change: 'changed', oldNumber: '5.4.2', newNumber: '6.2.1' });
    expect(absence.clauses[0]!.oldText).toContain('每次离开不超过15分钟');
    expect(comparison.foreword.split('\n\n')[0]).toBe('本文件代替Q/JMXZ 30101—2019《窗口服务规范》，与Q/JMXZ 30101—2019相比，除结构调整和编辑性改动外，主要技术变化如下：');
    expect(comparison.foreword).toContain('\n\nq) 更改了离岗的要求（见6.2，2019年版的5.4.2）；\n\n');
    expect(comparison.foreword.endsWith('w) 更改了监督与评价的要求（见第8章，2019年版的第7章）。')).toBe(true);
  });

  it('Q/JMXZ 30501—2025 against 30501—2020: clauses regrouped under new titles are followed', () => {
    const { corpus, current } = currentEdition(dir, '30501');
    const comparison = compareEditions(previousEdition(corpus, current)!, current);
    const texts = comparison.items.map((item) => item.text);
    expect(texts).toContain('增加了“承办部门”“办结”“回访”的术语和定义（见3.3、3.4、3.5）');
    expect(texts).toContain('更改了处理原则的要求（见4.1，2020年版的4.3）');
    expect(texts).toContain('增加了转办渠道的要求（见5.2）');
    expect(texts).toContain('更改了回访的要求（见8.1，2020年版的7.1）');
    expect(texts).toContain('增加了延期的要求（见7.6）');
    expect(texts).toContain('更改了投诉登记处理单（见附录A，2020年版的附录A）');
    expect(texts).toContain('增加了投诉处理流程（见附录B）');
    expect(texts.indexOf('更改了处理原则的要求（见4.1，2020年版的4.3）')).toBeLessThan(texts.indexOf('增加了转办渠道的要求（见5.2）'));
  });
});

describe('what counts as a technical change', () => {
  const COMPLAINTS = 'standards/30501-投诉处理规范.md';
  const before = fixtureText('30501-投诉处理规范.md');
  const compare = (after: string) => compareEditions(parseStandard(COMPLAINTS, before), parseStandard(COMPLAINTS, after));

  it('an identical text has no technical change', () => {
    const comparison = compare(before);
    expect(comparison.items).toEqual([]);
    expect(comparison.foreword).toBe('与Q/JMXZ 30501—2025相比，除结构调整和编辑性改动外，没有技术变化。');
    expect(comparison.clauses.every((c) => c.change === 'unchanged')).toBe(true);
  });

  it('moving and renumbering clauses, or rewording without changing the requirement, is not listed', () => {
    let after = edit(
      before,
      '### 5.1 办理\n',
      '### 5.1 回访\n\n5.1.1 投诉办结后3个工作日内应回访投诉人，回访记录按附录A填写。\n\n5.1.2 回访不满意的，应按4.2重新登记并由科室负责人督办。\n\n注1：回访可采用电话或短信方式。\n\n注2：投诉人明确拒绝回访的，记录原因后视为已回访。\n\n### 5.2 办理\n',
    );
    after = edit(
      after,
      '### 5.2 回访\n\n5.2.1 投诉办结后3个工作日内应回访投诉人，回访记录按附录A填写。\n\n5.2.2 回访不满意的，应按4.2重新登记并由科室负责人督办。\n\n注1：回访可采用电话或短信方式。\n\n注2：投诉人明确拒绝回访的，记录原因后视为已回访。\n',
      '',
    );
    after = edit(after, '### 5.2 办理\n\n5.1.1 ', '### 5.2 办理\n\n5.2.1 ').replace('5.1.2 一般投诉', '5.2.2 一般投诉');
    after = edit(after, '督查考核科应在收到投诉后1个工作日内受理', '督查考核科应在接到投诉后1个工作日内予以受理');
    const comparison = compare(after);
    expect(comparison.items).toEqual([]);
    expect(comparison.clauses).toContainEqual(expect.objectContaining({ change: 'unchanged', oldNumber: '5.2.1', newNumber: '5.1.1' }));
    expect(comparison.clauses).toContainEqual(expect.objectContaining({ change: 'editorial', oldNumber: '4.2', newNumber: '4.2' }));
  });

  it('a changed time limit or modal verb, a new clause and a deleted annex are listed', () => {
    let after = edit(before, '一般投诉应在5个工作日内办结', '一般投诉应在3个工作日内办结');
    after = edit(after, '投诉办结后3个工作日内应回访投诉人', '投诉办结后3个工作日内宜回访投诉人');
    after = edit(after, '## 5 办理和回访\n', '4.3 匿名投诉作为线索登记，核查结果不答复投诉人，但计入投诉统计。\n\n## 5 办理和回访\n');
    after = after.slice(0, after.indexOf('## 附录A')) + after.slice(after.indexOf('## 参考文献'));
    expect(compare(after).items.map((item) => item.text)).toEqual([
      '增加了受理中“匿名投诉作为线索登记……”的规定（见4.3）',
      '更改了办理的要求（见5.1，2025年版的5.1）',
      '更改了回访的要求（见5.2，2025年版的5.2）',
      '删除了投诉回访记录表（2025年版的附录A）',
    ]);
  });

  it('a chapter whose clauses all changed is one item, clauses it dropped included', () => {
    let after = edit(before, '4.1 投诉处置的基本要求应符合GB/T 36113—2018的规定。\n\n', '');
    after = edit(after, '4.2 督查考核科应在收到投诉后1个工作日内受理，登记内容见表1。', '4.1 督查考核科应在收到投诉后2个工作日内受理，登记内容见表1。');
    after = edit(after, '## 5 办理和回访\n', '4.2 匿名投诉作为线索登记，核查结果不答复投诉人，但计入投诉统计。\n\n## 5 办理和回访\n');
    const [item] = compare(after).items;
    expect(item).toMatchObject({ text: '更改了受理的要求（见第4章，2025年版的第4章）', newLabels: ['第4章'], oldLabels: ['第4章'] });
    expect(item!.clauses.map((c) => `${c.change} ${c.oldNumber ?? '-'}→${c.newNumber ?? '-'}`)).toEqual(['changed 4.2→4.1', 'added -→4.2', 'deleted 4.1→-']);
  });
});

describe('npm run changes', () => {
  it('prints the drafted 前言 paragraph for a revised standard given by its serial number', () => {
    const result = runScript('changes', copyOfSampleCorpus(), '30101');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^本文件代替Q\/JMXZ 30101—2019《窗口服务规范》，与Q\/JMXZ 30101—2019相比，除结构调整和编辑性改动外，主要技术变化如下：\n\na\) 更改了范围/u);
    expect(result.stderr).toContain('列出 23 项技术变化');
  });

  it('compares with a git revision given with --from, and says what to do without a previous edition', () => {
    const dir = copyOfSampleCorpus();
    const file = 'standards/300-服务提供/30102-首问负责制规范.md';
    commitAll(dir);
    let text = edit(readText(dir, file), '延迟不应超过2个工作日', '延迟不应超过1个工作日');
    text = edit(
      text,
      '## 7 登记与记录\n',
      '### 6.4 回访\n\n6.4.1 督查考核科应每月从已办结的转办事项中抽取服务对象进行电话回访。\n\n6.4.2 回访发现首问事项未办结的，督查考核科应督促接办人在2个工作日内办结。\n\n## 7 登记与记录\n',
    );
    writeText(dir, file, text);
    const result = runScript('changes', dir, 'Q/JMXZ 30102—2025', '--from', 'HEAD');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      ['与Q/JMXZ 30102—2025相比，除结构调整和编辑性改动外，主要技术变化如下：', 'a) 更改了不能当场答复的咨询和求助的要求（见5.5，2025年版的5.5）；', 'b) 增加了回访的要求（见6.4）。'].join('\n\n') +
        '\n',
    );
    const none = runScript('changes', dir, '30102');
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Q/JMXZ 30102—2025 没有代替 standards/ 中的任何版本');
    expect(none.stderr).toContain('--from <git 版本>');
    expect(runScript('changes', dir, '30199').stderr).toContain('本体系中没有标准 30199');
  });
});

describe('git history of a standard', () => {
  it('lists the commits that changed the file, newest first, with date, author and message', () => {
    const dir = copyOfSampleCorpus();
    const file = 'standards/300-服务提供/30102-首问负责制规范.md';
    expect(gitHistory(file, dir)).toEqual([]);
    commitAll(dir, '首问负责制规范发布');
    writeText(dir, file, edit(readText(dir, file), '延迟不应超过2个工作日', '延迟不应超过1个工作日'));
    commitAll(dir, '缩短延迟答复期限');
    const history = gitHistory(file, dir);
    expect(history.map((entry) => entry.message)).toEqual(['缩短延迟答复期限', '首问负责制规范发布']);
    expect(history[0]).toMatchObject({ author: '测试作者', commit: expect.stringMatching(/^[0-9a-f]{40}$/u), date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/u) });
    expect(gitHistory('standards/300-服务提供/30101-窗口服务规范.md', dir).map((entry) => entry.message)).toEqual(['首问负责制规范发布']);
  });
});
