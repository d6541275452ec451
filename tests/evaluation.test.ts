// Inspection records, 条款符合率 by Q/JMXZ 10101 formula (1), and the 复审 register, on the sample
// standard system and its year of records.
import { describe, expect, it } from 'vitest';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { loadCorpus } from '../src/corpus.ts';
import { conformityRate, conformityReport, formatRate } from '../src/evaluation/conformity.ts';
import { dutiesOf } from '../src/evaluation/duties.ts';
import { loadInspections, readInspection } from '../src/evaluation/records.ts';
import { reviewRegister } from '../src/evaluation/review-register.ts';
import { parseCode } from '../src/model/code.ts';
import type { Corpus } from '../src/model/types.ts';
import { REPO_ROOT } from './authoring-helpers.ts';

const TODAY = '2026-12-01';
const corpus: Corpus = loadCorpus(REPO_ROOT);
const index = new CorpusIndex(corpus);

const GOOD = `date: 2026-05-12
inspector: 周敏
kind: 日常检查
scope: Q/JMXZ 30101
unit: 综合受理窗口
results:
  - provision: 30101:5.2.3/1
    result: 符合
    evidence: 现场观察
  - provision: 30101:6.2.2/1
    result: 不符合
    evidence: 13号窗口离岗18分钟未登记
    correction: 约谈
  - provision: 30101:7.1.5/1
    result: 不适用
  - provision: 40302:6.4.3/1
    result: 符合
`;

describe('inspection records', () => {
  it('reads a record: each result bound to its provision in the edition in force on the date', () => {
    const { inspection, problems } = readInspection(corpus, index, 'evaluations/x.yaml', GOOD, TODAY);
    expect(problems).toEqual([]);
    expect(inspection!.results.map((r) => [r.provision.id, r.result, r.standard.meta.code!.raw])).toEqual([
      ['30101:5.2.3/1', '符合', 'Q/JMXZ 30101—2025'],
      ['30101:6.2.2/1', '不符合', 'Q/JMXZ 30101—2025'],
      ['30101:7.1.5/1', '不适用', 'Q/JMXZ 30101—2025'],
      ['40302:6.4.3/1', '符合', 'Q/JMXZ 40302—2025'],
    ]);
    expect(inspection!.results[1]!.line).toBe(10);
  });

  it('reports a record in the wrong shape line by line and keeps none of it', () => {
    const bad = GOOD.replace('date: 2026-05-12', 'date: 2026-13-12')
      .replace('    result: 符合\n    evidence: 现场观察', '    result: 合格\n    evidence: 现场观察')
      .replace('    evidence: 13号窗口离岗18分钟未登记\n', '')
      .replace('40302:6.4.3/1', '40302:6.4.9/1')
      .replace('unit: 综合受理窗口', 'unit: 综合受理窗口\nremark: 无');
    const { inspection, problems } = readInspection(corpus, index, 'evaluations/bad.yaml', bad, TODAY);
    expect(inspection).toBeUndefined();
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '6 未知字段"remark"；可用字段：date、inspector、kind、scope、unit、results。',
      '1 检查日期"2026-13-12"不是有效日期，应写成 YYYY-MM-DD。',
      '8 results 第 1 项：结果"合格"应为 符合、不符合、不适用 之一。',
      '11 results 第 2 项：结果为不符合的，应写明证据（Q/JMXZ 10101 8.1.1）。',
    ]);
    // With a valid date, the unknown clause is reported at its own line too.
    const unknownClause = readInspection(corpus, index, 'evaluations/bad.yaml', GOOD.replace('40302:6.4.3/1', '40302:6.4.9/1'), TODAY);
    expect(unknownClause.problems).toEqual([{ file: 'evaluations/bad.yaml', line: 16, message: expect.stringContaining('Q/JMXZ 40302—2025 中没有条款 40302:6.4.9/1') }]);
  });

  it('rejects YAML syntax errors and records from the future', () => {
    expect(readInspection(corpus, index, 'e.yaml', 'date: [2026', TODAY).problems[0]!.message).toMatch(/^YAML 语法错误/u);
    expect(readInspection(corpus, index, 'e.yaml', GOOD.replace('2026-05-12', '2027-01-05'), TODAY).problems.map((p) => p.message)).toEqual(['检查日期 2027-01-05 晚于今天。']);
  });

  it('the sample system has a year of records that all read', () => {
    const { inspections, problems } = loadInspections(corpus, TODAY, index);
    expect(problems).toEqual([]);
    expect(inspections.length).toBeGreaterThanOrEqual(48);
    expect(inspections[0]!.date < '2026-01-01' && inspections.at(-1)!.date > '2026-11-01').toBe(true);
  });
});

