// The shared spreadsheet writer, read back the way staff open it: LibreOffice Calc loads the XLSX
// (cell types, percentages, dates, autofilter, column widths), and the sheet XML shows the frozen header.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth, isoDate, percent, toCsv, writeXlsx, type SheetTable } from '../src/export/xlsx.ts';
import { CorpusIndex } from '../src/model/corpus-index.ts';
import { loadCorpus } from '../src/corpus.ts';
import { buildSystemTable, detailTable, statisticsTable } from '../src/system/system-table.ts';
import { FIXTURE_ROOT, TODAY } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'xlsx-test-'));
afterAll(() => (process.env.KEEP ? undefined : rmSync(work, { recursive: true, force: true })));

/** Converts the workbook with LibreOffice into flat ODF XML, which names each cell's type. */
function openInCalc(name: string, workbook: Buffer): string {
  const file = join(work, `${name}.xlsx`);
  writeFileSync(file, workbook);
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'fods', '--outdir', work, file], { stdio: 'pipe', timeout: 120_000 });
  return readFileSync(join(work, `${name}.fods`), 'utf8');
}

function sheetXml(name: string, sheet: number): string {
  return execFileSync('unzip', ['-p', join(work, `${name}.xlsx`), `xl/worksheets/sheet${sheet}.xml`], { encoding: 'utf8' });
}

function unescape(text: string): string {
  return text
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

function sheetOf(fods: string, name: string): string {
  const sheet = new RegExp(`<table:table table:name="${name}"[^>]*>([\\s\\S]*?)</table:table>`, 'u').exec(fods);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet[1]!;
}

/** A sheet's cells in LibreOffice's reading (value type, value, shown text), repeated cells expanded, trailing blanks dropped. */
function cells(fods: string, name: string): { type: string; value?: string; text: string }[][] {
  return [...sheetOf(fods, name).matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/gu)].map((row) => {
    const result = [...row[1]!.matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/gu)].flatMap((cell) => {
      const repeated = Number(/table:number-columns-repeated="(\d+)"/u.exec(cell[1]!)?.[1] ?? 1);
      const value = {
        type: /office:value-type="([a-z]+)"/u.exec(cell[1]!)?.[1] ?? 'empty',
        value: /office:(?:date-)?value="([^"]+)"/u.exec(cell[1]!)?.[1],
        text: unescape([...(cell[2] ?? '').matchAll(/<text:p>([^<]*)<\/text:p>/gu)].map((m) => m[1]).join('')),
      };
      return Array.from({ length: Math.min(repeated, 100) }, () => value);
    });
    while (result.length > 0 && result.at(-1)!.type === 'empty') result.pop();
    return result;
  });
}

/** Column widths of a sheet in inches, in column order. */
function columnWidths(fods: string, name: string): number[] {
  const styles = new Map([...fods.matchAll(/<style:style style:name="(co\d+)"[^>]*>\s*<style:table-column-properties[^>]*style:column-width="([\d.]+)in"/gu)].map((m) => [m[1]!, Number(m[2])]));
  return [...sheetOf(fods, name).matchAll(/<table:table-column table:style-name="(co\d+)"(?: table:number-columns-repeated="(\d+)")?/gu)].flatMap((m) =>
    Array(Math.min(Number(m[2] ?? 1), 100)).fill(styles.get(m[1]!)!),
  );
}

const tricky: SheetTable = {
  name: '测试',
  header: ['序号', '标准名称', '实施日期', '比例'],
  rows: [
    [1, '=HYPERLINK("http://example.com","点我")', isoDate('2027-01-01'), percent(0.882)],
    [2, '+86 750 1234', null, percent(1, 0)],
    [3, '-5', isoDate('2020-05-31'), null],
    [4, '@SUM(A1:A3)', null, percent(0)],
  ],
};

