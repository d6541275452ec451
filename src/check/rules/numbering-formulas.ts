import type { LegacyRule } from '../rule.ts';
import { checkItemNumbering } from './numbered-items.ts';

export const numberingFormulas: LegacyRule = {
  id: 'numbering-formulas',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.9（公式的编号）',
  description: '公式编号在正文中为(1)、(2)……连续，在附录中为(A.1)……',
  check(standard, { report }) {
    checkItemNumbering(standard.formulas, '公式', report);
  },
};
