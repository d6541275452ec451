// One passing and one failing example per rule not yet migrated to defineRule (migrated rules carry
// their own examples, run by rule-examples.test.ts). The passing example is the clean fixture corpus
// (plus, where a rule has exceptions, an explicit valid variant); the failing example seeds one
// defect and expects the rule to fire at the defect's line.
import { describe, expect, it } from 'vitest';
import { isLegacyRule } from '../src/check/rule.ts';
import { RULES } from '../src/check/rules/index.ts';
import { check, edit, fixtureText, lineOf } from './helpers.ts';

const COMPLAINTS = 'standards/30501-投诉处理规范.md';
const WINDOW = 'standards/30101-窗口服务规范.md';
const complaints = fixtureText('30501-投诉处理规范.md');
const windowService = fixtureText('30101-窗口服务规范.md');

interface Case {
  /** Files to put into the fixture corpus for the failing example. */
  files: () => Record<string, string | Uint8Array>;
  /** The file and the text whose line the diagnostic must point at. */
  file?: string;
  at?: string;
  line?: number;
  /** A variant that looks close to the defect but is correct. */
  valid?: () => Record<string, string>;
}

const onComplaints = (mutate: (text: string) => string, at?: string): Case => ({ files: () => ({ [COMPLAINTS]: mutate(complaints) }), file: COMPLAINTS, at });

