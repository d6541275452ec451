import type { Rule } from '../rule.ts';

export const dateOrder: Rule = {
  id: 'date-order',
  severity: 'error',
  scope: 'document',
  basis: 'GB/T 1.1—2020 8.1（发布日期和实施日期）',
  description: '实施日期不早于发布日期',
  check(standard, { report }) {
    const { issued, effective } = standard.meta;
    if (issued && effective && effective < issued) {
      report(standard.frontMatter!.entries.get('effective')!.valuePosition, `实施日期 ${effective} 早于发布日期 ${issued}；实施日期应不早于发布日期。`);
    }
  },
};
