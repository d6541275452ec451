import type { SectionKind } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';

const RANK: Partial<Record<SectionKind, number>> = { preface: 0, introduction: 1, chapter: 2, annex: 3, bibliography: 4, index: 5 };
const NAMES: Partial<Record<SectionKind, string>> = { preface: '前言', introduction: '引言', chapter: '章', annex: '附录', bibliography: '参考文献', index: '索引' };

export const elementOrder: LegacyRule = {
  id: 'element-order',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 表3（要素的前后顺序）',
  description: '要素按前言、引言、各章、附录、参考文献、索引的顺序排列，且不重复',
  check(standard, { report }) {
    let highest = -1;
    let highestName = '';
    const seen = new Set<SectionKind>();
    for (const element of standard.elements) {
      const rank = RANK[element.kind];
      if (rank === undefined) continue;
      const name = NAMES[element.kind]!;
      if (rank < highest) {
        report(element.position, `"${element.number ? `${name} ${element.number}` : name}"位于${highestName}之后；要素顺序应为：前言、引言、各章、附录、参考文献、索引。`);
      } else {
        highest = rank;
        highestName = name;
      }
      if (element.kind !== 'chapter' && element.kind !== 'annex' && seen.has(element.kind)) report(element.position, `"${name}"重复出现。`);
      seen.add(element.kind);
    }
  },
};
