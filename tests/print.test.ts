// The printed texts, read back from the PDFs: page size, cover, 目次 page numbers against the pages
// the headings really stand on, running heads, folios, outline, links, the 体系表, the 汇编 and
// the manifest. Prints the fixture corpus (plus a draft and a standard that cannot be printed)
// once, and one sample standard of standards/ through the command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.ts';
import { formatCode } from '../src/model/code.ts';
import type { Standard } from '../src/model/types.ts';
import { printCorpus, type Manifest, type PrintProgress, type PrintResult } from '../src/print/print-corpus.ts';
import { renderStandard, type TocEntry } from '../src/render/render-standard.ts';
import { corpusWith, fixtureText, TODAY } from './helpers.ts';
import { lines, links, linkTargets, loadPdf, outline, pageTexts, pageWords, pdfFonts, pdfInfo, rawPageTexts, squeeze, type Word } from './pdf-reader.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const A4 = [595.28, 841.89];
const ROMAN = /^[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]+$/u;

const DRAFT = fixtureText('30501-投诉处理规范.md')
  .replace('code: Q/JMXZ 30501—2025', 'code: Q/JMXZ 30502—2026\nics: "03.080.99"\nccs: A 16\nfiling-number: 12345—2026\ncompleted: 2026-05-10')
  .replace('title: 投诉处理规范', 'title: 满意度评价规范')
  .replace('status: current', 'status: consultation')
  .replace(/^(issued|effective): .*\n/gmu, '')
  // Characters outside GB 2312, which the printer's common subset of the faces leaves out.
  .replace('本文件由江门市行政服务中心提出并归口。', '本文件由江门市行政服务中心提出并归口。本文件起草人：王堃、刘䶮。');

/**
 * Tables placed so that an unguarded break would leave one row behind: annexes B–G start a table
 * of 30–35 rows at the top of a page (the last rows spill over), H–K push a 10-row table towards
 * the foot of a page with 22–28 paragraphs (its first rows would be left behind).
 */
const TABLE_ANNEXES = [...'BCDEFG'].map((letter, i) => ({ letter, filler: 0, rows: 30 + i })).concat([...'HIJK'].map((letter, i) => ({ letter, filler: 22 + 2 * i, rows: 10 })));
const TABLES = TABLE_ANNEXES.reduce(
  (text, { letter, filler, rows }) => `${text}
## 附录${letter}（资料性）表格${letter}

${'本附录的说明文字，用于把表格推到页面的不同位置。\n\n'.repeat(filler)}表${letter}.1 表格${letter}

| 序号 | 事项 | 预警等级 |
|---|---|---|
${Array.from({ length: rows }, (_, i) => `| ${letter}${String(i + 1).padStart(2, '0')} | 第${i + 1}项 | 一般 |`).join('\n')}

注：表${letter}.1的注。
`,
  fixtureText('30101-窗口服务规范.md')
    .replace('code: Q/JMXZ 30101—2025', 'code: Q/JMXZ 30109—2025')
    .replace('title: 窗口服务规范', 'title: 表格排版规范')
    .replace('status: current', 'status: approval')
    .replace(/^replaces: .*\n/mu, ''),
);
const NO_CODE = '---\ntitle: 无编号规范\nstatus: draft\n---\n\n## 前言\n\n本文件按照GB/T 1.1—2020的规定起草。\n';

function tocOf(standard: Standard): TocEntry[] {
  return renderStandard(standard, { hrefFor: () => undefined, imageSrc: () => undefined }).toc;
}

