import type { LegacyRule } from '../rule.ts';

export const bibliographyNumbering: LegacyRule = {
  id: 'bibliography-numbering',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.10（参考文献的编号）',
  description: '参考文献的每一项以 [1]、[2]……连续编号',
  check(standard, { report }) {
    standard.bibliography.forEach((entry, index) => {
      if (entry.number !== index + 1) {
        report(entry.position, `参考文献第 ${index + 1} 项应以"[${index + 1}]"开头${entry.number === undefined ? '' : `，而不是"[${entry.number}]"`}；参考文献按 [1]、[2]……连续编号。`);
      }
    });
  },
};
