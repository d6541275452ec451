import type { SectionKind } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

const RANK: Partial<Record<SectionKind, number>> = { preface: 0, introduction: 1, chapter: 2, annex: 3, bibliography: 4, index: 5 };
const NAMES: Record<SectionKind, string> = { preface: '前言', introduction: '引言', chapter: '章', clause: '条', annex: '附录', bibliography: '参考文献', index: '索引' };

export const elementOrder = defineRule({
  id: 'element-order',
  severity: 'error',
  scope: 'document',
  basis: [{ clause: '6.2', detail: '要素的前后顺序（表3）' }],
  description: '要素按前言、引言、各章、附录、参考文献、索引的顺序排列，且不重复',
  messages: {
    outOfOrder: '"{element}"位于{after}之后；要素顺序应为：前言、引言、各章、附录、参考文献、索引。',
    repeated: '"{element}"重复出现。',
  },
  fixable: false,
  docs: {
    rationale: '要素的顺序是固定的，读者和印刷稿的目次都依赖它：参考文献在最后一个附录之后，索引总在最末。',
    howToFix: '把要素移到规定的位置；重复的前言、引言、参考文献或索引合并为一个。',
  },
  examples: {
    valid: [{ name: '规定的顺序', text: '## 前言\n\n前言。\n\n## 1 范围\n\n范围。\n\n## 附录A（规范性）表格\n\n内容。\n\n## 参考文献\n\n- [1] 《信访工作条例》\n' }],
    invalid: [
      {
        name: '附录写在参考文献之后',
        text: '## 前言\n\n前言。\n\n## 1 范围\n\n范围。\n\n## 参考文献\n\n- [1] 《信访工作条例》\n\n## 附录A（规范性）表格\n\n内容。\n',
        errors: [{ messageId: 'outOfOrder', line: 13, column: 1 }],
      },
      { name: '两个前言', text: '## 前言\n\n前言。\n\n## 前言\n\n又一个前言。\n', errors: [{ messageId: 'repeated', line: 5, column: 1 }] },
    ],
  },
  check(standard, { report }) {
    let highest = -1;
    let highestName = '';
    const seen = new Set<SectionKind>();
    for (const element of standard.elements) {
      const rank = RANK[element.kind];
      if (rank === undefined) continue;
      const name = NAMES[element.kind];
      if (rank < highest) {
        report({ messageId: 'outOfOrder', data: { element: element.number ? `${name} ${element.number}` : name, after: highestName }, at: element });
      } else {
        highest = rank;
        highestName = name;
      }
      if (element.kind !== 'chapter' && element.kind !== 'annex' && seen.has(element.kind)) report({ messageId: 'repeated', data: { element: name }, at: element });
      seen.add(element.kind);
    }
  },
});
