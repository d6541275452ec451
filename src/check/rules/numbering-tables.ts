import type { LegacyRule } from '../rule.ts';
import { checkItemNumbering } from './numbered-items.ts';

export const numberingTables: LegacyRule = {
  id: 'numbering-tables',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.8（表的编号）',
  description: '表号在正文中为表1、表2……连续，在附录中为表A.1、表A.2……',
  check(standard, { report }) {
    checkItemNumbering(standard.captions.filter((c) => c.kind === 'table'), '表', report);
  },
};