describe('writeXlsx', () => {
  it('writes numbers, percentages and dates as such, and formula-like text as text', async () => {
    const fods = openInCalc('tricky', await writeXlsx([tricky]));
    const rows = cells(fods, '测试');
    expect(rows[0]!.map((c) => c.text)).toEqual(tricky.header);
    expect(rows[1]).toMatchObject([
      { type: 'float', value: '1' },
      { type: 'string', text: '=HYPERLINK("http://example.com","点我")' },
      { type: 'date', value: '2027-01-01' },
      { type: 'percentage', value: '0.882', text: '88.2%' },
    ]);
    expect(rows[2]).toMatchObject([{ type: 'float' }, { type: 'string', text: '+86 750 1234' }, { type: 'empty' }, { type: 'percentage', text: '100%' }]);
    expect(rows[3]![1]).toMatchObject({ type: 'string', text: '-5' });
    expect(rows[4]![1]).toMatchObject({ type: 'string', text: '@SUM(A1:A3)' });
    expect(fods).not.toContain('table:formula');
  });

  it('puts an autofilter over the table, freezes the header row and fits column widths, CJK counting double', async () => {
    const long = '政务服务窗口工作人员行为规范与考核办法';
    const fods = openInCalc(
      'widths',
      await writeXlsx([
        { name: '宽度', header: ['A', '名称', 'Latin'], rows: [[1, long, 'x'.repeat(displayWidth(long))]] },
        { name: '第二页', header: ['序号'], rows: [[1], [2]] },
      ]),
    );
    expect(fods).toMatch(/table:target-range-address="宽度\.A1:宽度\.C2" table:display-filter-buttons="true"/u);
    expect(fods).toMatch(/table:target-range-address="第二页\.A1:第二页\.A3" table:display-filter-buttons="true"/u);
    const [narrow, chinese, latin] = columnWidths(fods, '宽度');
    expect(chinese).toBeGreaterThan(narrow! * 3);
    expect(Math.abs(chinese! - latin!)).toBeLessThan(0.1);
    for (const sheet of [1, 2]) expect(sheetXml('widths', sheet)).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/u);
  });

  it('refuses a row that does not match the header', async () => {
    await expect(writeXlsx([{ name: '错', header: ['a', 'b'], rows: [[1]] }])).rejects.toThrow('第 1 行有 1 格，表头有 2 列');
  });

  it('writes the 体系表 so that Calc can sum the 序号 and the counts and read 88.2% as a number', async () => {
    const corpus = loadCorpus(FIXTURE_ROOT);
    const table = buildSystemTable(corpus, new CorpusIndex(corpus), TODAY);
    const fods = openInCalc('system', await writeXlsx([detailTable(table), statisticsTable(table)]));
    const rows = cells(fods, '标准明细表');
    expect(rows.length).toBe(table.rows.length + 1);
    expect(rows.slice(1).every((row) => row[0]!.type === 'float')).toBe(true);
    const effective = table.rows.findIndex((row) => row.effective !== '');
    expect(rows[effective + 1]![5]).toMatchObject({ type: 'date', value: table.rows[effective]!.effective });
    const statistics = cells(fods, '标准统计表');
    expect(statistics.length).toBe(table.statistics.length + 2);
    for (const row of statistics.slice(1)) {
      expect(row.slice(1, 13).map((c) => c.type)).toEqual(Array(12).fill('float'));
      if (row[13]) expect(row[13]).toMatchObject({ type: 'percentage' });
    }
    const total = statistics.at(-1)!;
    expect(Number(total[12]!.value)).toBe(table.totals.existing.total);
    expect(total[13]).toMatchObject({ type: 'percentage', text: `${((table.totals.existing.total / table.totals.planned.total) * 100).toFixed(1)}%` });
  });
});

describe('toCsv', () => {
  it('quotes as RFC 4180 and prefixes formula-like text with an apostrophe, leaving numbers alone', () => {
    const csv = toCsv(tricky);
    expect(csv.startsWith('\ufeff序号,标准名称,实施日期,比例\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`1,"'=HYPERLINK(""http://example.com"",""点我"")",2027-01-01,88.2%`);
    expect(lines[2]).toBe("2,'+86 750 1234,,100%");
    expect(lines[3]).toBe("3,'-5,2020-05-31,");
    expect(lines[4]).toBe("4,'@SUM(A1:A3),,0.0%");
  });

  it('counts CJK characters double for widths', () => {
    expect(displayWidth('体系表 v2')).toBe(9);
  });
});
