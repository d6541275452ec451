// Reads a filled 征求意见表 (.xlsx, as Excel, WPS or LibreOffice save it) after safe-zip.ts has
// checked the file: the sheets by name, each as rows of cell texts. Only values are read (shared
// and inline strings, numbers); formulas are never evaluated, their cached value is taken as text.
import { posix } from 'node:path';
import type { OfficeParts } from './safe-zip.ts';
import { parseOfficeXml, UnsafeFileError } from './safe-zip.ts';

export type Sheet = string[][];

/** Local names: Excel writes `<x:c>` as often as `<c>`. */
function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function sharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let inText = false;
  let inPhonetic = false;
  parseOfficeXml(xml, 'xl/sharedStrings.xml', {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'si') strings.push('');
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't') inText = true;
    },
    close: (name) => {
      if (local(name) === 't') inText = false;
      if (local(name) === 'rPh') inPhonetic = false;
    },
    text: (text) => {
      if (inText && !inPhonetic && strings.length > 0) strings[strings.length - 1] += text;
    },
  });
  return strings;
}

/** `C12` → column index 2. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference.replace(/\d+$/u, '')) column = column * 26 + (char.charCodeAt(0) - 64);
  return column - 1;
}

function readSheet(xml: string, part: string, strings: string[]): Sheet {
  const rows: Sheet = [];
  let row: string[] | undefined;
  let cell: { column: number; type: string; value: string } | undefined;
  let inValue = false;
  parseOfficeXml(xml, part, {
    open: (tag) => {
      const name = local(tag.name);
      if (name === 'row') {
        const index = Number(tag.attributes.r ?? rows.length + 1) - 1;
        while (rows.length < index) rows.push([]);
        row = [];
        rows.push(row);
      } else if (name === 'c' && row) {
        const reference = tag.attributes.r;
        cell = { column: reference ? columnOf(reference) : row.length, type: tag.attributes.t ?? 'n', value: '' };
      } else if (name === 'v' || name === 't') {
        inValue = true;
      }
    },
    close: (name) => {
      const tag = local(name);
      if (tag === 'v' || tag === 't') inValue = false;
      if (tag === 'c' && cell && row) {
        const value = cell.type === 's' ? (strings[Number(cell.value)] ?? '') : cell.value;
        while (row.length < cell.column) row.push('');
        row[cell.column] = value.trim();
        cell = undefined;
      }
    },
    text: (text) => {
      if (inValue && cell) cell.value += text;
    },
  });
  return rows;
}

/** The sheets of a workbook by name, in workbook order. */
export function readWorkbook(parts: OfficeParts): Map<string, Sheet> {
  const workbook = parts.get('xl/workbook.xml');
  if (!workbook) throw new UnsafeFileError('文件缺少 xl/workbook.xml，不是 Excel 工作簿。');
  const relations = new Map<string, string>();
  parseOfficeXml(parts.get('xl/_rels/workbook.xml.rels') ?? '<Relationships/>', 'xl/_rels/workbook.xml.rels', {
    open: (tag) => {
      if (local(tag.name) === 'Relationship') relations.set(tag.attributes.Id ?? '', tag.attributes.Target ?? '');
    },
    close: () => undefined,
    text: () => undefined,
  });
  const sheets: { name: string; target: string }[] = [];
  parseOfficeXml(workbook, 'xl/workbook.xml', {
    open: (tag) => {
      if (local(tag.name) !== 'sheet') return;
      const id = Object.entries(tag.attributes).find(([key]) => local(key) === 'id' && key !== 'sheetId')?.[1] ?? '';
      sheets.push({ name: tag.attributes.name ?? '', target: relations.get(id) ?? '' });
    },
    close: () => undefined,
    text: () => undefined,
  });
  const strings = sharedStrings(parts.get('xl/sharedStrings.xml'));
  const result = new Map<string, Sheet>();
  for (const sheet of sheets) {
    const path = sheet.target.startsWith('/') ? sheet.target.slice(1) : posix.normalize(posix.join('xl', sheet.target));
    const xml = parts.get(path);
    if (xml) result.set(sheet.name, readSheet(xml, path, strings));
  }
  return result;
}
