// The 标准体系表 of GB/T 13016—2018: the detail table (明细表) and the statistics table (统计表),
// computed from the framework, the standards and the adopted external standards. The handbook,
// its CSV/XLSX downloads and the printed 体系表 all take their rows from here.
import { formatCode } from '../model/code.ts';
import { isoDate, percent, type SheetCell, type SheetTable } from '../export/xlsx.ts';
import type { CorpusIndex } from '../model/corpus-index.ts';
import { STATUS_LABELS, type Corpus, type DocumentCode, type ExternalStandard, type FrameworkNode, type Standard } from '../model/types.ts';

export type Level = '国家' | '行业' | '地方' | '团体' | '组织';
export const LEVELS: readonly Level[] = ['国家', '行业', '地方', '团体', '组织'];

export interface DetailRow {
  /** 序号, 1-based in table order. */
  serialNo: number;
  subsystem: FrameworkNode;
  node: FrameworkNode;
  code: string;
  title: string;
  level: Level;
  effective: string;
  /** 被代替标准编号 */
  replaces: string;
  /** 现行, 待制定, 废止, 征求意见稿 … */
  status: string;
  remark: string;
  standard?: Standard;
  external?: ExternalStandard;
}

export interface StatisticsRow {
  subsystem: FrameworkNode;
  /** 应有数 by level and in total. */
  planned: Record<Level, number> & { total: number };
  /** 现有数 by level and in total. */
  existing: Record<Level, number> & { total: number };
}

export interface SystemTable {
  rows: DetailRow[];
  statistics: StatisticsRow[];
  totals: Omit<StatisticsRow, 'subsystem'>;
}

export function levelOf(code: DocumentCode): Level {
  if (code.prefix.startsWith('GB')) return '国家';
  if (code.prefix.startsWith('DB')) return '地方';
  if (code.prefix.startsWith('T/')) return '团体';
  if (code.prefix.startsWith('Q/')) return '组织';
  return '行业';
}

export function subsystemOf(node: FrameworkNode): FrameworkNode {
  let current = node;
  while (current.parent) current = current.parent;
  return current;
}

/** Counts towards 现有数: a standard in force (published, not superseded or withdrawn). */
function exists(row: DetailRow): boolean {
  return row.status === '现行' || row.status === '即将实施';
}

function emptyCounts(): Record<Level, number> & { total: number } {
  return { 国家: 0, 行业: 0, 地方: 0, 团体: 0, 组织: 0, total: 0 };
}

export function buildSystemTable(corpus: Corpus, index: CorpusIndex, today: string): SystemTable {
  const rows: Omit<DetailRow, 'serialNo'>[] = [];
  for (const standard of corpus.standards) {
    const { code, status, title, effective } = standard.meta;
    if (!code || !status || status === 'superseded') continue;
    const node = corpus.system.nodes.get(index.nodeOf(code) ?? '');
    if (!node) continue;
    const label = status === 'current' && effective && effective > today ? '即将实施' : STATUS_LABELS[status];
    rows.push({
      subsystem: subsystemOf(node),
      node,
      code: formatCode(code),
      title: title ?? '',
      level: '组织',
      effective: effective ?? '',
      replaces: standard.meta.replaces.map((r) => formatCode(r)).join('、'),
      status: label,
      remark: status === 'withdrawn' ? '已废止，保留备查' : '',
      standard,
    });
  }
  for (const external of corpus.external) {
    const node = external.node ? corpus.system.nodes.get(external.node) : undefined;
    if (!node) continue;
    rows.push({
      subsystem: subsystemOf(node),
      node,
      code: formatCode(external.code),
      title: external.title,
      level: levelOf(external.code),
      effective: '',
      replaces: '',
      status: external.status,
      remark: '采用',
      external,
    });
  }
  for (const planned of corpus.system.planned) {
    const node = corpus.system.nodes.get(planned.node)!;
    rows.push({ subsystem: subsystemOf(node), node, code: '', title: planned.title, level: '组织', effective: '', replaces: '', status: '待制定', remark: '' });
  }
  rows.sort((a, b) => a.node.code.localeCompare(b.node.code) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || (a.code || '~').localeCompare(b.code || '~'));
  const numbered = rows.map((row, i) => ({ ...row, serialNo: i + 1 }));

  const statistics = corpus.system.framework.map((subsystem) => {
    const planned = emptyCounts();
    const existing = emptyCounts();
    for (const row of numbered) {
      if (row.subsystem !== subsystem || row.status === '废止') continue;
      planned[row.level]++;
      planned.total++;
      if (exists(row)) {
        existing[row.level]++;
        existing.total++;
      }
    }
    return { subsystem, planned, existing };
  });
  const totals = { planned: emptyCounts(), existing: emptyCounts() };
  for (const row of statistics) {
    for (const key of [...LEVELS, 'total'] as const) {
      totals.planned[key] += row.planned[key];
      totals.existing[key] += row.existing[key];
    }
  }
  return { rows: numbered, statistics, totals };
}

/** 现有数 ÷ 应有数 as a percentage with one decimal, or "—" when nothing is planned. */
export function ratio(existing: number, planned: number): string {
  return planned === 0 ? '—' : `${((existing / planned) * 100).toFixed(1)}%`;
}

export const DETAIL_HEADER = ['序号', '体系编号', '标准编号', '标准名称', '级别', '实施日期', '代替标准编号', '状态', '备注'];

/** The 明细表 as a spreadsheet table (序号 a number, 实施日期 a date): the one source of its CSV and XLSX. */
export function detailTable(table: SystemTable): SheetTable {
  return {
    name: '标准明细表',
    header: DETAIL_HEADER,
    rows: table.rows.map((r) => [r.serialNo, r.node.code, r.code, r.title, r.level, isoDate(r.effective), r.replaces, r.status, r.remark]),
  };
}

export const STATISTICS_HEADER = ['子体系', ...LEVELS.flatMap((l) => [`${l}应有数`, `${l}现有数`]), '应有数合计', '现有数合计', '现有数/应有数'];

/** The 统计表 as a spreadsheet table: counts as numbers, the ratio as a percentage (empty when nothing is planned). */
export function statisticsTable(table: SystemTable): SheetTable {
  const row = (name: string, s: Omit<StatisticsRow, 'subsystem'>): SheetCell[] => [
    name,
    ...LEVELS.flatMap((l) => [s.planned[l], s.existing[l]]),
    s.planned.total,
    s.existing.total,
    s.planned.total === 0 ? null : percent(s.existing.total / s.planned.total),
  ];
  return { name: '标准统计表', header: STATISTICS_HEADER, rows: [...table.statistics.map((s) => row(s.subsystem.name, s)), row('合计', table.totals)] };
}