/** The folio printed at the foot of a page: the last token of its last line, or '' on a page without one. */
function folioOf(page: string): string {
  const token = lines(page).at(-1)?.trim().split(/\s+/u).at(-1) ?? '';
  return /^\d+$/u.test(token) || ROMAN.test(token) ? token : '';
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

/** Index of the first page whose text below the running head opens with `heading`. */
function pageOpeningWith(pages: string[], heading: string): number {
  return pages.findIndex((page) =>
    lines(page)
      .slice(1, 3)
      .some((line) => squeeze(line) === heading),
  );
}

/**
 * Checks every 目次 entry against the page its heading stands on; returns how many it checked.
 * The 目次 runs from its heading to the page before 前言.
 */
function expectTocMatchesPages(pages: string[], toc: TocEntry[]): number {
  const tocStart = pageOpeningWith(pages, '目次');
  const bodyStart = pageOpeningWith(pages, '前言');
  expect(tocStart).toBeGreaterThan(0);
  expect(bodyStart).toBeGreaterThan(tocStart);
  const tocLines = pages.slice(tocStart, bodyStart).flatMap((page) => lines(page).slice(1, -1));
  for (const entry of toc) {
    const label = squeeze(entry.label);
    const at = tocLines.findIndex((line, i) => squeeze(line).startsWith(label) || squeeze(line + (tocLines[i + 1] ?? '')).startsWith(label));
    expect(at, `目次中缺少 ${entry.label}`).toBeGreaterThanOrEqual(0);
    const endLine = squeeze(tocLines[at]!).startsWith(label) ? tocLines[at]! : tocLines[at + 1]!;
    const listed = endLine.trim().split(/\s+/u).at(-1);

    // Where the heading really is: its first printed line, searched after the 目次.
    const number = entry.kind === 'annex' ? entry.id : '';
    const page = pages.findIndex(
      (text, index) =>
        index >= bodyStart &&
        lines(text).some((line) => {
          const printed = squeeze(line);
          if (number) return printed === number;
          return printed === label || (label.startsWith(printed) && printed.length >= 4 && /^\d/u.test(printed));
        }),
    );
    expect(page, `正文中找不到 ${entry.label}`).toBeGreaterThanOrEqual(bodyStart);
    expect(folioOf(pages[page]!), `${entry.label} 的页码`).toBe(listed);
  }
  return toc.length;
}

function expectPageFurniture(pages: string[], code: string): void {
  const tocStart = pageOpeningWith(pages, '目次');
  expect(tocStart).toBe(2);
  expect(folioOf(pages[0]!)).toBe('');
  let body = false;
  let expected = 1;
  pages.forEach((page, index) => {
    const folio = folioOf(page);
    if (index < tocStart || folio === '') {
      // The cover and blank pages carry neither running head nor folio.
      if (index > 0)
        expect(
          lines(page).some((line) => line.trim() === code),
          `第${index + 1}页`,
        ).toBe(false);
      return;
    }
    const pageLines = lines(page);
    const right = index % 2 === 0;
    // Running head: the code, on the right of odd pages and the left of even ones; the folio likewise.
    expect(pageLines[0]!.trim()).toBe(code);
    expect(leadingSpaces(pageLines[0]!) > 10, `第${index + 1}页页眉位置`).toBe(right);
    expect(leadingSpaces(pageLines.at(-1)!) > 10, `第${index + 1}页页码位置`).toBe(right);
    if (!body && folio === '1') {
      body = true;
      expected = 1;
      expect(right, '正文从右页（奇数页）开始').toBe(true);
    }
    if (body) expect(folio).toBe(String(expected));
    else expect(ROMAN.test(folio), `正文前的页码 ${folio} 应为罗马数字`).toBe(true);
    if (!body) expect(folio).toBe('ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ'[expected - 1]);
    expected += 1;
  });
  expect(body, '正文页码从1开始').toBe(true);
}

describe('printing the fixture corpus', () => {
  const corpus = corpusWith({ 'standards/30502-满意度评价规范.md': DRAFT, 'standards/30109-表格排版规范.md': TABLES, 'standards/no-code.md': NO_CODE });
  const outDir = mkdtempSync(join(tmpdir(), 'jmxz-print-'));
  const progress: PrintProgress[] = [];
  let result: PrintResult;
  const pdf = (name: string): string => join(outDir, name);
  const printable = corpus.standards.filter((s) => s.meta.code);

  beforeAll(async () => {
    // What an earlier run left: its manifest lists a PDF of a standard that no longer exists.
    writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ generated: '', documents: [{ file: 'Q-JMXZ-30999-2020.pdf' }] }));
    writeFileSync(join(outDir, 'Q-JMXZ-30999-2020.pdf'), '');
    writeFileSync(join(outDir, 'notes.txt'), '');
    // No cache: these tests are about printing, and the cache has tests of its own below.
    result = await printCorpus(corpus, { outDir, today: TODAY, onProgress: (p) => progress.push(p), cacheDir: false });
  }, 300_000);

  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('reports the standard it cannot print by its file and still prints all the others', () => {
    expect(result.failures).toEqual([{ code: 'standards/no-code.md', message: expect.stringContaining('标准编号') }]);
    expect(
      result.manifest.documents
        .filter((d) => d.kind === 'standard')
        .map((d) => d.code)
        .sort(),
    ).toEqual(printable.map((s) => formatCode(s.meta.code!)).sort());
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(progress.some((p) => p.failed?.code === 'standards/no-code.md')).toBe(true);
  });

  it('replaces what an earlier run printed and leaves other files alone', () => {
    expect(existsSync(pdf('Q-JMXZ-30999-2020.pdf'))).toBe(false);
    expect(existsSync(pdf('notes.txt'))).toBe(true);
  });

  it('writes a manifest that matches the PDFs on disk', () => {
    const manifest = JSON.parse(readFileSync(pdf('manifest.json'), 'utf8')) as Manifest;
    expect(manifest).toEqual(result.manifest);
    const onDisk = readdirSync(outDir)
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(manifest.documents.map((d) => d.file).sort()).toEqual(onDisk);
    for (const entry of manifest.documents) {
      expect(Number(pdfInfo(pdf(entry.file)).fields.Pages), entry.file).toBe(entry.pages);
    }
    for (const standard of printable) {
      const code = formatCode(standard.meta.code!);
      const entry = manifest.documents.find((d) => d.code === code)!;
      expect(entry).toMatchObject({ kind: 'standard', title: standard.meta.title, status: standard.meta.status, file: `${code.replace(/[/ —]+/gu, '-')}.pdf` });
    }
    expect(manifest.documents.filter((d) => d.kind !== 'standard').map((d) => [d.kind, d.file])).toEqual([
      ['system-table', 'system-table.pdf'],
      ['compendium', 'compendium.pdf'],
    ]);
  });

  it('prints every page on A4', () => {
    for (const entry of result.manifest.documents) {
      for (const [width, height] of pdfInfo(pdf(entry.file)).pageSizes) {
        expect(Math.abs(width - A4[0]!), entry.file).toBeLessThan(1);
        expect(Math.abs(height - A4[1]!), entry.file).toBeLessThan(1);
      }
    }
  });

  it('embeds every font as a named CID TrueType subset of the SC faces, none as Type 3', () => {
    for (const entry of result.manifest.documents) {
      const fonts = pdfFonts(pdf(entry.file));
      expect(fonts.length, entry.file).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font, entry.file).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+Noto(Serif|Sans)CJKsc-(Regular|Bold)$/u), type: 'CID TrueType', embedded: true });
      }
    }
    // 宋体 for the text, 黑体 for headings and the cover.
    const names = pdfFonts(pdf('Q-JMXZ-30101-2025.pdf')).map((font) => font.name.slice(7));
    expect(names).toEqual(expect.arrayContaining(['NotoSerifCJKsc-Regular', 'NotoSansCJKsc-Regular', 'NotoSansCJKsc-Bold']));
  });

  it('prints a character outside the common subset of the faces from the whole 宋体 face', () => {
    const file = pdf('Q-JMXZ-30502-2026.pdf');
    expect(squeeze(pageTexts(file).join('\n'))).toContain('本文件起草人：王堃、刘䶮。');
    // One subset of each file of the face: the common one for the text, the whole one for 堃 and 䶮.
    const serif = pdfFonts(file).filter((font) => font.name.endsWith('+NotoSerifCJKsc-Regular'));
    expect(serif).toHaveLength(2);
    // Where the draft has no such character, only the common subset is embedded.
    expect(pdfFonts(pdf('Q-JMXZ-30101-2025.pdf')).filter((font) => font.name.endsWith('+NotoSerifCJKsc-Regular'))).toHaveLength(1);
  });

  it('prints the cover: code, 代替, organization, titles, dates and issuer', () => {
    const cover = lines(rawPageTexts(pdf('Q-JMXZ-30101-2025.pdf'))[0]!).map(squeeze);
    expect(cover).toEqual([
      'Q/JMXZ',
      '江门市行政服务中心标准',
      'Q/JMXZ30101—2025',
      '代替Q/JMXZ30101—2019',
      '窗口服务规范',
      'Specificationforwindowservices',
      '2025-02-20发布2025-04-01实施',
      '江门市行政服务中心发布',
    ]);
  });

  it("prints ICS, CCS and the filing number top left when given, a draft's completion date and the patent request on a 征求意见稿", () => {
    const [cover] = pageTexts(pdf('Q-JMXZ-30502-2026.pdf'));
    const coverLines = lines(cover!);
    const left = coverLines.filter((line) => /^\s{0,4}(ICS|CCS|备案号)/u.test(line));
    expect(left.map((line) => line.trim().split(/\s{2,}/u)[0])).toEqual(['ICS 03.080.99', 'CCS A 16', '备案号：12345—2026']);
    // Top left: above the organization line.
    expect(coverLines.indexOf(left.at(-1)!)).toBeLessThan(coverLines.findIndex((line) => squeeze(line) === '江门市行政服务中心标准'));
    const coverText = squeeze(cover!);
    expect(coverText).toContain('（本稿完成日期：2026-05-10）');
    expect(coverText).toContain(squeeze('在提交反馈意见时，请将您知道的相关专利连同支持性文件一并附上。'));
    // Given by nobody else: none of it on the other covers.
    for (const file of ['Q-JMXZ-30101-2025.pdf', 'Q-JMXZ-30109-2025.pdf']) {
      expect(squeeze(pageTexts(pdf(file))[0]!)).not.toMatch(/ICS|CCS|备案号|本稿完成日期|专利/u);
    }
  });

  it("opens the body's first page with the document's title above chapter 1", () => {
    for (const standard of printable) {
      const code = formatCode(standard.meta.code!);
      const pages = pageTexts(pdf(`${code.replace(/[/ —]+/gu, '-')}.pdf`));
      const first = pages.find((page) => folioOf(page) === '1')!;
      const [, title, chapter] = lines(first).map(squeeze);
      expect(title, code).toBe(standard.meta.title);
      expect(chapter, code).toBe('1范围');
    }
  });

  it('never leaves a single row of a table on a page, repeats the header under 表N（续） and keeps the notes inside the frame', () => {
    const pages = pageTexts(pdf('Q-JMXZ-30109-2025.pdf'));
    let continued = 0;
    for (const { letter, rows } of TABLE_ANNEXES) {
      const fragments = pages.map((page, index) => ({ index, rows: [...page.matchAll(new RegExp(`\\b${letter}\\d\\d\\b`, 'gu'))].length })).filter((fragment) => fragment.rows > 0);
      expect(
        fragments.reduce((sum, f) => sum + f.rows, 0),
        letter,
      ).toBe(rows);
      for (const fragment of fragments) expect(fragment.rows, `表${letter}.1 第${fragment.index + 1}页`).toBeGreaterThanOrEqual(2);
      fragments.forEach((fragment, i) => {
        const text = pages[fragment.index]!;
        // The caption on the first page, the continuation caption and the header row on the others.
        expect(squeeze(text), `表${letter}.1 第${fragment.index + 1}页`).toContain(i === 0 ? `表${letter}.1表格${letter}` : `表${letter}.1（续）`);
        expect(text).toMatch(/序号\s+事项\s+预警等级/u);
      });
      const last = pages[fragments.at(-1)!.index]!;
      // The note is printed inside the frame, after the last row, on the page of the last rows.
      expect(last.indexOf(`注：表${letter}.1的注。`), letter).toBeGreaterThan(last.indexOf(`${letter}${String(rows).padStart(2, '0')}`));
      if (fragments.length > 1) continued += 1;
    }
    // Most of these tables do break: the rule was exercised, not dodged.
    expect(continued).toBeGreaterThanOrEqual(6);
  });

  it('links references to other standards and external documents to the handbook', async () => {
    const file = pdf('Q-JMXZ-30501-2025.pdf');
    const doc = await loadPdf(file);
    const uris = doc
      .getPages()
      .flatMap((_, i) => links(doc, i))
      .flatMap((link) => (link.uri ? [link.uri] : []));
    expect(uris).toContain('http://127.0.0.1:4321/standards/30101/#4.2');
    expect(uris).toContain('http://127.0.0.1:4321/external/#GB-T-36113-2018');
  });

  it('prints the stage of a draft on its cover and across every page', () => {
    const cover = lines(rawPageTexts(pdf('Q-JMXZ-30502-2026.pdf'))[0]!).map(squeeze);
    expect(cover).toEqual(expect.arrayContaining(['Q/JMXZ30502—2026', '满意度评价规范', '（征求意见稿）', 'XXXX-XX-XX发布XXXX-XX-XX实施']));
    expect(cover.indexOf('（征求意见稿）')).toBeGreaterThan(cover.indexOf('满意度评价规范'));
    rawPageTexts(pdf('Q-JMXZ-30502-2026.pdf')).forEach((page, i) => expect(squeeze(page), `第${i + 1}页`).toContain('征求意见稿'));
    for (const page of rawPageTexts(pdf('Q-JMXZ-30101-2019.pdf'))) expect(squeeze(page)).toContain('已被代替');
    for (const page of rawPageTexts(pdf('Q-JMXZ-30101-2025.pdf'))) expect(squeeze(page)).not.toMatch(/征求意见稿|已被代替/u);
  });

  it('gives every 目次 entry the page its heading is printed on', () => {
    let checked = 0;
    for (const standard of printable) {
      const file = pdf(`${formatCode(standard.meta.code!).replace(/[/ —]+/gu, '-')}.pdf`);
      checked += expectTocMatchesPages(pageTexts(file), tocOf(standard));
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('runs the code as running head and the folios Roman before the body, from 1 on a right-hand page in it', () => {
    for (const standard of printable) {
      const code = formatCode(standard.meta.code!);
      expectPageFurniture(pageTexts(pdf(`${code.replace(/[/ —]+/gu, '-')}.pdf`)), code);
    }
  });

  it('starts 前言, every annex and 参考文献 on a new page, and annex headings on three centred lines', () => {
    const pages = pageTexts(pdf('Q-JMXZ-30501-2025.pdf'));
    for (const heading of ['前言', '附录A', '参考文献']) expect(pageOpeningWith(pages, heading), heading).toBeGreaterThan(0);
    const annex = lines(pages[pageOpeningWith(pages, '附录A')]!);
    expect(annex.slice(1, 4).map((line) => line.trim())).toEqual(['附录A', '（规范性）', '投诉回访记录表']);
    for (const line of annex.slice(1, 4)) expect(leadingSpaces(line)).toBeGreaterThan(10);
  });

  it('has document metadata, an outline of the 目次 and live links from the 目次 to the headings', async () => {
    const file = pdf('Q-JMXZ-30501-2025.pdf');
    const info = pdfInfo(file).fields;
    expect(info.Title).toBe('Q/JMXZ 30501—2025 投诉处理规范');
    expect(info.Keywords).toContain('Q/JMXZ 30501—2025');
    const doc = await loadPdf(file);
    const standard = printable.find((s) => s.meta.code?.serial === '30501' && s.meta.code.year === '2025')!;
    const toc = tocOf(standard);
    const titles = outline(doc);
    expect(titles.map((t) => t.title)).toEqual(['目次', ...toc.filter((e) => e.level === 1).map((e) => e.label)]);
    expect(titles.find((t) => t.title === '5　办理和回访')!.children.map((t) => t.title)).toEqual(['5.1　办理', '5.2　回访']);

    const pages = pageTexts(file);
    const tocPage = pageOpeningWith(pages, '目次');
    const targets = linkTargets(doc, tocPage);
    expect(targets).toHaveLength(toc.length);
    expect(targets[0]).toBe(pageOpeningWith(pages, '前言'));
    expect(targets.at(-1)).toBe(pageOpeningWith(pages, '参考文献'));
  });

  it('prints the 体系表: structure diagram, 明细表 with standards, adopted and planned ones, and 统计表', () => {
    const text = pageTexts(pdf('system-table.pdf')).join('\n');
    for (const part of ['标准体系结构图', '标准明细表', '标准统计表', '305 服务评价与改进']) expect(text).toContain(part);
    for (const standard of printable.filter((s) => s.meta.status !== 'superseded')) expect(text).toContain(formatCode(standard.meta.code!));
    for (const external of corpus.external.filter((e) => e.node)) expect(text).toContain(formatCode(external.code));
    expect(text).toMatch(/满意度评价规范\s+组织\s+待制定/u);
  });

  it('binds the current standards into the 汇编 and its contents give the page each begins on', () => {
    const pages = pageTexts(pdf('compendium.pdf'));
    const rawPages = rawPageTexts(pdf('compendium.pdf'));
    const contents = pages.slice(0, 4).join('\n');
    const current = printable.filter((s) => s.meta.status === 'current');
    expect(contents).toContain('标准汇编');
    for (const standard of printable.filter((s) => s.meta.status !== 'current')) expect(contents).not.toContain(formatCode(standard.meta.code!));
    for (const standard of current) {
      const code = formatCode(standard.meta.code!);
      const listed = new RegExp(`${code}\\s+${standard.meta.title}\\s+(\\d+)`, 'u').exec(contents);
      expect(listed, code).not.toBeNull();
      // The compendium numbers every page of a standard but its cover and blank pages at the foot's centre.
      const stamp = new RegExp(`(^|\\s)-\\s*${Number(listed![1]) + 2}\\s*-(\\s|$)`, 'u');
      const start = pages.findIndex((page) => lines(page).some((line) => stamp.test(line))) - 2;
      const cover = lines(rawPages[start]!).map(squeeze);
      expect(cover).toContain(squeeze(code));
      expect(cover).toContain('江门市行政服务中心标准');
      starts.set(code, start);
    }
  });

  it("stamps the 汇编's running number on the line of each page's own folio, centred under the type area", () => {
    const file = pdf('compendium.pdf');
    const pages = pageTexts(file);
    const MM = 72 / 25.4;
    const checked = new Set<number>();
    pages.forEach((_, index) => {
      const foot = pageWords(file, index + 1).filter((w) => w.yMin > A4[1]! - 20 * MM);
      const dashes = foot.filter((w) => w.text === '-');
      // Covers and blank pages carry no number.
      if (dashes.length === 0) return;
      expect(dashes, `page ${index + 1}`).toHaveLength(2);
      const [left, right] = dashes as [Word, Word];
      const own = foot.filter((w) => w.xMax < left.xMin - 30 || w.xMin > right.xMax + 30);
      expect(own, `page ${index + 1}`).toHaveLength(1);
      expect(Math.abs(left.yMax - own[0]!.yMax), `page ${index + 1}`).toBeLessThan(0.5);
      // Type area: 25 mm binding margin inside, 20 mm outside; right-hand pages are the odd ones.
      const centre = (index % 2 === 0 ? 25 + (210 - 45) / 2 : 20 + (210 - 45) / 2) * MM;
      expect(Math.abs((left.xMin + right.xMax) / 2 - centre), `page ${index + 1}`).toBeLessThan(1);
      checked.add(index % 2);
    });
    // Both right-hand and left-hand pages.
    expect(checked.size).toBe(2);
  });

  const starts = new Map<string, number>();

  it('makes the 汇编 contents clickable and leads references between its standards to their pages in it', async () => {
    const doc = await loadPdf(pdf('compendium.pdf'));
    const pages = pageTexts(pdf('compendium.pdf'));
    const contentsPage = pages.findIndex((page) => squeeze(page).includes('目次'));
    const contents = links(doc, contentsPage);
    const current = printable
      .filter((s) => s.meta.status === 'current')
      .map((s) => formatCode(s.meta.code!))
      .sort();
    expect(contents.map((link) => link.page)).toEqual(current.map((code) => starts.get(code)));
    // Q/JMXZ 30501's reference to Q/JMXZ 30101—2025的4.2 leads to the page of 4.2 in the 汇编.
    const from = starts.get('Q/JMXZ 30501—2025')!;
    const to = starts.get('Q/JMXZ 30101—2025')!;
    const all = pages.flatMap((_, i) => (i >= from ? links(doc, i) : []));
    expect(all.filter((link) => link.uri?.includes('/standards/'))).toEqual([]);
    const target = all.map((link) => link.page).find((page) => page !== undefined && page >= to && page < from);
    expect(target).toBeDefined();
    expect(lines(pages[target!]!).some((line) => squeeze(line) === '4.2用语')).toBe(true);
  });

  it('tags the 汇编 like the standards: a Part for its front matter and for each standard, content and links tied to their elements', async () => {
    const file = pdf('compendium.pdf');
    expect(pdfInfo(file).fields.Tagged).toBe('yes');
    const doc = await loadPdf(file);
    const key = (text: string): PDFName => PDFName.of(text);
    const root = doc.catalog.lookup(key('StructTreeRoot'), PDFDict);
    const document = root.lookup(key('K'), PDFDict);
    expect(document.lookup(key('S'))).toBe(key('Document'));
    const parts = document.lookup(key('K'), PDFArray).asArray();
    const current = printable.filter((s) => s.meta.status === 'current');
    expect(parts).toHaveLength(1 + current.length);
    for (const part of parts) expect(doc.context.lookup(part, PDFDict).lookup(key('S'))).toBe(key('Part'));
    // Each part's text, read through the structure tree, begins with its cover.
    const structureText = squeeze(spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout);
    for (const standard of current) expect(structureText).toContain(squeeze(`${standard.meta.title}`));
    // The ParentTree leads from every page's marked content and every link to their elements.
    const nums = root.lookup(key('ParentTree'), PDFDict).lookup(key('Nums'), PDFArray);
    const parentTree = new Map<number, unknown>();
    for (let i = 0; i < nums.size(); i += 2) parentTree.set(nums.lookup(i, PDFNumber).asNumber(), doc.context.lookup(nums.get(i + 1)));
    let pagesTagged = 0;
    let linksTagged = 0;
    for (const page of doc.getPages()) {
      const index = page.node.lookupMaybe(key('StructParents'), PDFNumber)?.asNumber();
      if (index !== undefined) {
        const elements = parentTree.get(index);
        expect(elements).toBeInstanceOf(PDFArray);
        for (const element of (elements as PDFArray).asArray()) {
          const dict = doc.context.lookup(element);
          if (dict instanceof PDFDict) expect(dict.get(key('Pg')) ?? dict.get(key('K'))).toBeDefined();
        }
        pagesTagged += 1;
      }
      const annotations = page.node.Annots();
      for (let i = 0; i < (annotations?.size() ?? 0); i++) {
        const ref = annotations!.get(i) as PDFRef;
        const parent = doc.context.lookup(ref, PDFDict).lookupMaybe(key('StructParent'), PDFNumber)?.asNumber();
        if (parent === undefined) continue;
        const link = parentTree.get(parent) as PDFDict;
        expect(link.lookup(key('S'))).toBe(key('Link'));
        const kids = link
          .lookup(key('K'), PDFArray)
          .asArray()
          .map((kid) => doc.context.lookup(kid));
        expect(kids.some((kid) => kid instanceof PDFDict && kid.get(key('Obj')) === ref)).toBe(true);
        linksTagged += 1;
      }
    }
    expect(pagesTagged).toBeGreaterThan(doc.getPageCount() / 2);
    expect(linksTagged).toBeGreaterThan(10);
  });

  it("keeps Paged.js's page boxes and running heads out of the structure tree and reads a draft's watermark once", () => {
    const file = pdf('Q-JMXZ-30502-2026.pdf');
    const structure = spawnSync('pdfinfo', ['-struct', file], { encoding: 'utf8' }).stdout;
    // Document, then the text's own sections (the cover's section, 目次, 正文), then its elements.
    const depth = (line: string): number => (line.length - line.trimStart().length) / 2;
    const firstParagraph = lines(structure).find((line) => line.trim().startsWith('P ') || line.trim().startsWith('H'))!;
    expect(depth(firstParagraph)).toBeLessThanOrEqual(2);
    const text = spawnSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).stdout;
    // The watermark: on the first page (the cover says the stage as well), not on the other pages.
    expect(text.match(/征求意见稿/gu)?.length).toBeLessThanOrEqual(2);
    // The running head (the code) is printed at the top of every page after the cover, but read only
    // where the text itself gives the code.
    const code = 'Q/JMXZ30502—2026';
    const printedOn = pageTexts(file).filter((page) => squeeze(lines(page)[0] ?? '') === code).length;
    expect(printedOn).toBeGreaterThan(4);
    expect(squeeze(text).split(code).length - 1).toBeLessThan(printedOn);
  });

  it('writes an HTML print preview next to each PDF that needs nothing from the network', () => {
    for (const entry of result.manifest.documents.filter((d) => d.kind === 'standard')) {
      const html = readFileSync(pdf(entry.file.replace(/\.pdf$/u, '.html')), 'utf8');
      expect(html).toContain('<script src="paged.polyfill.js"></script>');
      // Scripts, styles and images are local; only links to the handbook lead elsewhere.
      expect(html).not.toMatch(/src="(https?:)?\/\/|<link[^>]+href="(https?:)?\/\//u);
      for (const [, href] of html.matchAll(/<a href="([^"#][^"]*)"/gu)) expect(href).toMatch(/^http:\/\/127\.0\.0\.1:4321\/(standards|external)\//u);
    }
    expect(existsSync(pdf('paged.polyfill.js'))).toBe(true);
    expect(existsSync(pdf('print-runtime.js'))).toBe(true);
  });
});

describe('the print cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'jmxz-print-cache-'));
  const cacheDir = join(root, 'cache');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const run = async (corpus: ReturnType<typeof corpusWith>, out: string) => {
    const progress: PrintProgress[] = [];
    const result = await printCorpus(corpus, { outDir: join(root, out), today: TODAY, cacheDir, onProgress: (p) => progress.push(p) });
    expect(result.failures).toEqual([]);
    const printed = progress.filter((p) => p.printed);
    return { result, fresh: printed.filter((p) => !p.cached).map((p) => p.printed!.code ?? p.printed!.kind) };
  };

  it('prints an unchanged corpus from the cache, and after an edit only the edited standard and the 汇编 bound from it', async () => {
    const first = await run(corpusWith(), 'first');
    expect(first.result.cached).toBe(0);
    const second = await run(corpusWith(), 'second');
    expect(second.fresh).toEqual([]);
    expect(second.result.cached).toBe(first.result.manifest.documents.length);
    // The same PDFs, byte for byte, and their previews.
    for (const entry of first.result.manifest.documents) {
      expect(readFileSync(join(root, 'second', entry.file)).equals(readFileSync(join(root, 'first', entry.file))), entry.file).toBe(true);
      if (entry.kind === 'standard') expect(existsSync(join(root, 'second', entry.file.replace(/\.pdf$/u, '.html')))).toBe(true);
    }

    const edited = fixtureText('30501-投诉处理规范.md').replace('4.1 投诉处置的基本要求', '4.1 投诉处置的基本要求和程序');
    expect(edited).not.toBe(fixtureText('30501-投诉处理规范.md'));
    const third = await run(corpusWith({ 'standards/30501-投诉处理规范.md': edited }), 'third');
    expect(third.fresh.sort()).toEqual(['Q/JMXZ 30501—2025', 'compendium']);
    expect(squeeze(pageTexts(join(root, 'third', 'Q-JMXZ-30501-2025.pdf')).join(''))).toContain('投诉处置的基本要求和程序');
  }, 300_000);
});

describe('npm run print', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'jmxz-print-cli-'));
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/print.ts', ...args, '--out', outDir], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('refuses codes that name no standard before printing anything', () => {
    const result = run('Q/JMXZ 99999—2025');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('找不到以下标准：Q/JMXZ 99999—2025');
  });

  it('floats a 条文脚注 to the foot of the page of its call, numbered 1) (GB/T 1.1—2020 9.12; Q/JMXZ 30501 5.2.1)', () => {
    // A folder of its own: the manifest of a run lists what earlier runs printed into the same folder.
    const ownDir = mkdtempSync(join(tmpdir(), 'jmxz-print-footnote-'));
    const result = spawnSync(join(REPO_ROOT, 'node_modules/.bin/node'), ['scripts/print.ts', '30501', '--out', ownDir], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(ownDir, 'manifest.json'), 'utf8')) as Manifest;
    const pages = pageTexts(join(ownDir, manifest.documents[0]!.file));
    rmSync(ownDir, { recursive: true, force: true });
    const page = pages.find((text) => text.includes('5.2.1 12345政务服务便民热线1)转来的'));
    expect(page, 'the page of the call').toBeDefined();
    const footnote = page!.indexOf('1) 12345政务服务便民热线是政府设立的');
    // Below every line of the text on that page, and printed once in the whole document.
    expect(footnote).toBeGreaterThan(page!.indexOf('5.2.1 12345'));
    expect(page!.slice(footnote)).not.toMatch(/\n\d+(?:\.\d+)+ \S/u);
    expect(pages.join('\n').match(/政府设立的统一受理/gu)).toHaveLength(1);
  }, 120_000);

  it('prints only the standards named, by serial, for a sample of standards/', async () => {
    const corpus = loadCorpus(REPO_ROOT);
    const sample = corpus.standards.find((s) => s.meta.code?.serial === '30202' && s.meta.status === 'current')!;
    const code = formatCode(sample.meta.code!);
    const result = run('30202');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`已完成 ${code} ${sample.meta.title}`);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.documents.map((d) => d.code)).toEqual([code]);
    const file = join(outDir, manifest.documents[0]!.file);
    const pages = pageTexts(file);
    expect(pages).toHaveLength(manifest.documents[0]!.pages);
    expectTocMatchesPages(pages, tocOf(sample));
    expectPageFurniture(pages, code);
    // References in the text are live links to pages of the document.
    const doc = await loadPdf(file);
    const bodyLinks = pages.flatMap((_, i) => (i > pageOpeningWith(pages, '前言') ? linkTargets(doc, i) : []));
    expect(bodyLinks.length).toBeGreaterThan(5);
    for (const target of bodyLinks) expect(target).toBeGreaterThan(0);
    // Its figure is copied next to the preview and printed in place.
    expect(sample.captions.some((c) => c.kind === 'figure')).toBe(true);
    expect(readdirSync(join(outDir, 'images'), { recursive: true }).length).toBeGreaterThan(0);
    expect(pages.join('\n')).not.toContain('图片不可用');
  }, 120_000);
});
