import type { Section } from '../../model/types.ts';
import type { LegacyRule } from '../rule.ts';

const MAX_LEVELS_BELOW_CHAPTER = 5;

export const numberingClauses: LegacyRule = {
  id: 'numbering-clauses',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 7.4（条的编号）',
  description: '条编号为上级编号加顺序号，从1开始连续，最多分到第五层',
  check(standard, { report }) {
    const visit = (section: Section): void => {
      section.children.forEach((child, index) => {
        const expected = `${section.number}.${index + 1}`;
        if (child.number !== expected) {
          report(child.position, `条编号应为 ${expected}，实际为 ${child.number}；条编号为上级编号"${section.number}"加从1开始连续的顺序号。`);
        }
        if (child.number.split('.').length - 1 > MAX_LEVELS_BELOW_CHAPTER) {
          report(child.position, `条 ${child.number} 超过了章以下五个层次；请合并层次或改用列项。`);
        }
        visit(child);
      });
    };
    for (const element of standard.elements) if (element.kind === 'chapter' || element.kind === 'annex') visit(element);
  },
};
