// The 复审 recorded in the front matter (Q/JMXZ 10101 9.2–9.3) must agree with the rest of the
// system: 继续有效 moves the review date on, 修订 points at a later edition, 废止 withdraws the standard.
import { REVIEW_OUTCOMES } from '../../model/types.ts';
import { defineRule } from '../rule.ts';

const REVIEW_YEARS = 5;
const BASE = '---\ncode: Q/JMXZ 30501—2025\ntitle: 投诉处理规范\nstatus: current\neffective: 2025-07-01\n';

export const reviewOutcome = defineRule({
  id: 'review-outcome',
  severity: 'error',
  scope: 'corpus',
  basis: [{ document: 'Q/JMXZ 10101—2025', clause: '9.2.3、9.3', detail: '复审结论及其处理' }],
  description: '复审记录完整，结论与复审日期、后续版本或废止状态一致',
  messages: {
    noOutcome: '写了复审记录，但没有复审结论 review-outcome（{outcomes}）。',
    badOutcome: '复审结论"{value}"无效，应为 {outcomes} 之一（Q/JMXZ 10101 9.2.3）。',
    noDate: '有复审结论，但没有复审日期 reviewed（YYYY-MM-DD）。',
    future: '复审日期 {date} 晚于今天，复审应在完成后记录。',
    beforeEffective: '复审日期 {date} 早于实施日期 {effective}。',
    validButInactive: '复审结论为继续有效，但本文件状态为 {status}。',
    reviewDueNotMoved: '复审结论为继续有效，应将 review-due 更新为 {date} 之后、不晚于 {limit} 的下次复审日期（Q/JMXZ 10101 9.3.1）。',
    reviewDueTooLate: '下次复审日期 {due} 距本次复审超过5年，应不晚于 {limit}（Q/JMXZ 10101 9.1.1）。',
    revisedButWithdrawn: '复审结论为修订，但本文件已废止；结论应为废止，或恢复状态。',
    laterEditionNotReplacing: '复审结论为修订，但后续版本 {later}（{file}）的 replaces 没有写明代替 {code}（Q/JMXZ 10101 9.3.2）。',
    withdrawnNotSet: '复审结论为废止，废止公告发布后本文件状态应改为 withdrawn（Q/JMXZ 10101 9.3.3）。',
  },
  fixable: false,
  docs: {
    rationale: '复审意见表（10101 附录B）由文件头的复审记录打印，复审登记按它推算下次复审：结论与文件头的复审日期、状态或后续版本不一致，复审登记和体系表就会给出错误的信息。',
    howToFix: '继续有效：把 review-due 改为本次复审后不超过5年的日期；修订：在新版本的 replaces 中写明被代替的版本；废止：废止公告发布后把 status 改为 withdrawn。',
  },
  examples: {
    valid: [{ name: '继续有效并更新复审日期', text: `${BASE}review-due: 2031-06-01\nreviewed: 2026-06-10\nreview-outcome: 继续有效\n---\n`, today: '2026-11-26' }],
    invalid: [
      {
        name: '继续有效但未更新复审日期',
        text: `${BASE}review-due: 2026-06-01\nreviewed: 2026-06-10\nreview-outcome: 继续有效\n---\n`,
        today: '2026-11-26',
        errors: [{ messageId: 'reviewDueNotMoved', line: 6, column: 13 }],
      },
      { name: '废止但状态仍为现行', text: `${BASE}reviewed: 2026-06-10\nreview-outcome: 废止\n---\n`, today: '2026-11-26', errors: [{ messageId: 'withdrawnNotSet', line: 7, column: 17 }] },
      { name: '结论写错', text: `${BASE}reviewed: 2026-06-10\nreview-outcome: 有效\n---\n`, today: '2026-11-26', errors: [{ messageId: 'badOutcome', line: 7, column: 17 }] },
      { name: '只写了复审日期', text: `${BASE}reviewed: 2026-06-10\n---\n`, today: '2026-11-26', errors: [{ messageId: 'noOutcome', line: 6, column: 11 }] },
      { name: '没有复审日期', text: `${BASE}review-outcome: 修订\n---\n`, today: '2026-11-26', errors: [{ messageId: 'noDate', line: 6, column: 17 }] },
      { name: '复审日期在将来', text: `${BASE}reviewed: 2027-01-10\nreview-outcome: 修订\n---\n`, today: '2026-11-26', errors: [{ messageId: 'future', line: 6, column: 11 }] },
      { name: '复审日期早于实施', text: `${BASE}reviewed: 2025-06-10\nreview-outcome: 修订\n---\n`, today: '2026-11-26', errors: [{ messageId: 'beforeEffective', line: 6, column: 11 }] },
      {
        name: '下次复审超过5年',
        text: `${BASE}review-due: 2032-01-01\nreviewed: 2026-06-10\nreview-outcome: 继续有效\n---\n`,
        today: '2026-11-26',
        errors: [{ messageId: 'reviewDueTooLate', line: 6, column: 13 }],
      },
      {
        name: '继续有效但已废止',
        text: `${BASE.replace('status: current', 'status: withdrawn')}review-due: 2031-06-01\nreviewed: 2026-06-10\nreview-outcome: 继续有效\n---\n`,
        today: '2026-11-26',
        errors: [{ messageId: 'validButInactive', line: 8, column: 17 }],
      },
      {
        name: '修订但已废止',
        text: `${BASE.replace('status: current', 'status: withdrawn')}reviewed: 2026-06-10\nreview-outcome: 修订\n---\n`,
        today: '2026-11-26',
        errors: [{ messageId: 'revisedButWithdrawn', line: 7, column: 17 }],
      },
      {
        name: '修订后的新版本没有写明代替',
        text: `${BASE}reviewed: 2026-06-10\nreview-outcome: 修订\n---\n`,
        files: { 'standards/新版.md': '---\ncode: Q/JMXZ 30501—2027\ntitle: 投诉处理规范\nstatus: draft\n---\n' },
        today: '2026-11-26',
        errors: [{ messageId: 'laterEditionNotReplacing', line: 7, column: 17 }],
      },
    ],
  },
  check(standard, { index, today, report }) {
    const review = standard.meta.review;
    const entries = standard.frontMatter?.entries;
    if (!review || !entries) return;
    const { status, effective, reviewDue, code } = standard.meta;
    const entry = (key: string) => entries.get(key) ?? entries.get('reviewed') ?? entries.get('review-outcome') ?? [...entries.values()][0]!;
    const outcomes = REVIEW_OUTCOMES.join('、');
    if (!entries.has('review-outcome')) return report({ messageId: 'noOutcome', data: { outcomes }, at: entry('reviewed') });
    if (!review.outcome) return report({ messageId: 'badOutcome', data: { value: String(entries.get('review-outcome')!.value), outcomes }, at: entry('review-outcome') });
    if (!review.date) {
      if (!entries.has('reviewed')) report({ messageId: 'noDate', at: entry('review-outcome') });
      return;
    }
    const date = review.date;
    if (date > today) report({ messageId: 'future', data: { date }, at: entry('reviewed') });
    if (effective && date < effective) report({ messageId: 'beforeEffective', data: { date, effective }, at: entry('reviewed') });
    if (review.outcome === '继续有效') {
      if (status === 'withdrawn' || status === 'superseded') report({ messageId: 'validButInactive', data: { status }, at: entry('review-outcome') });
      const limit = `${Number(date.slice(0, 4)) + REVIEW_YEARS}${date.slice(4)}`;
      if (!reviewDue || reviewDue <= date) report({ messageId: 'reviewDueNotMoved', data: { date, limit }, at: entry('review-due') });
      else if (reviewDue > limit) report({ messageId: 'reviewDueTooLate', data: { due: reviewDue, limit }, at: entry('review-due') });
    }
    if (review.outcome === '修订' && code) {
      if (status === 'withdrawn') report({ messageId: 'revisedButWithdrawn', at: entry('review-outcome') });
      for (const later of index.editionsOf(code).filter((s) => (s.meta.code?.year ?? '') > (code.year ?? ''))) {
        if (!later.meta.replaces.some((r) => r.serial === code.serial && r.year === code.year)) {
          report({ messageId: 'laterEditionNotReplacing', data: { later: later.meta.code!.raw, file: later.file, code: code.raw }, at: entry('review-outcome') });
        }
      }
    }
    if (review.outcome === '废止' && status !== 'withdrawn') report({ messageId: 'withdrawnNotSet', at: entry('review-outcome') });
  },
});