const CASES: Record<string, Case> = {
  'file-readable': { files: () => ({ 'standards/bin.md': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0xff]) }), file: 'standards/bin.md', line: 2 },
  'frontmatter-syntax': onComplaints((t) => edit(t, 'title: 投诉处理规范', 'title: 投诉处理规范: 第二版'), 'title:'),
  'frontmatter-required': onComplaints((t) => edit(t, 'title: 投诉处理规范\n', ''), '---'),
  'frontmatter-type': onComplaints((t) => edit(t, 'issued: 2025-06-01', 'issued: 2025-02-30'), 'issued:'),
  'frontmatter-unknown-key': onComplaints((t) => edit(t, 'department: 督查考核科', 'departmnet: 督查考核科'), 'departmnet'),
  'code-year': onComplaints((t) => edit(t, 'code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30501—2024'), 'code:'),
  'code-node': onComplaints((t) => edit(t, 'code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30901—2025'), 'code:'),
  'code-unique': { files: () => ({ 'standards/copy.md': edit(complaints, 'title: 投诉处理规范', 'title: 投诉受理规范') }), file: 'standards/copy.md', at: 'code:' },
  'code-sequence': {
    files: () => ({ 'standards/old.md': edit(edit(complaints, 'code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30501—2020'), 'issued: 2025-06-01\neffective: 2025-07-01', 'issued: 2020-06-01\neffective: 2020-07-01') }),
    file: COMPLAINTS,
    at: 'code:',
  },
  'title-unique': onComplaints((t) => edit(t, 'title: 投诉处理规范', 'title: 窗口服务规范'), 'title:'),
  'title-type': onComplaints((t) => edit(t, 'title: 投诉处理规范', 'title: 投诉处理'), 'title:'),
  'replaces-valid': onComplaints((t) => edit(t, 'status: current', 'status: current\nreplaces: [Q/JMXZ 30501—2020]'), 'replaces:'),
  'superseded-successor': {
    files: () => ({ [WINDOW]: edit(windowService, 'replaces: [Q/JMXZ 30101—2019]\n', '') }),
    file: 'standards/30101-2019-窗口服务规范.md',
    at: 'status:',
  },
  'review-due': {
    ...onComplaints((t) => edit(t, 'status: current', 'status: current\nreview-due: 2026-01-01'), 'review-due:'),
    valid: () => ({ [COMPLAINTS]: edit(complaints, 'status: current', 'status: current\nreview-due: 2027-01-01') }),
  },
  'structure-elements': onComplaints((t) => edit(t, '## 1 范围', '## 1 适用范围'), '## 1 适用范围'),
  'element-order': onComplaints((t) => edit(t, '## 附录A（规范性）', '## 参考文献\n\n- [1] 《中华人民共和国行政许可法》\n\n## 附录A（规范性）'), '## 附录A'),
  'heading-depth': onComplaints((t) => edit(t, '### 5.1 办理', '#### 5.1 办理'), '#### 5.1'),
  'numbering-chapters': onComplaints((t) => edit(t, '## 5 办理和回访', '## 6 办理和回访'), '## 6 办理'),
  'numbering-clauses': onComplaints((t) => edit(t, '5.2.2 回访不满意', '5.2.3 回访不满意'), '5.2.3'),
  'clause-lone': {
    ...onComplaints((t) => edit(t, '5.1.2 一般投诉', '一般投诉'), '5.1.1'),
    // A single term entry is a complete chapter 3.
    valid: () => ({ [COMPLAINTS]: edit(complaints, '### 3.2 回访 return visit\n\n投诉办结后向投诉人了解处理结果满意程度的活动。\n\n', '') }),
  },
  'clause-titles': onComplaints((t) => edit(t, '## 5 办理和回访', '### 4.3 台账\n\n投诉台账按月归档。\n\n## 5 办理和回访'), '### 4.3 台账'),
  'hanging-paragraph': onComplaints((t) => edit(t, '## 5 办理和回访\n\n', '## 5 办理和回访\n\n本章规定投诉的办理和回访。\n\n'), '本章规定'),
  'term-entry': onComplaints((t) => edit(t, '投诉办结后向投诉人了解处理结果满意程度的活动。', ''), '### 3.2'),
  'numbering-tables': onComplaints((t) => edit(t, '表1 投诉登记内容', '表2 投诉登记内容'), '表2 投诉'),
  'table-caption': onComplaints((t) => edit(t, '表1 投诉登记内容\n\n', ''), '| 项目 |'),
  'numbering-figures': onComplaints((t) => edit(t, '### 5.2 回访\n\n', '### 5.2 回访\n\n![投诉处理流程](flow.svg)\n\n图2 投诉处理流程\n\n'), '图2 投诉'),
  'numbering-formulas': onComplaints((t) => edit(t, '5个工作日　(1)', '5个工作日　(2)'), '办结时限 ='),
  'numbering-notes': onComplaints((t) => edit(t, '注2：', '注3：'), '注3：'),
  'annex-order': onComplaints((t) => edit(edit(t, '## 附录A（规范性）', '## 附录B（规范性）'), '按附录A填写', '按附录B填写'), '## 附录B'),
  'annex-uncited': onComplaints((t) => edit(t, '，回访记录按附录A填写', ''), '## 附录A'),
  'list-depth': onComplaints((t) => edit(t, '## 参考文献', '注3：层次过深的列项：\n\n- 一层\n  - 二层\n    - 三层\n\n## 参考文献'), '    - 三层'),
  'bibliography-numbering': onComplaints((t) => edit(t, '- [1] 《信访工作条例》（2022年）', '- [1] 《信访工作条例》（2022年）\n- [3] 《中华人民共和国行政许可法》'), '- [3]'),
  'ref-internal': onComplaints((t) => edit(t, '应按4.2重新登记', '应按4.5重新登记'), '应按4.5'),
  'ref-document': onComplaints((t) => edit(t, 'Q/JMXZ 30101—2025的4.2', 'Q/JMXZ 30101—2025的4.9'), 'Q/JMXZ 30101—2025的4.9'),
  'ref-dated-clause': onComplaints((t) => edit(t, 'Q/JMXZ 30101—2025的4.2', 'Q/JMXZ 30101的4.2'), 'Q/JMXZ 30101的4.2'),
  'ref-status': onComplaints((t) => edit(edit(t, 'Q/JMXZ 30101—2025的4.2', 'Q/JMXZ 30101—2019的4.2'), '- Q/JMXZ 30101—2025 窗口服务规范', '- Q/JMXZ 30101—2019 窗口服务规范'), '按Q/JMXZ 30101—2019'),
  'ref-unknown-external': onComplaints((t) => edit(t, '注1：回访可采用电话或短信方式。', '注1：回访可采用电话或短信方式（参见GB/T 99999—2020）。'), '注1：'),
  'normative-refs-leadin': onComplaints((t) => edit(t, '构成本文件必不可少的条款', '构成本文件的条款'), '下列文件中的内容'),
  'normative-refs-list': onComplaints((t) => edit(t, '- Q/JMXZ 30101—2025 窗口服务规范\n', ''), '5.1.1'),
  'normative-refs-title': onComplaints((t) => edit(t, '- GB/T 36113—2018 政务服务中心服务投诉处置规范', '- GB/T 36113—2018 政务服务中心投诉处理规范'), '- GB/T 36113—2018'),
  'wording-forbidden': {
    ...onComplaints((t) => edit(t, '应在收到投诉后', '必须在收到投诉后'), '4.2 督查'),
    // "应禁止……" states the action required after the modal 应 (issue 10): not flagged.
    valid: () => ({ [COMPLAINTS]: edit(complaints, '注1：回访可采用电话或短信方式。', '注1：因不可抗力不可能回访的，记录原因。回访记录应禁止修改，宜严禁外传。') }),
  },
  'wording-preface-scope': {
    ...onComplaints((t) => edit(t, '本文件由江门市行政服务中心提出并归口。', '本文件宜与窗口服务规范配合使用。'), '本文件宜'),
    valid: () => ({ [COMPLAINTS]: edit(complaints, '本文件规定了投诉的受理', '本文件规定了应急情况下及相应情形中投诉的受理') }),
  },
  'suppression-reason': {
    ...onComplaints((t) => edit(t, '4.2 督查考核科应在', '<!-- check-ignore wording-forbidden -->\n4.2 督查考核科必须在'), '<!-- check-ignore'),
    valid: () => ({ [COMPLAINTS]: edit(complaints, '4.2 督查考核科应在', '<!-- check-ignore wording-forbidden: 引用上级文件原文 -->\n4.2 督查考核科必须在') }),
  },
};

