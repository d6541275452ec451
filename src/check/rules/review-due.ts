import type { LegacyRule } from '../rule.ts';

const REVIEW_YEARS = 5;

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export const reviewDue: LegacyRule = {
  id: 'review-due',
  severity: 'warning',
  scope: 'document',
  basis: '《中华人民共和国标准化法》第二十九条（复审周期一般不超过五年）',
  description: '现行标准已过复审日期，或实施满五年且未定复审日期',
  check(standard, { today, report }) {
    const { status, reviewDue: due, effective } = standard.meta;
    if (status !== 'current') return;
    const entries = standard.frontMatter!.entries;
    if (due && due < today) {
      report(entries.get('review-due')!.valuePosition, `复审日期 ${due} 已过，应组织复审（确认继续有效、修订或废止），并更新 review-due。`);
    } else if (!due && effective && addYears(effective, REVIEW_YEARS) < today) {
      report(entries.get('effective')!.valuePosition, `本文件自 ${effective} 实施已满五年，应组织复审；复审后在文件头写明下次复审日期 review-due。`);
    }
  },
};
