import { allSections } from '../../model/sections.ts';
import type { LegacyRule } from '../rule.ts';

export const clauseLone: LegacyRule = {
  id: 'clause-lone',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.4（同一层次至少有两个条）',
  description: '一个层次只有在细分为两个或两个以上条时才设条（不设单独的 4.1）',
  check(standard, { report }) {
    for (const section of allSections(standard)) {
      // Term entries are not a subdivision of chapter 3: a single term is a complete chapter.
      const isTermsChapter = section.kind === 'chapter' && section.number === '3';
      if (section.children.length === 1 && !isTermsChapter) {
        const only = section.children[0]!;
        report(only.position, `${section.number || section.title}下只有一个条 ${only.number}；应至少细分为两个条，或取消 ${only.number} 的编号将内容直接写在上一层。`);
      }
    }
  },
};
