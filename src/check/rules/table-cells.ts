import type { Table as MdTable } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Caption } from '../../model/types.ts';
import type { Rule } from '../rule.ts';
import { reporter } from './messages.ts';

export const TABLE_CELLS_MESSAGES = {
  empty: '表{number}第{row}行第{column}列是空单元格；没有内容时写"—"。',
  sameAs: '表{number}中不用"{word}"指代相邻单元格的内容；请写出内容。',
  unitInCells: '表{number}"{header}"一栏的每个数值都带单位"{unit}"；单位写在栏目名称中（"{header}（{unit}）"），整个表单位相同时在表题行右端写"单位为……"，单元格中只写数值。',
} as const;

const SAME_AS = /^(?:同上|同左|同前)$/u;
const VALUE_WITH_UNIT = /^[\d.]+[ \u00a0]?(mm|cm|km|m|kg|g|t|s|min|h|d|%|lx|dB|℃|°C|kW|W|V|元)$/u;
const NOTHING = '—';

/**
 * A blank form (登记表, 处理单, 检查表 …) has cells left empty to be filled in: a row whose cells
 * after the first are all empty, or a column empty in every row below the header (but for "—"),
 * is a place to fill in. Only data tables must write "—" for "nothing here".
 */
function isBlankForm(cells: string[][]): boolean {
  const body = cells.slice(1);
  if (body.some((row) => row.length > 1 && row.slice(1).every((cell) => cell === ''))) return true;
  const columns = Math.max(0, ...body.map((row) => row.length));
  for (let column = 0; column < columns; column++) {
    const values = body.map((row) => row[column] ?? '');
    if (values.includes('') && values.every((value) => value === '' || value === NOTHING)) return true;
  }
  return false;
}

function checkTable(caption: Caption, say: ReturnType<typeof reporter<keyof typeof TABLE_CELLS_MESSAGES>>): void {
  const table: MdTable = caption.table!;
  const cells = table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
  const form = isBlankForm(cells);
  table.children.forEach((row, rowIndex) => {
    row.children.forEach((cell, columnIndex) => {
      const text = cells[rowIndex]![columnIndex]!;
      const at = { line: cell.position?.start.line ?? caption.position.line, column: cell.position?.start.column ?? 1 };
      if (text === '' && !form) say(at, 'empty', { number: caption.number, row: rowIndex + 1, column: columnIndex + 1 });
      if (SAME_AS.test(text)) say(at, 'sameAs', { number: caption.number, word: text });
    });
  });
  const header = cells[0] ?? [];
  header.forEach((name, column) => {
    const values = cells.slice(1).map((row) => row[column] ?? '').filter((value) => value !== NOTHING && value !== '');
    const units = values.map((value) => VALUE_WITH_UNIT.exec(value)?.[1]);
    const unit = units[0];
    if (values.length >= 3 && unit && units.every((found) => found === unit)) {
      say(caption.position, 'unitInCells', { number: caption.number, header: name, unit });
    }
  });
}

export const tableCells: Rule = {
  id: 'table-cells',
  severity: 'warning',
  scope: 'document',
  basis: 'GB/T 1.1—2020 9.8（表）',
  description: '表中没有空单元格（写"—"），不用"同上""同左"；一栏的数值单位相同时单位写在栏目名称中，整个表相同时写在表题行',
  check(standard, { report }) {
    const say = reporter(TABLE_CELLS_MESSAGES, report);
    for (const caption of standard.captions) if (caption.kind === 'table' && caption.table) checkTable(caption, say);
  },
};