const LEGACY_RULES = RULES.filter(isLegacyRule);

describe('check rules', () => {
  const clean = check();

  it('the fixture corpus checks clean', () => {
    expect(clean).toEqual([]);
  });

  it('every rule has a test case, and every case names a rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(LEGACY_RULES.map((r) => r.id).sort());
  });

  it('every rule has metadata: id, severity, basis and description', () => {
    for (const rule of LEGACY_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.basis.length).toBeGreaterThan(4);
      expect(rule.description.length).toBeGreaterThan(4);
    }
  });

  for (const rule of LEGACY_RULES) {
    const testCase = CASES[rule.id];
    if (!testCase) continue;
    describe(rule.id, () => {
      it('passes on valid text', () => {
        const diagnostics = testCase.valid ? check(testCase.valid()) : clean;
        expect(diagnostics.filter((d) => d.rule === rule.id)).toEqual([]);
      });

      it('reports the seeded defect at its line', () => {
        const files = testCase.files();
        const found = check(files).filter((d) => d.rule === rule.id);
        expect(found.length).toBeGreaterThan(0);
        const file = testCase.file!;
        const content = files[file];
        const line = testCase.line ?? lineOf(typeof content === 'string' ? content : fixtureText(file.replace('standards/', '')), testCase.at!);
        expect(found.filter((d) => d.file === file).map((d) => d.line)).toContain(line);
        for (const diagnostic of found) {
          expect(diagnostic.severity).toBe(rule.severity);
          expect(diagnostic.message).toMatch(/[\u4e00-\u9fff]/u);
        }
      });
    });
  }
});
