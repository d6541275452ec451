// Provisions of the real sample standards: type by the modal verbs of GB/T 1.1—2020 附录C, stable
// ids (serial:clause/position), list items under a lead-in, and whom each applies to.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.ts';
import { parseProvisionId, provisionsOf, provisionType } from '../src/model/provisions.ts';
import type { Corpus, Provision, Standard } from '../src/model/types.ts';
import { parseStandard } from '../src/parse/parse-standard.ts';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { loadInspections } from '../src/evaluation/records.ts';
import { commitAll, copyOfSampleCorpus, readText, REPO_ROOT, runScript, writeText } from './authoring-helpers.ts';
import { edit } from './helpers.ts';

const corpus: Corpus = loadCorpus(REPO_ROOT);

function standard(serial: string): Standard {
  return corpus.standards.find((s) => s.meta.code?.serial === serial && s.meta.status === 'current')!;
}

function provision(serial: string, id: string): Provision {
  const found = provisionsOf(standard(serial), corpus.system).find((p) => p.id === id);
  if (!found) throw new Error(`no provision ${id}`);
  return found;
}

describe('provision types (GB/T 1.1—2020 附录C)', () => {
  it('reads 应/不应, 宜, 可/不必 and 能/不能 and leaves words that only contain them alone', () => {
    expect(provisionType('窗口工作人员不应推诿。')?.type).toBe('要求');
    expect(provisionType('导服人员宜具有1年以上接待、客服或公共服务工作经历。')?.type).toBe('推荐');
    expect(provisionType('叫号后服务对象未到窗口的，窗口工作人员可呼叫下一号。')?.type).toBe('允许');
    expect(provisionType('检查项目栏中未发现问题的不必填写明细。')?.type).toBe('允许');
    expect(provisionType('每件投诉只能延期1次。')?.type).toBe('可能');
    // 相应、应急、适宜、事宜、许可、功能、技能 are no modal verbs.
    expect(provisionType('中心设有相应的应急设施，功能和技能培训事宜见附录A，经许可后实施。')).toBeUndefined();
    // The strongest verb decides: a requirement with a recommendation in the same sentence is a requirement.
    expect(provisionType('导服人员应具有高中或中等职业学校及以上学历，宜具有大学专科及以上学历。')?.type).toBe('要求');
  });

  it('counts the requirement of a real clause and its subject', () => {
    const p = provision('40302', '40302:6.4.3/1');
    expect(p.type).toBe('要求');
    expect(p.text).toBe('接到窗口工作人员的陪同通知后，导服人员应在5分钟内到达窗口接引服务对象。');
    // The subject is the post right before the verb, not the 窗口工作人员 of the condition.
    expect(p.subjects).toEqual(['导服人员']);
    expect(p.position.line).toBeGreaterThan(1);
  });

  it('numbers provisions by clause and position: the second sentence of 10101 6.4.1 is 10101:6.4.1/2', () => {
    const first = provision('10101', '10101:6.4.1/1');
    const second = provision('10101', '10101:6.4.1/2');
    expect(first.text).toMatch(/^标准化办公室应在收到送审稿后10个工作日内组织审查。$/u);
    expect(second.type).toBe('允许');
    expect(second.text).toContain('其他项目可采用函审');
    expect(parseProvisionId('10101:6.4.1/2')).toEqual({ serial: '10101', clause: '6.4.1', index: 2 });
    expect(parseProvisionId('10101-6.4.1')).toBeUndefined();
  });

  it('makes each item of a list whose lead-in carries the modal verb a provision of the lead-in type', () => {
    const items = provisionsOf(standard('10101'), corpus.system).filter((p) => p.clause === '4.1.2');
    expect(items.map((p) => p.id)).toEqual(['10101:4.1.2/1', '10101:4.1.2/2', '10101:4.1.2/3', '10101:4.1.2/4', '10101:4.1.2/5']);
    expect(items.every((p) => p.type === '要求')).toBe(true);
    expect(items[0]!.text).toBe('领导小组应履行下列职责：审定中心标准化工作规划、标准体系表和年度标准制修订计划；');
    // 宜 in the lead-in of 10101 6.1.1 makes its four items recommendations.
    const recommended = provisionsOf(standard('10101'), corpus.system).filter((p) => p.clause === '6.1.1');
    expect(recommended.map((p) => p.type)).toEqual(['允许', '推荐', '推荐', '推荐', '推荐']);
  });

  it('finds no provisions in the 前言, scope, terms, notes or informative annexes', () => {
    const all = corpus.standards.flatMap((s) => provisionsOf(s, corpus.system));
    expect(all.length).toBeGreaterThan(1500);
    expect(all.some((p) => ['1', '2', '3'].includes(p.clause.split('.')[0]!))).toBe(false);
    expect(all.some((p) => /^(注|示例)/u.test(p.text))).toBe(false);
    expect(provisionsOf(standard('10101'), corpus.system).some((p) => p.clause === '8.2.2')).toBe(false);
  });

  it('ids are unique within an edition', () => {
    for (const s of corpus.standards) {
      const ids = provisionsOf(s, corpus.system).map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('whom a provision applies to', () => {
  it('a 岗位工作标准 applies to its post unless the subject names another post or department', () => {
    expect(provision('40302', '40302:6.6.2/1').appliesTo).toEqual(['导服人员']); // 导服组长 is a role of 导服人员
    expect(provision('40101', '40101:9.1.2/1').appliesTo).toEqual(['办公室']);
    expect(provision('40303', '40303:6.5.1/1').appliesTo).toEqual(['首席代表']);
    const others = provisionsOf(standard('40303'), corpus.system).filter((p) => p.appliesTo.join() !== '电子监察员');
    expect(others.map((p) => p.id)).toEqual(['40303:6.5.1/1']);
  });

  it('a standard names its audience with applies-to; the subject narrows it', () => {
    const text = edit(standard('30202').source, 'department: ', 'applies-to: [窗口工作人员, 导服人员]\ndepartment: ');
    const edited = parseStandard(standard('30202').file, text);
    const provisions = provisionsOf(edited, corpus.system);
    const unnamed = provisions.filter((p) => p.subjects.length === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(unnamed.every((p) => p.appliesTo.join() === '窗口工作人员,导服人员')).toBe(true);
    const named = provisions.find((p) => p.subjects.length > 0)!;
    expect(named.appliesTo).toEqual(named.subjects);
  });
});

describe('stable ids', () => {
  it('editing the wording of one clause changes no id anywhere else', () => {
    const before = provisionsOf(standard('40302'), corpus.system);
    const text = edit(standard('40302').source, '导服人员应按附录A逐笔登记帮办服务。', '导服人员应按附录A逐笔登记帮办服务，当日汇总。导服组长应每周抽查登记情况。');
    const after = provisionsOf(parseStandard(standard('40302').file, text), corpus.system);
    const changed = after.filter((p) => p.clause === '6.4.5').map((p) => p.id);
    expect(changed).toEqual(['40302:6.4.5/1', '40302:6.4.5/2']);
    const others = (list: Provision[]) => list.filter((p) => p.clause !== '6.4.5').map((p) => `${p.id} ${p.text}`);
    expect(others(after)).toEqual(others(before));
  });
});

describe('ids kept valid by npm run renumber', () => {
  const WINDOW = 'standards/300-服务提供/30101-窗口服务规范.md';

  it('a clause inserted before 6.2 moves the ids of 6.2 and later in the inspection records, and none before it', () => {
    const dir = copyOfSampleCorpus();
    cpSync(join(REPO_ROOT, 'evaluations'), join(dir, 'evaluations'), { recursive: true });
    commitAll(dir);
    const before = loadCorpus(dir);
    const text = (c: Corpus, id: string) =>
      provisionsOf(
        c.standards.find((s) => s.file === WINDOW)!,
        c.system,
      ).find((p) => p.id === id)?.text;
    const leaveText = text(before, '30101:6.2.2/1');
    const greetingText = text(before, '30101:5.2.3/1');
    writeText(dir, WINDOW, edit(readText(dir, WINDOW), '### 6.2 离岗\n', '### 6.2 交接班\n\n6.2.1 交接班时，交班人员应向接班人员说明未办结的业务。\n\n### 6.2 离岗\n'));
    commitAll(dir, '增加交接班');
    const result = runScript('renumber', dir, WINDOW, '--write');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('+  - provision: 30101:6.3.2/1');
    const after = loadCorpus(dir);
    // The provision the record names is the same sentence as before, under its new number.
    expect(text(after, '30101:6.3.2/1')).toBe(leaveText);
    expect(text(after, '30101:5.2.3/1')).toBe(greetingText);
    const records = loadInspections(after, '2026-12-01');
    expect(records.problems).toEqual([]);
    const ids = records.inspections.flatMap((i) => i.results.map((r) => r.provision.id));
    expect(ids).toContain('30101:6.3.2/1');
    expect(ids).toContain('30101:5.2.3/1');
    expect(ids).not.toContain('30101:6.2.2/1');
    const moved = records.inspections.flatMap((i) => i.results).find((r) => r.provision.id === '30101:6.3.2/1')!;
    expect(moved.provision.text).toBe(leaveText);
  }, 120_000);
});