describe('条款符合率 (Q/JMXZ 10101 8.2.2, formula (1))', () => {
  it('counts 符合 over 符合 + 不符合; 不适用 is not a checked clause', () => {
    const { inspection } = readInspection(corpus, index, 'evaluations/x.yaml', GOOD, TODAY);
    const report = conformityReport([inspection!], corpus.system);
    expect(report.total).toEqual({ conforming: 2, checked: 3, notApplicable: 1 });
    expect(formatRate(report.rate)).toBe('66.7%');
    const window = report.standards.find((s) => s.serial === '30101')!;
    expect(window.tally).toEqual({ conforming: 1, checked: 2, notApplicable: 1 });
    expect(window.belowTarget).toBe(true);
    expect(window.nonConformities.map((n) => n.provisionId)).toEqual(['30101:6.2.2/1']);
    expect(report.posts.find((p) => p.name === '导服人员')!.tally).toEqual({ conforming: 1, checked: 1, notApplicable: 0 });
    expect(report.departments.find((d) => d.name === '进驻部门')!.tally).toEqual({ conforming: 1, checked: 2, notApplicable: 1 });
    expect(conformityRate({ conforming: 0, checked: 0, notApplicable: 3 })).toBeUndefined();
  });

  it('over the sample year equals a hand count of the records, and flags what is under 90%', () => {
    const { inspections } = loadInspections(corpus, TODAY, index);
    const firstQuarter = inspections.filter((i) => i.date >= '2026-01-01' && i.date <= '2026-03-31');
    let conforming = 0;
    let checked = 0;
    for (const result of firstQuarter.flatMap((i) => i.results).filter((r) => r.provision.serial === '30103')) {
      if (result.result !== '不适用') checked++;
      if (result.result === '符合') conforming++;
    }
    const report = conformityReport(inspections, corpus.system, { from: '2026-01-01', to: '2026-03-31' });
    const notice = report.standards.find((s) => s.serial === '30103')!;
    expect(notice.tally).toMatchObject({ conforming, checked });
    expect(notice.rate).toBeCloseTo((conforming / checked) * 100, 10);
    expect(notice.belowTarget).toBe(notice.rate! < 90);
    expect(report.inspections).toBe(firstQuarter.length);
    expect(notice.series.map((p) => p.date)).toEqual(firstQuarter.filter((i) => i.results.some((r) => r.provision.serial === '30103')).map((i) => i.date));
  });
});

describe('duties of a post', () => {
  it('lists the provisions applying to 导服人员 from several standards, counted per type', () => {
    const duties = dutiesOf(corpus, '导服人员')!;
    const ids = duties.standards.flatMap((s) => s.clauses.flatMap((c) => c.provisions.map((p) => p.id)));
    expect(ids).toContain('40302:6.4.3/1');
    expect(ids).toContain('30102:6.1.2/1');
    expect(ids).not.toContain('30102:8.1/1'); // 督查考核科应每月抽查……
    expect(ids.some((id) => id.startsWith('30101:'))).toBe(false); // 窗口服务规范 applies to 窗口工作人员
    expect(duties.total).toBe(ids.length);
    expect(Object.values(duties.counts).reduce((a, b) => a + b, 0)).toBe(ids.length);
    expect(dutiesOf(corpus, '不存在的岗位')).toBeUndefined();
  });
});

describe('复审 register (Q/JMXZ 10101 第9章)', () => {
  it('flags a standard whose normatively cited GB/T is marked superseded in external.yaml', () => {
    const before = reviewRegister(corpus, [], TODAY).find((r) => r.code === 'Q/JMXZ 30501—2025')!;
    expect(before.reasons).toEqual([]);
    const marked: Corpus = {
      ...corpus,
      external: [
        ...corpus.external.map((e) => (e.code.raw === 'GB/T 36113—2018' ? { ...e, status: '废止' as const, replacedBy: parseCode('GB/T 36113—2027')! } : e)),
        { code: parseCode('GB/T 36113—2027')!, title: '政务服务中心服务投诉处置规范', status: '现行' },
      ],
    };
    const rows = reviewRegister(marked, [], TODAY);
    const complaints = rows.find((r) => r.code === 'Q/JMXZ 30501—2025')!;
    expect(complaints.reasons).toEqual([{ kind: 'external', text: '规范性引用的 GB/T 36113—2018 已被 GB/T 36113—2027《政务服务中心服务投诉处置规范》代替（9.1.2）' }]);
    expect(rows.indexOf(complaints)).toBeLessThan(rows.findIndex((r) => r.reasons.length === 0));
  });

  it('lists overdue and due-within-a-year standards and findings under 8.3.2', () => {
    const { inspections } = loadInspections(corpus, TODAY, index);
    const later = reviewRegister(corpus, inspections, '2029-06-01');
    const window = later.find((r) => r.code === 'Q/JMXZ 30101—2025')!;
    expect(window.reviewDate).toBe('2030-04-01');
    expect(window.reasons.map((r) => r.kind)).toEqual(['due', 'finding']);
    expect(window.reasons[1]!.text).toMatch(/^实施评价发现6\.2\.2条款不明确（2026-/u);
    expect(reviewRegister(corpus, [], '2030-05-01').find((r) => r.code === 'Q/JMXZ 10101—2025')!.reasons[0]!.kind).toBe('overdue');
  });
});
