// The printed 标准体系表 (GB/T 13016—2018): structure diagram, 明细表 and 统计表, with the rows the
// handbook and its downloads use (src/system/).
import type { CorpusIndex } from '../model/corpus-index.ts';
import type { Corpus } from '../model/types.ts';
import { structureDiagram } from '../system/structure-diagram.ts';
import { buildSystemTable, DETAIL_HEADER, LEVELS, ratio, type StatisticsRow } from '../system/system-table.ts';
import { escapeHtml, fillTemplate, printDocument } from './templates.ts';

export const SYSTEM_TABLE_TITLE = '标准体系表';

/** "2025年3月" */
export function monthLabel(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  return `${year}年${Number(month)}月`;
}

const cells = (tag: 'td' | 'th', values: string[], className = ''): string =>
  values.map((value, i) => `<${tag}${i === 0 && className ? ` class="${className}"` : ''}>${escapeHtml(value)}</${tag}>`).join('');

function statisticsRow(name: string, row: Omit<StatisticsRow, 'subsystem'>): string {
  const counts = LEVELS.flatMap((level) => [String(row.planned[level]), String(row.existing[level])]);
  return `<tr>${cells('td', [name, ...counts, String(row.planned.total), String(row.existing.total), ratio(row.existing.total, row.planned.total)])}</tr>`;
}

export function systemTableDocument(corpus: Corpus, index: CorpusIndex, today: string): string {
  const { organization } = corpus.system;
  const table = buildSystemTable(corpus, index, today);
  const detailRows = table.rows.map(
    (row) => `<tr>${cells('td', [String(row.serialNo), row.node.code, row.code, row.title, row.level, row.effective, row.replaces, row.status, row.remark], 'number')}</tr>`,
  );
  const content = fillTemplate('system-table.html', {
    organization: escapeHtml(organization.name),
    date: escapeHtml(monthLabel(today)),
    diagram: structureDiagram(`${organization.name}标准体系`, corpus.system.framework, () => undefined),
    detailHeader: cells('th', DETAIL_HEADER),
    detailRows: detailRows.join('\n'),
    levelHeader: LEVELS.map((level) => `<th colspan="2">${escapeHtml(level)}</th>`).join(''),
    countHeader: LEVELS.map(() => '<th>应有数</th><th>现有数</th>').join(''),
    statisticsRows: [...table.statistics.map((row) => statisticsRow(row.subsystem.name, row)), statisticsRow('合计', table.totals)].join('\n'),
    summary: escapeHtml(
      `本体系表共列入标准 ${table.rows.length} 项；应有数 ${table.totals.planned.total} 项，现有数 ${table.totals.existing.total} 项，` +
        `现有数占应有数的 ${ratio(table.totals.existing.total, table.totals.planned.total)}。`,
    ),
  });
  return printDocument({
    title: `${organization.name}${SYSTEM_TABLE_TITLE}`,
    kind: 'system-table',
    runningHead: `${organization.name}${SYSTEM_TABLE_TITLE}`,
    watermark: '',
    content,
  });
}
