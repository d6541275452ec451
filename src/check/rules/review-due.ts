import { defineRule, frontMatterText } from '../rule.ts';

const REVIEW_YEARS = 5;

function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

export const reviewDue = defineRule({
  id: 'review-due',
  severity: 'warning',
  scope: 'document',
  basis: [{ document: '《中华人民共和国标准化法》', clause: '第二十九条', detail: '复审周期一般不超过五年' }],
  description: '现行标准已过复审日期，或实施满五年且未定复审日期',
  messages: {
    overdue: '复审日期 {due} 已过，应组织复审（确认继续有效、修订或废止），并更新 review-due。',
    fiveYears: '本文件自 {effective} 实施已满五年，应组织复审；复审后在文件头写明下次复审日期 review-due。',
  },
  fixable: false,
  docs: {
    rationale: '标准实施后要根据实际情况定期复审，复审周期一般不超过五年；过期未复审的标准可能已与法规、业务或上级标准脱节。',
    howToFix: '按本中心标准化工作管理规范组织复审，结论为继续有效时在文件头写下次复审日期 review-due；需要修订时起草新版本；不再适用时把状态改为 withdrawn。',
  },
  examples: {
    valid: [
      { name: '复审日期未到', text: frontMatterText('status: current\neffective: 2020-07-01\nreview-due: 2027-01-01') },
      { name: '实施未满五年', text: frontMatterText('status: current\neffective: 2022-07-01') },
    ],
    invalid: [
      { name: '复审日期已过', text: frontMatterText('status: current\neffective: 2025-07-01\nreview-due: 2026-01-01'), errors: [{ messageId: 'overdue', line: 4, column: 13 }] },
      { name: '实施满五年未定复审日期', text: frontMatterText('status: current\neffective: 2020-07-01'), errors: [{ messageId: 'fiveYears', line: 3, column: 12 }] },
    ],
  },
  check(standard, { today, report }) {
    const { status, reviewDue: due, effective } = standard.meta;
    const entries = standard.frontMatter?.entries;
    if (status !== 'current' || !entries) return;
    const dueEntry = entries.get('review-due');
    const effectiveEntry = entries.get('effective');
    if (due && dueEntry && due < today) report({ messageId: 'overdue', data: { due }, at: dueEntry });
    else if (!due && effective && effectiveEntry && addYears(effective, REVIEW_YEARS) < today) report({ messageId: 'fiveYears', data: { effective }, at: effectiveEntry });
  },
});
