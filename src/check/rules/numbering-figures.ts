import type { LegacyRule } from '../rule.ts';
import { checkItemNumbering } from './numbered-items.ts';

export const numberingFigures: LegacyRule = {
  id: 'numbering-figures',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.7（图的编号）',
  description: '图号在正文中为图1、图2……连续，在附录中为图A.1、图A.2……',
  check(standard, { report }) {
    checkItemNumbering(standard.captions.filter((c) => c.kind === 'figure'), '图', report);
  },
};
