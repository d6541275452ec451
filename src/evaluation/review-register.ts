// The 复审 register (Q/JMXZ 10101 第9章): every standard in force with its effective and review date
// and why a review is due — the date (9.1.1, 9.2.1's list of the year), a normatively cited external
// standard superseded or withdrawn (9.1.2), findings that a clause is unworkable (8.3.2).
import { CorpusIndex } from '../model/corpus-index.ts';
import { isoDate, type SheetTable } from '../export/xlsx.ts';
import { formatCode } from '../model/code.ts';
import type { Corpus, DocumentCode, ReviewRecord, Standard } from '../model/types.ts';
import { standardsInForce } from './duties.ts';
import type { Inspection } from './records.ts';

export const REVIEW_PERIOD_YEARS = 5;

export type ReviewReasonKind = 'overdue' | 'due' | 'external' | 'finding';

export interface ReviewReason {
  kind: ReviewReasonKind;
  text: string;
}

export interface RegisterRow {
  standard: Standard;
  code: string;
  title: string;
  department: string;
  effective: string;
  /** review-due, or five years after the last review or the effective date. */
  reviewDate: string;
  /** Whether reviewDate was written in the front matter or computed. */
  reviewDateWritten: boolean;
  lastReview?: ReviewRecord;
  reasons: ReviewReason[];
}

export const REVIEW_REASON_LABELS: Record<ReviewReasonKind, string> = {
  overdue: '已过复审日期',
  due: '一年内到期',
  external: '引用标准已变化',
  finding: '实施评价发现问题',
};

export function addYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

function externalChange(index: CorpusIndex, code: DocumentCode): string | undefined {
  const external = index.external(code);
  if (!external || external.status === '现行') return undefined;
  const replacement = external.replacedBy ? index.external(external.replacedBy) : undefined;
  if (external.replacedBy) return `规范性引用的 ${formatCode(external.code)} 已被 ${formatCode(external.replacedBy)}${replacement ? `《${replacement.title}》` : ''}代替（9.1.2）`;
  return `规范性引用的 ${formatCode(external.code)} 已废止（9.1.2）`;
}

/** The register as of `today`, overdue and due standards first, then by review date. */
export function reviewRegister(corpus: Corpus, inspections: Inspection[], today: string, index = new CorpusIndex(corpus)): RegisterRow[] {
  const yearAhead = addYears(today, 1);
  const rows = standardsInForce(corpus)
    .filter((s) => s.meta.effective)
    .map((standard): RegisterRow => {
      const { meta } = standard;
      const reviewDate = meta.reviewDue ?? addYears(meta.review?.date ?? meta.effective!, REVIEW_PERIOD_YEARS);
      const reasons: ReviewReason[] = [];
      if (reviewDate < today) reasons.push({ kind: 'overdue', text: `复审日期 ${reviewDate} 已过（9.1.1）` });
      else if (reviewDate <= yearAhead) reasons.push({ kind: 'due', text: `${reviewDate} 到期，列入 ${reviewDate.slice(0, 4)} 年度到期复审清单（9.2.1）` });
      const cited = new Map<string, DocumentCode>();
      for (const entry of standard.normativeList) if (!index.isInternal(entry.code)) cited.set(entry.code.raw, entry.code);
      for (const reference of standard.references) if (reference.normative && reference.document && !index.isInternal(reference.document)) cited.set(reference.document.raw, reference.document);
      const externalTexts = new Set([...cited.values()].flatMap((code) => externalChange(index, code) ?? []));
      for (const text of externalTexts) reasons.push({ kind: 'external', text });
      const findings = new Map<string, string[]>();
      for (const inspection of inspections) {
        if (meta.review?.date && inspection.date <= meta.review.date) continue;
        for (const result of inspection.results) {
          if (result.standard !== standard || !result.finding) continue;
          const key = `${result.provision.clause}条款${result.finding}`;
          findings.set(key, [...(findings.get(key) ?? []), inspection.date]);
        }
      }
      for (const [key, dates] of findings) reasons.push({ kind: 'finding', text: `实施评价发现${key}（${dates.join('、')}），应提前复审（8.3.2）` });
      return {
        standard,
        code: formatCode(meta.code!),
        title: meta.title ?? '',
        department: meta.department ?? '',
        effective: meta.effective!,
        reviewDate,
        reviewDateWritten: meta.reviewDue !== undefined,
        lastReview: meta.review,
        reasons,
      };
    });
  return rows.sort((a, b) => Number(b.reasons.length > 0) - Number(a.reasons.length > 0) || a.reviewDate.localeCompare(b.reviewDate) || a.code.localeCompare(b.code));
}

export const REGISTER_HEADER = ['序号', '标准编号', '标准名称', '主办科室', '实施日期', '复审日期', '上次复审', '需复审的原因'];

/** The register as a spreadsheet table (dates as date cells), for the office's January list. */
export function registerTable(rows: RegisterRow[]): SheetTable {
  return {
    name: '复审登记',
    header: REGISTER_HEADER,
    rows: rows.map((row, i) => [
      i + 1,
      row.code,
      row.title,
      row.department,
      isoDate(row.effective),
      isoDate(row.reviewDate),
      row.lastReview?.date ? `${row.lastReview.date} ${row.lastReview.outcome ?? ''}`.trim() : null,
      row.reasons.map((r) => r.text).join('；') || null,
    ]),
  };
}
