import { allSections, isTermsChapter } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

export const clauseLone = defineRule({
  id: 'clause-lone',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '7.3', detail: '同一层次至少有两个条' }],
  description: '一个层次只有在细分为两个或两个以上条时才设条（不设单独的 4.1）',
  messages: {
    lone: '{parent}下只有一个条 {number}；应至少细分为两个条，或取消 {number} 的编号将内容直接写在上一层。',
  },
  fixable: false,
  docs: {
    rationale: '设条是为了把一个层次分成几部分；只有一个条（有 4.1 而无 4.2）时，细分没有意义，还多了一层编号。第3章中的单个术语条目是完整的一章，不在此列。',
    howToFix: '再设一个同级条，或取消这个条的编号，把内容直接写在上一层。',
  },
  examples: {
    valid: [
      { name: '两个条', text: '## 4 受理\n\n### 4.1 登记\n\n内容。\n\n### 4.2 告知\n\n内容。\n' },
      { name: '只有一个术语的第3章', text: '## 3 术语和定义\n\n下列术语和定义适用于本文件。\n\n### 3.1 投诉 complaint\n\n对服务不满意的反映。\n' },
    ],
    invalid: [{ name: '单独的 4.1', text: '## 4 受理\n\n### 4.1 登记\n\n内容。\n', errors: [{ messageId: 'lone', line: 3, column: 1 }] }],
  },
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      const only = section.children[0];
      // Term entries are not a subdivision of chapter 3: a single term is a complete chapter.
      if (section.children.length === 1 && only && !isTermsChapter(section)) {
        report({ messageId: 'lone', data: { parent: section.number || section.title, number: only.number }, at: only });
      }
    }
  },
});
