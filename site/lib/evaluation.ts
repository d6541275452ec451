// The handbook's view of standards in use: duties per post and department, the inspection records
// and their 条款符合率 by period, and the 复审 register. Computed once per build from src/evaluation.
import { conformityReport, type ConformityReport } from '../../src/evaluation/conformity.ts';
import { dutiesOf, type Duties } from '../../src/evaluation/duties.ts';
import { loadInspections, type EvaluationRecords } from '../../src/evaluation/records.ts';
import { reviewRegister, type RegisterRow } from '../../src/evaluation/review-register.ts';
import type { Provision } from '../../src/model/types.ts';
import { handbook, type Handbook } from './handbook.ts';

export interface Period {
  id: string;
  label: string;
  from?: string;
  to?: string;
  report: ConformityReport;
}

export interface Evaluation {
  records: EvaluationRecords;
  /** 全部, then each calendar year and quarter that has records, newest first. */
  periods: Period[];
  register: RegisterRow[];
  posts: Duties[];
  departments: Duties[];
  provisionUrl(provision: Provision): string;
  postUrl(name: string): string;
  departmentUrl(name: string): string;
}

function periodsOf(records: EvaluationRecords, book: Handbook): Period[] {
  const system = book.corpus.system;
  const dates = records.inspections.map((i) => i.date);
  const periods: Period[] = [{ id: 'all', label: dates.length ? `全部记录（${dates[0]} 至 ${dates.at(-1)}）` : '全部记录', report: conformityReport(records.inspections, system) }];
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))].sort().reverse();
  for (const year of years) {
    periods.push({ id: year, label: `${year}年`, from: `${year}-01-01`, to: `${year}-12-31`, report: conformityReport(records.inspections, system, { from: `${year}-01-01`, to: `${year}-12-31` }) });
  }
  const quarters = [...new Set(dates.map((d) => `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`))].sort().reverse();
  for (const quarter of quarters) {
    const [year, q] = [quarter.slice(0, 4), Number(quarter.slice(-1))];
    const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
    const to = `${year}-${String(q * 3).padStart(2, '0')}-31`;
    periods.push({ id: quarter, label: `${year}年第${'一二三四'[q - 1]}季度`, from, to, report: conformityReport(records.inspections, system, { from, to }) });
  }
  return periods;
}

/** The anchor of a clause on a standard's page: an annex is `附录A`, a clause its number. */
export function clauseAnchor(clause: string): string {
  return /^[A-Z]$/u.test(clause) ? `附录${clause}` : clause;
}

let cached: { book: Handbook; evaluation: Evaluation } | undefined;

export function evaluation(): Evaluation {
  const book = handbook();
  if (cached?.book === book) return cached.evaluation;
  const { corpus, today, urls, index } = book;
  const records = loadInspections(corpus, today, index);
  const slug = (name: string) => encodeURIComponent(name);
  const urlOf = new Map(book.pages.filter((p) => p.isMain).map((p) => [p.serial, p.url]));
  const result: Evaluation = {
    records,
    periods: periodsOf(records, book),
    register: reviewRegister(corpus, records.inspections, today, index),
    posts: corpus.system.posts.map((post) => dutiesOf(corpus, post.name)!),
    departments: corpus.system.departments.map((department) => dutiesOf(corpus, department.name)!),
    provisionUrl: (provision) => `${urlOf.get(provision.serial) ?? `${urls.base}standards/${provision.serial}/`}#${clauseAnchor(provision.clause)}`,
    postUrl: (name) => `${urls.base}posts/${slug(name)}/`,
    departmentUrl: (name) => `${urls.base}departments/${slug(name)}/`,
  };
  cached = { book, evaluation: result };
  return result;
}

/**
 * A line chart of rates (0–100%) as inline SVG, with the 90% target dashed: the trend across
 * inspections. Labels under the points when given.
 */
export function rateChart(values: { label: string; rate: number }[], options: { width: number; height: number; target: number; labels: boolean }): string {
  const { width, height, target, labels } = options;
  const bottom = labels ? 18 : 2;
  const left = labels ? 34 : 2;
  const floor = Math.min(80, ...values.map((v) => Math.floor(v.rate / 10) * 10));
  const y = (rate: number) => 4 + (height - bottom - 4) * (1 - (rate - floor) / (100 - floor));
  const right = labels ? 18 : 4;
  const x = (i: number) => left + (values.length <= 1 ? (width - left - right) / 2 : (i * (width - left - right)) / (values.length - 1));
  const points = values.map((v, i) => `${x(i).toFixed(1)},${y(v.rate).toFixed(1)}`).join(' ');
  const dots = values
    .map(
      (v, i) =>
        `<circle cx="${x(i).toFixed(1)}" cy="${y(v.rate).toFixed(1)}" r="${labels ? 3 : 1.8}" fill="${v.rate < target ? '#b71c1c' : '#1565c0'}"><title>${v.label} ${v.rate.toFixed(1)}%</title></circle>`,
    )
    .join('');
  const axis = labels
    ? [100, target, floor].map((r) => `<text x="${left - 4}" y="${y(r) + 4}" text-anchor="end" font-size="10">${r}%</text>`).join('') +
      values.map((v, i) => `<text x="${x(i).toFixed(1)}" y="${height - 4}" text-anchor="middle" font-size="10">${v.label}</text>`).join('')
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="条款符合率趋势">` +
    `<line x1="${left}" x2="${width}" y1="${y(target)}" y2="${y(target)}" stroke="#b71c1c" stroke-dasharray="4 3" stroke-width="1"/>` +
    `<polyline points="${points}" fill="none" stroke="#1565c0" stroke-width="1.5"/>${dots}${axis}</svg>`
  );
}
