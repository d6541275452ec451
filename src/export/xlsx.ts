// Spreadsheets the handbook and the authoring commands hand out (XLSX and CSV), written the same way
// everywhere so that staff can sort, filter and sum them in Excel or WPS without clean-up.
//
// API (keep it small):
//   interface SheetTable { name: string; header: string[]; rows: SheetCell[][] }
//   type SheetCell = string | number | Date | Percent | null
//     number  → a number cell (序号, counts, years)
//     percent(0.882) → a number cell shown as 88.2% (`percent(x, 0)` for whole percents)
//     Date    → a date cell shown as yyyy-mm-dd; isoDate('2027-01-01') makes one from the model's dates
//     string  → always a text cell, never a formula, even when it begins with = + - @
//     null    → an empty cell
//   writeXlsx(tables): Promise<Buffer>  one sheet per table: bold header row, frozen, with an
//     autofilter over the table, column widths fitted to the content (CJK characters count double)
//   toCsv(table): string  RFC 4180 with a byte-order mark; text that a spreadsheet program would
//     read as a formula is prefixed with an apostrophe
import writeXlsxFile, { type Cell } from 'write-excel-file/node';
import { getCellAddress, getOrderOfSiblings, insertElementMarkupAccordingToOrderOfSiblings, sanitizeTextContent } from 'write-excel-file/utility';

// The multi-sheet overload of writeXlsxFile is the last one, which Parameters<> picks.
type XlsxSheet = Parameters<typeof writeXlsxFile>[0][number];
type XlsxFeature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

export interface Percent {
  readonly ratio: number;
  readonly decimals: number;
}

export type SheetCell = string | number | Date | Percent | null;

export interface SheetTable {
  /** The sheet's name (at most 31 characters, no : \ / ? * [ ]). */
  name: string;
  header: string[];
  rows: SheetCell[][];
}

/** A ratio (0.882) shown as a percentage (88.2%) with the given number of decimals. */
export function percent(ratio: number, decimals = 1): Percent {
  return { ratio, decimals };
}

/** A date cell from the model's yyyy-mm-dd text; an empty text gives an empty cell. */
export function isoDate(text: string): Date | null {
  if (text === '') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!match) throw new Error(`不是 yyyy-mm-dd 格式的日期：${text}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

const DATE_FORMAT = 'yyyy-mm-dd';

/** The text a cell shows, for fitting column widths and for CSV. */
function displayText(value: SheetCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return `${(value.ratio * 100).toFixed(value.decimals)}%`;
}

/** Display width in Latin characters: CJK and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(char) ? 2 : 1;
  return width;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function columnWidths(table: SheetTable): number[] {
  return table.header.map((title, column) => {
    // The header gets room for the autofilter's drop-down button.
    const widest = Math.max(displayWidth(title) + 3, ...table.rows.map((row) => displayWidth(displayText(row[column] ?? null))));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

function xlsxCell(value: SheetCell): Cell {
  if (value === null) return null;
  // Text cells are declared as text (format @), so Excel neither computes nor reinterprets them.
  if (typeof value === 'string') return { value, type: String, format: '@' };
  if (typeof value === 'number') return { value, type: Number };
  if (value instanceof Date) return { value, type: Date, format: DATE_FORMAT };
  return { value: value.ratio, type: Number, format: value.decimals > 0 ? `0.${'0'.repeat(value.decimals)}%` : '0%' };
}

// write-excel-file has no autofilter; this feature adds <autoFilter> to each sheet and the hidden
// _xlnm._FilterDatabase name Excel itself writes for it.
function autofilter(tables: SheetTable[]): XlsxFeature {
  const range = (table: SheetTable): string => `${getCellAddress(0, 0)}:${getCellAddress(table.rows.length, table.header.length - 1)}`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) =>
            insertElementMarkupAccordingToOrderOfSiblings(xml, `<autoFilter ref="${range(tables[sheetIndex]!)}"/>`, getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [], 'worksheet'),
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const names = tables
              .map((table, sheetIndex) => {
                const [from, to] = range(table)
                  .split(':')
                  .map((address) => address.replace(/^([A-Z]+)(\d+)$/u, '$$$1$$$2'));
                return `<definedName name="_xlnm._FilterDatabase" localSheetId="${sheetIndex}" hidden="1">${sanitizeTextContent(`'${table.name.replace(/'/gu, "''")}'!${from}:${to}`)}</definedName>`;
              })
              .join('');
            return insertElementMarkupAccordingToOrderOfSiblings(xml, `<definedNames>${names}</definedNames>`, getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [], 'workbook');
          },
        },
      },
    },
  };
}

/** The tables as one workbook, one sheet per table. */
export async function writeXlsx(tables: SheetTable[]): Promise<Buffer> {
  for (const table of tables) {
    if (table.header.length === 0) throw new Error(`表“${table.name}”没有表头`);
    const wrong = table.rows.findIndex((row) => row.length !== table.header.length);
    if (wrong >= 0) throw new Error(`表“${table.name}”第 ${wrong + 1} 行有 ${table.rows[wrong]!.length} 格，表头有 ${table.header.length} 列`);
  }
  const sheets: XlsxSheet[] = tables.map((table) => ({
    sheet: table.name,
    data: [table.header.map((title) => ({ value: title, type: String, fontWeight: 'bold' as const })), ...table.rows.map((row) => row.map(xlsxCell))],
    columns: columnWidths(table).map((width) => ({ width })),
    stickyRowsCount: 1,
  }));
  return writeXlsxFile(sheets, { features: [autofilter(tables)] }).toBuffer();
}

/** Text a spreadsheet program would take for a formula (OWASP's list: = + - @, tab, carriage return). */
function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/u.test(text);
}

/** The table as RFC 4180 CSV with a byte-order mark, so spreadsheet programs read the Chinese as UTF-8. */
export function toCsv(table: SheetTable): string {
  const field = (value: SheetCell): string => {
    let text = displayText(value);
    if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
    return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
  };
  return `\ufeff${[table.header, ...table.rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
