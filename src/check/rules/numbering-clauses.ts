import type { Section } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

const MAX_LEVELS_BELOW_CHAPTER = 5;

export const numberingClauses = defineRule({
  id: 'numbering-clauses',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '7.3', detail: '条的编号' }],
  description: '条编号为上级编号加顺序号，从1开始连续，最多分到第五层',
  messages: {
    wrongNumber: '条编号应为 {expected}，实际为 {actual}；条编号为上级编号"{parent}"加从1开始连续的顺序号。',
    tooDeep: '条 {number} 超过了章以下五个层次；请合并层次或改用列项。',
  },
  fixable: false,
  docs: {
    rationale: '条编号由上级编号加点和从1开始的顺序号组成（4.1、4.1.1），条最多分到章以下第五层；编号与位置不符时，引用会指向错误的条。',
    howToFix: '按顺序改正条编号并同步修改对它们的引用（npm run renumber 可一次完成）；层次过深时合并层次或改用列项。',
  },
  examples: {
    valid: [{ name: '连续的条', text: '## 4 受理\n\n### 4.1 登记\n\n内容。\n\n### 4.2 告知\n\n内容。\n' }],
    invalid: [
      { name: '跳号', text: '## 4 受理\n\n### 4.1 登记\n\n内容。\n\n### 4.3 告知\n\n内容。\n', errors: [{ messageId: 'wrongNumber', line: 7, column: 1 }] },
      {
        name: '章以下第六层',
        text: '## 4 受理\n\n### 4.1 甲\n\n#### 4.1.1 乙\n\n##### 4.1.1.1 丙\n\n###### 4.1.1.1.1 丁\n\n4.1.1.1.1.1 第五层。\n\n4.1.1.1.1.1.1 第六层。\n',
        errors: [{ messageId: 'tooDeep', line: 13, column: 1 }],
      },
    ],
  },
  check(standard, { report }) {
    const visit = (section: Section): void => {
      section.children.forEach((child, index) => {
        const expected = `${section.number}.${index + 1}`;
        if (child.number !== expected) report({ messageId: 'wrongNumber', data: { expected, actual: child.number, parent: section.number }, at: child });
        if (child.number.split('.').length - 1 > MAX_LEVELS_BELOW_CHAPTER) report({ messageId: 'tooDeep', data: { number: child.number }, at: child });
        visit(child);
      });
    };
    for (const element of standard.elements) if (element.kind === 'chapter' || element.kind === 'annex') visit(element);
  },
});
