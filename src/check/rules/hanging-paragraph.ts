import { allSections, isTermsChapter } from '../../model/sections.ts';
import { defineRule } from '../rule.ts';

export const hangingParagraph = defineRule({
  id: 'hanging-paragraph',
  severity: 'warning',
  scope: 'document',
  basis: [{ clause: '7.4', detail: '悬置段' }],
  description: '章或条的标题与其第一个下级条之间不宜有段落（悬置段）',
  messages: {
    hanging: '{number} 与其第一个条 {child} 之间有悬置段；请把这段内容编为一个条（如"{number}.1 总则"），或移入下级条中。',
  },
  fixable: false,
  docs: {
    rationale: '章或条的标题与第一个下级条之间的段落（悬置段）没有自己的编号，无法被准确引用："见第5章"说不清指的是这段还是整章。第3章的引导语不在此列。',
    howToFix: '把悬置段编为第一个条（如"5.1 总则"），其余条顺延编号；或把内容移入相应的下级条。',
  },
  examples: {
    valid: [
      { name: '内容都在条中', text: '## 5 办理\n\n### 5.1 总则\n\n本章规定投诉的办理。\n\n### 5.2 转办\n\n内容。\n' },
      {
        name: '术语、定义和缩略语一章中 3.1 的引导语',
        text: '## 3 术语、定义和缩略语\n\n### 3.1 术语和定义\n\n下列术语和定义适用于本文件。\n\n#### 3.1.1 投诉 complaint\n\n对服务不满意的反映。\n\n#### 3.1.2 回访 return visit\n\n办结后了解满意程度的活动。\n\n### 3.2 缩略语\n\n内容。\n',
      },
    ],
    invalid: [
      {
        name: '章标题后的悬置段',
        text: '## 5 办理\n\n本章规定投诉的办理。\n\n### 5.1 转办\n\n内容。\n\n### 5.2 回访\n\n内容。\n',
        errors: [{ messageId: 'hanging', line: 3, column: 1, endLine: 3, endColumn: 11 }],
      },
    ],
  },
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      const first = section.children[0];
      // Chapter 3 and its 3.1 术语和定义 open with the lead-in sentence before the entries (GB/T 1.1—2020 8.7).
      if (!first || isTermsChapter(section) || section === standard.terms[0]?.section.parent) continue;
      const hanging = section.blocks.find((b) => b.type === 'paragraph' || b.type === 'list' || b.type === 'table');
      if (hanging?.position) report({ messageId: 'hanging', data: { number: section.number, child: first.number }, at: hanging });
    }
  },
});
