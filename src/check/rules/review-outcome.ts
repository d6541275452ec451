// The 复审 recorded in the front matter (Q/JMXZ 10101 9.2–9.3) must agree with the rest of the
// system: 继续有效 moves the review date on, 修订 points at a later edition, 废止 withdraws the standard.
import { REVIEW_OUTCOMES } from '../../model/types.ts';
import type { Rule } from '../rule.ts';

const REVIEW_YEARS = 5;

export const reviewOutcome: Rule = {
  id: 'review-outcome',
  severity: 'error',
  scope: 'corpus',
  basis: 'Q/JMXZ 10101 9.2.3、9.3（复审结论及其处理）',
  description: '复审记录完整，结论与复审日期、后续版本或废止状态一致',
  check(standard, { index, today, report }) {
    const review = standard.meta.review;
    const entries = standard.frontMatter?.entries;
    if (!review || !entries) return;
    const { status, effective, reviewDue, code } = standard.meta;
    const at = (key: string) => (entries.get(key) ?? entries.get('reviewed') ?? entries.get('review-outcome') ?? [...entries.values()][0]!).valuePosition;
    if (!entries.has('review-outcome')) {
      report(at('reviewed'), '写了复审日期 reviewed，但没有复审结论 review-outcome（继续有效、修订或废止）。');
      return;
    }
    if (!review.outcome) {
      report(at('review-outcome'), `复审结论 "${String(entries.get('review-outcome')!.value)}" 无效，应为 ${REVIEW_OUTCOMES.join('、')} 之一（Q/JMXZ 10101 9.2.3）。`);
      return;
    }
    if (!review.date) {
      if (!entries.has('reviewed')) report(at('review-outcome'), '有复审结论，但没有复审日期 reviewed（YYYY-MM-DD）。');
      return;
    }
    if (review.date > today) report(at('reviewed'), `复审日期 ${review.date} 晚于今天，复审应在完成后记录。`);
    if (effective && review.date < effective) report(at('reviewed'), `复审日期 ${review.date} 早于实施日期 ${effective}。`);
    if (review.outcome === '继续有效') {
      if (status === 'withdrawn' || status === 'superseded') report(at('review-outcome'), `复审结论为继续有效，但本文件状态为 ${status}。`);
      const limit = `${Number(review.date.slice(0, 4)) + REVIEW_YEARS}${review.date.slice(4)}`;
      if (!reviewDue || reviewDue <= review.date) {
        report(at('review-due'), `复审结论为继续有效，应将 review-due 更新为 ${review.date} 之后、不晚于 ${limit} 的下次复审日期（Q/JMXZ 10101 9.3.1）。`);
      } else if (reviewDue > limit) {
        report(at('review-due'), `下次复审日期 ${reviewDue} 距本次复审超过${REVIEW_YEARS}年，应不晚于 ${limit}（Q/JMXZ 10101 9.1.1）。`);
      }
    }
    if (review.outcome === '修订' && code) {
      if (status === 'withdrawn') report(at('review-outcome'), '复审结论为修订，但本文件已废止；结论应为废止，或恢复状态。');
      const later = index.editionsOf(code).filter((s) => (s.meta.code?.year ?? '') > (code.year ?? ''));
      for (const edition of later) {
        if (!edition.meta.replaces.some((r) => r.serial === code.serial && r.year === code.year)) {
          report(at('review-outcome'), `复审结论为修订，但后续版本 ${edition.meta.code!.raw}（${edition.file}）的 replaces 没有写明代替 ${code.raw}（Q/JMXZ 10101 9.3.2）。`);
        }
      }
    }
    if (review.outcome === '废止' && status !== 'withdrawn') {
      report(at('review-outcome'), '复审结论为废止，废止公告发布后本文件状态应改为 withdrawn（Q/JMXZ 10101 9.3.3）。');
    }
  },
};
