// 条款符合率 (Q/JMXZ 10101 8.2.2, formula (1)) over the inspection records of a period, by standard,
// department and post; standards under 90% (8.3.1) with their non-conforming clauses; the trend.
import type { Post, Standard, SystemConfig } from '../model/types.ts';
import type { Inspection, ResultRecord } from './records.ts';

/** 10101 表3: 条款符合率不低于90%. */
export const CONFORMITY_TARGET = 90;

export interface Tally {
  /** 检查结论为符合的条款项数. */
  conforming: number;
  /** 检查的条款项数: 符合 and 不符合; 不适用 is not a checked clause. */
  checked: number;
  notApplicable: number;
}

/** Formula (1): 条款符合率 = 符合项数 ÷ 检查项数 × 100%; undefined when nothing was checked. */
export function conformityRate(tally: Tally): number | undefined {
  return tally.checked === 0 ? undefined : (tally.conforming / tally.checked) * 100;
}

/** "87.5%" with one decimal, as the office reports it; "—" when nothing was checked. */
export function formatRate(rate: number | undefined): string {
  return rate === undefined ? '—' : `${(Math.round(rate * 10) / 10).toFixed(1)}%`;
}

function emptyTally(): Tally {
  return { conforming: 0, checked: 0, notApplicable: 0 };
}

function add(tally: Tally, result: ResultRecord): void {
  if (result.result === '不适用') tally.notApplicable++;
  else {
    tally.checked++;
    if (result.result === '符合') tally.conforming++;
  }
}

export interface NonConformity {
  provisionId: string;
  clause: string;
  text: string;
  count: number;
  /** The latest evidence recorded for it. */
  evidence?: string;
}

export interface StandardConformity {
  serial: string;
  standard: Standard;
  tally: Tally;
  rate?: number;
  belowTarget: boolean;
  nonConformities: NonConformity[];
  /** Its rate in each inspection that checked it, in date order: the trend. */
  series: { date: string; file: string; rate: number }[];
}

export interface GroupConformity {
  name: string;
  tally: Tally;
  rate?: number;
  belowTarget: boolean;
}

export interface TrendPoint {
  /** The inspection, in date order. */
  date: string;
  file: string;
  scope: string;
  tally: Tally;
  rate?: number;
}

export interface ConformityReport {
  from?: string;
  to?: string;
  inspections: number;
  total: Tally;
  rate?: number;
  standards: StandardConformity[];
  departments: GroupConformity[];
  posts: GroupConformity[];
  trend: TrendPoint[];
}

/** Departments a result counts for: those its provision names, and those of the posts it names. */
function departmentsOf(appliesTo: string[], system: SystemConfig): string[] {
  const posts = new Map<string, Post>(system.posts.map((p) => [p.name, p]));
  const names = new Set<string>();
  for (const name of appliesTo) {
    if (system.departments.some((d) => d.name === name)) names.add(name);
    const department = posts.get(name)?.department;
    if (department) names.add(department);
  }
  return [...names];
}

function group(name: string, tally: Tally): GroupConformity {
  const rate = conformityRate(tally);
  return { name, tally, rate, belowTarget: rate !== undefined && rate < CONFORMITY_TARGET };
}

/** The report over the inspections dated within [from, to] (inclusive; either may be open). */
export function conformityReport(inspections: Inspection[], system: SystemConfig, period: { from?: string; to?: string } = {}): ConformityReport {
  const within = inspections.filter((i) => (!period.from || i.date >= period.from) && (!period.to || i.date <= period.to));
  const total = emptyTally();
  const byStandard = new Map<string, { standard: Standard; tally: Tally; misses: Map<string, NonConformity>; series: StandardConformity['series'] }>();
  const byDepartment = new Map<string, Tally>();
  const byPost = new Map<string, Tally>();
  const trend: TrendPoint[] = [];
  for (const inspection of within) {
    const own = emptyTally();
    const perStandard = new Map<string, Tally>();
    for (const result of inspection.results) {
      add(total, result);
      add(own, result);
      const { provision } = result;
      const entry = byStandard.get(provision.serial) ?? { standard: result.standard, tally: emptyTally(), misses: new Map(), series: [] };
      const inThis = perStandard.get(provision.serial) ?? emptyTally();
      add(inThis, result);
      perStandard.set(provision.serial, inThis);
      // The latest edition inspected names the standard.
      if ((result.standard.meta.code?.year ?? '') > (entry.standard.meta.code?.year ?? '')) entry.standard = result.standard;
      add(entry.tally, result);
      if (result.result === '不符合') {
        const miss = entry.misses.get(provision.id) ?? { provisionId: provision.id, clause: provision.clause, text: provision.text, count: 0 };
        miss.count++;
        miss.evidence = result.evidence;
        entry.misses.set(provision.id, miss);
      }
      byStandard.set(provision.serial, entry);
      for (const name of provision.appliesTo.filter((n) => system.posts.some((p) => p.name === n))) {
        const tally = byPost.get(name) ?? emptyTally();
        add(tally, result);
        byPost.set(name, tally);
      }
      for (const name of departmentsOf(provision.appliesTo, system)) {
        const tally = byDepartment.get(name) ?? emptyTally();
        add(tally, result);
        byDepartment.set(name, tally);
      }
    }
    for (const [serial, tally] of perStandard) {
      const rate = conformityRate(tally);
      if (rate !== undefined) byStandard.get(serial)!.series.push({ date: inspection.date, file: inspection.file, rate });
    }
    trend.push({ date: inspection.date, file: inspection.file, scope: inspection.scope, tally: own, rate: conformityRate(own) });
  }
  const standards = [...byStandard.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([serial, entry]): StandardConformity => {
      const rate = conformityRate(entry.tally);
      return {
        serial,
        standard: entry.standard,
        tally: entry.tally,
        rate,
        belowTarget: rate !== undefined && rate < CONFORMITY_TARGET,
        series: entry.series,
        nonConformities: [...entry.misses.values()].sort((a, b) => b.count - a.count || a.provisionId.localeCompare(b.provisionId, 'en', { numeric: true })),
      };
    });
  const order = (names: string[]) => (a: GroupConformity, b: GroupConformity) => names.indexOf(a.name) - names.indexOf(b.name);
  return {
    from: period.from,
    to: period.to,
    inspections: within.length,
    total,
    rate: conformityRate(total),
    standards,
    departments: [...byDepartment].map(([name, tally]) => group(name, tally)).sort(order(system.departments.map((d) => d.name))),
    posts: [...byPost].map(([name, tally]) => group(name, tally)).sort(order(system.posts.map((p) => p.name))),
    trend,
  };
}

/** The report's inspections summed by month (YYYY-MM), in order: the trend of the whole system. */
export function monthlyTrend(report: ConformityReport): { month: string; tally: Tally; rate?: number }[] {
  const months = new Map<string, Tally>();
  for (const point of report.trend) {
    const month = point.date.slice(0, 7);
    const tally = months.get(month) ?? emptyTally();
    tally.conforming += point.tally.conforming;
    tally.checked += point.tally.checked;
    tally.notApplicable += point.tally.notApplicable;
    months.set(month, tally);
  }
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, tally]) => ({ month, tally, rate: conformityRate(tally) }));
}
