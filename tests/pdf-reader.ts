// Reads printed PDFs the way a person checking a proof would: the text of each page (poppler's
// pdftotext, keeping the layout), the page sizes and document information (pdfinfo), and the
// outline and links (pdf-lib).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

/** The text of every page, lines kept in place (pdftotext -layout). */
export function pageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The text of every page in the order it was written (pdftotext -raw): lines that sit close stay apart. */
export function rawPageTexts(file: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function lines(page: string): string[] {
  return page.split('\n').filter((line) => line.trim() !== '');
}

/** Without any white space: how headings are compared whatever the letter spacing. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of one page (1-based) with their boxes in points from the top left (pdftotext -bbox). */
export function pageWords(file: string, page: number): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu)].map((m) => ({
    text: m[5]!,
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

export function squeeze(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

export interface PdfInfo {
  fields: Record<string, string>;
  /** Width and height of every page in points. */
  pageSizes: [number, number][];
}

export function pdfInfo(file: string): PdfInfo {
  const output = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', file], { encoding: 'utf8' });
  const fields: Record<string, string> = {};
  const pageSizes: [number, number][] = [];
  for (const line of output.split('\n')) {
    const size = /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/u.exec(line);
    if (size) pageSizes.push([Number(size[1]), Number(size[2])]);
    else {
      const field = /^([^:]+):\s*(.*)$/u.exec(line);
      if (field) fields[field[1]!] = field[2]!;
    }
  }
  return { fields, pageSizes };
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts of a PDF as pdffonts lists them: name (with its subset prefix), type and whether embedded. */
export function pdfFonts(file: string): PdfFont[] {
  const output = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  return output
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object id
      const match = /^(\S+)\s+(.+?)\s{2,}\S+\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/u.exec(line);
      if (!match) throw new Error(`pdffonts: unexpected line ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[3] === 'yes' };
    });
}

export interface OutlineNode {
  title: string;
  children: OutlineNode[];
}

export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file));
}

export function outline(doc: PDFDocument): OutlineNode[] {
  const walk = (first: PDFDict | undefined): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = (item.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText();
      nodes.push({ title, children: walk(item.lookupMaybe(PDFName.of('First'), PDFDict)) });
    }
    return nodes;
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  return walk(root?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** Every link annotation on a page: the page (0-based) it leads to inside the PDF, or the URI it opens. */
export function links(doc: PDFDocument, pageIndex: number): { page?: number; uri?: string }[] {
  const pages = doc.getPages().map((page) => page.ref.toString());
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const annotations = doc.getPage(pageIndex).node.Annots();
  const result: { page?: number; uri?: string }[] = [];
  for (let i = 0; i < (annotations?.size() ?? 0); i++) {
    const annotation = annotations!.lookupMaybe(i, PDFDict);
    if (annotation?.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const dest = annotation.lookup(PDFName.of('Dest'));
    const explicit = dest instanceof PDFArray ? dest : dest instanceof PDFName ? dests?.lookupMaybe(dest, PDFArray) : undefined;
    const uri = annotation.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
    if (explicit) result.push({ page: pages.indexOf(explicit.get(0).toString()) });
    else if (uri) result.push({ uri: uri.decodeText() });
  }
  return result;
}

/** The page (0-based) each link annotation on a page leads to. */
export function linkTargets(doc: PDFDocument, pageIndex: number): number[] {
  const pages = doc.getPages().map((page) => page.ref.toString());
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const annotations = doc.getPage(pageIndex).node.Annots();
  const targets: number[] = [];
  for (let i = 0; i < (annotations?.size() ?? 0); i++) {
    const annotation = annotations!.lookupMaybe(i, PDFDict);
    if (annotation?.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
    const dest = annotation.lookup(PDFName.of('Dest'));
    const explicit = dest instanceof PDFArray ? dest : dest instanceof PDFName ? dests?.lookupMaybe(dest, PDFArray) : undefined;
    if (explicit) targets.push(pages.indexOf(explicit.get(0).toString()));
  }
  return targets;
}
