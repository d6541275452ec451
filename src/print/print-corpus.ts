// Prints the standard system: one PDF per standard, the 标准体系表 and the 标准汇编 of all current
// standards, each with its HTML print preview, plus manifest.json. One Chromium, one document at a
// time; a document that fails is reported and the others are still printed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusIndex } from '../check/corpus-index.ts';
import { todayIso } from '../check/run.ts';
import { codeFileStem, formatCode, parseCode } from '../model/code.ts';
import { STATUS_LABELS, type Corpus, type Standard, type Status } from '../model/types.ts';
import { HandbookUrls, localImagePath } from '../render/links.ts';
import type { RenderOptions, TocEntry } from '../render/render-standard.ts';
import { subsystemOf } from '../system/system-table.ts';
import { PdfPrinter, type PageLayout } from './browser.ts';
import { COMPENDIUM_TITLE, compendiumDocument, type CompendiumEntry } from './compendium-document.ts';
import { assembleCompendium, finishPdf, type CompendiumPart, type FinishedPdf, type OutlineItem } from './pdf.ts';
import { standardDocument } from './standard-document.ts';
import { SYSTEM_TABLE_TITLE, systemTableDocument } from './system-table-document.ts';
import { TEMPLATE_DIR } from './templates.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SYSTEM_TABLE_STEM = 'system-table';
export const COMPENDIUM_STEM = 'compendium';
/** The compendium's PDF is assembled from the standards; this preview shows its own front matter. */
export const COMPENDIUM_PREVIEW_STEM = 'compendium-front-matter';
const IMAGE_DIR = 'images';
const SCRIPTS = ['paged.polyfill.js', 'print-runtime.js'];

export interface ManifestEntry {
  kind: 'standard' | 'system-table' | 'compendium';
  /** The standard's code; null for the 体系表 and the 汇编. */
  code: string | null;
  title: string;
  status: Status | null;
  statusLabel: string | null;
  file: string;
  pages: number;
}

export interface Manifest {
  generated: string;
  documents: ManifestEntry[];
}

export interface PrintFailure {
  /** The standard's code, or the file when it has none, or the document's title. */
  code: string;
  message: string;
}

export interface PrintProgress {
  /** Documents finished so far (printed or failed) and the total for this run. */
  done: number;
  total: number;
  /** What is being printed next, when something is. */
  current?: string;
  printed?: ManifestEntry;
  failed?: PrintFailure;
}

export interface PrintOptions {
  outDir: string;
  /**
   * Print only these standards: `Q/JMXZ 30101—2025` (that edition), `Q/JMXZ 30101` or `30101`
   * (the edition in force). The 体系表 and the 汇编 are printed only when no codes are given.
   */
  codes?: string[];
  onProgress?(progress: PrintProgress): void;
  today?: string;
}

export interface PrintResult {
  manifest: Manifest;
  failures: PrintFailure[];
}

/** Codes that match no standard: thrown before anything is printed. */
export class UnknownCodesError extends Error {
  readonly codes: string[];

  constructor(codes: string[]) {
    super(`找不到以下标准：${codes.join('、')}`);
    this.codes = codes;
  }
}

/** The standards named on the command line, in corpus order. */
export function selectStandards(corpus: Corpus, index: CorpusIndex, codes: string[]): Standard[] {
  const selected = new Set<Standard>();
  const unknown: string[] = [];
  for (const given of codes) {
    const text = given.trim().replace(/[-–－](?=\d{4}$)/u, '—');
    const code = parseCode(/^\d/u.test(text) ? `${corpus.system.organization.codePrefix} ${text}` : text);
    const found = !code ? [] : code.year ? index.editionsWithCode(code) : [index.resolve(code)].filter((s) => s !== undefined);
    if (found.length === 0) unknown.push(given);
    for (const standard of found) selected.add(standard);
  }
  if (unknown.length > 0) throw new UnknownCodesError(unknown);
  return corpus.standards.filter((s) => selected.has(s));
}

function describe(standard: Standard): string {
  const code = standard.meta.code ? formatCode(standard.meta.code) : standard.file;
  return standard.meta.title ? `${code} ${standard.meta.title}` : code;
}

/** 目次 entries as an outline: chapters and annexes with their first-level clauses. */
function outlineOf(toc: TocEntry[]): OutlineItem[] {
  const items: OutlineItem[] = [{ title: '目次', target: '目次', children: [] }];
  for (const entry of toc) {
    const item = { title: entry.label, target: entry.id, children: [] };
    if (entry.level === 1) items.push(item);
    else items.at(-1)!.children.push(item);
  }
  return items;
}

function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Removes what an earlier run listed in its manifest, and nothing else the folder may hold. */
function clearOutput(outDir: string): void {
  const previous = readManifest(outDir);
  if (!previous) return;
  // Plain file names only: a manifest edited by hand cannot reach outside the folder.
  const files = previous.documents.map((d) => String(d.file)).filter((file) => basename(file) === file && file.endsWith('.pdf'))
    .flatMap((file) => [file, file.replace(/\.pdf$/u, '.html')]);
  for (const name of [...files, `${COMPENDIUM_PREVIEW_STEM}.html`, ...SCRIPTS, IMAGE_DIR, MANIFEST_FILE]) {
    rmSync(join(outDir, name), { recursive: true, force: true });
  }
}

export function installScripts(outDir: string): void {
  // pagedjs exports only its sources (src/index.js); the polyfill build sits beside them in dist/.
  const pagedjsSources = dirname(fileURLToPath(import.meta.resolve('pagedjs')));
  copyFileSync(join(pagedjsSources, '..', 'dist', 'paged.polyfill.js'), join(outDir, 'paged.polyfill.js'));
  copyFileSync(join(TEMPLATE_DIR, 'print-runtime.js'), join(outDir, 'print-runtime.js'));
}

interface PrintedStandard {
  standard: Standard;
  entry: ManifestEntry;
  pdf: Uint8Array;
  layout: PageLayout;
  outline: OutlineItem[];
}

class CorpusPrinter {
  private readonly corpus: Corpus;
  private readonly index: CorpusIndex;
  private readonly urls: HandbookUrls;
  private readonly outDir: string;
  private readonly today: string;
  private readonly printer = new PdfPrinter();
  private readonly standardsDir: string;

  constructor(corpus: Corpus, outDir: string, today: string) {
    this.corpus = corpus;
    this.index = new CorpusIndex(corpus);
    this.urls = new HandbookUrls(this.index);
    this.outDir = outDir;
    this.today = today;
    this.standardsDir = realpathSync(join(corpus.root, 'standards'));
  }

  /** Internal references become links inside the PDF; references to other documents stay text. */
  private renderOptions(standard: Standard): RenderOptions {
    return {
      hrefFor: (reference) => {
        const href = this.urls.reference(reference, standard);
        return href?.startsWith('#') ? href : undefined;
      },
      imageSrc: (src, from) => this.copyImage(src, from),
    };
  }

  /** Copies an image of the standards folder next to the print documents. */
  private copyImage(src: string, standard: Standard): string | undefined {
    const path = localImagePath(src, standard, this.corpus.root);
    if (!path) return undefined;
    const inside = relative(this.standardsDir, path).split(sep);
    const target = join(this.outDir, IMAGE_DIR, ...inside);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
    return [IMAGE_DIR, ...inside].map(encodeURIComponent).join('/');
  }

  private async printHtml(stem: string, html: string): Promise<{ pdf: Uint8Array; layout: PageLayout }> {
    const htmlFile = join(this.outDir, `${stem}.html`);
    writeFileSync(htmlFile, html);
    return this.printer.print(htmlFile);
  }

  async printStandard(standard: Standard): Promise<PrintedStandard> {
    const document = standardDocument(standard, this.corpus.system.organization, this.renderOptions(standard));
    const stem = codeFileStem(standard.meta.code!);
    const printed = await this.printHtml(stem, document.html);
    const outline = outlineOf(document.toc);
    const finished = await finishPdf(printed.pdf, printed.layout, {
      title: `${document.code} ${document.title}`,
      subject: `${this.corpus.system.organization.name}标准 ${document.code}`,
      author: this.corpus.system.organization.issuer,
      keywords: [document.code, document.title],
    }, outline);
    const file = `${stem}.pdf`;
    writeFileSync(join(this.outDir, file), finished.bytes);
    const status = standard.meta.status ?? null;
    return {
      standard,
      entry: { kind: 'standard', code: document.code, title: document.title, status, statusLabel: status && STATUS_LABELS[status], file, pages: finished.pageCount },
      pdf: finished.bytes,
      layout: printed.layout,
      outline,
    };
  }

  async printSystemTable(): Promise<ManifestEntry> {
    const title = `${this.corpus.system.organization.name}${SYSTEM_TABLE_TITLE}`;
    const printed = await this.printHtml(SYSTEM_TABLE_STEM, systemTableDocument(this.corpus, this.index, this.today));
    const finished = await finishPdf(printed.pdf, printed.layout, this.info(title), [
      { title: '1　标准体系结构图', target: '结构图', children: [] },
      { title: '2　标准明细表', target: '明细表', children: [] },
      { title: '3　标准统计表', target: '统计表', children: [] },
    ]);
    return this.writeDocument('system-table', title, SYSTEM_TABLE_STEM, finished);
  }

  /** The current standards in code order, each starting on a right-hand page of the compendium. */
  async printCompendium(printed: PrintedStandard[]): Promise<ManifestEntry> {
    const title = `${this.corpus.system.organization.name}${COMPENDIUM_TITLE}`;
    const current = printed
      .filter((p) => p.standard.meta.status === 'current')
      .sort((a, b) => a.entry.code!.localeCompare(b.entry.code!));
    const entries: CompendiumEntry[] = [];
    let page = 1;
    for (const part of current) {
      const node = this.corpus.system.nodes.get(this.index.nodeOf(part.standard.meta.code!) ?? '');
      entries.push({ code: part.entry.code!, title: part.entry.title, subsystem: node && subsystemOf(node), page });
      page += part.entry.pages + (part.entry.pages % 2);
    }
    const front = await this.printHtml(COMPENDIUM_PREVIEW_STEM, compendiumDocument(this.corpus, entries, this.today));
    const frontOutline = [{ title: '目次', target: '目次', children: [] }];
    const finishedFront = await finishPdf(front.pdf, front.layout, this.info(title), frontOutline);
    const parts: CompendiumPart[] = current.map((p) => ({ pdf: p.pdf, layout: p.layout, outlineTitle: `${p.entry.code}　${p.entry.title}`, outline: p.outline }));
    const finished = await assembleCompendium(finishedFront, front.layout, frontOutline, parts, this.info(title));
    return this.writeDocument('compendium', title, COMPENDIUM_STEM, finished, 'current');
  }

  private info(title: string): { title: string; subject: string; author: string; keywords: string[] } {
    return { title, subject: title, author: this.corpus.system.organization.issuer, keywords: [title] };
  }

  private writeDocument(kind: ManifestEntry['kind'], title: string, stem: string, finished: FinishedPdf, status: Status | null = null): ManifestEntry {
    const file = `${stem}.pdf`;
    writeFileSync(join(this.outDir, file), finished.bytes);
    return { kind, code: null, title, status, statusLabel: status && STATUS_LABELS[status], file, pages: finished.pageCount };
  }

  close(): Promise<void> {
    return this.printer.close();
  }
}

/**
 * Prints into `options.outDir`. Printing everything replaces earlier output; printing some codes
 * updates their entries in the manifest and keeps the rest.
 */
export async function printCorpus(corpus: Corpus, options: PrintOptions): Promise<PrintResult> {
  const everything = !options.codes || options.codes.length === 0;
  const standards = everything ? corpus.standards : selectStandards(corpus, new CorpusIndex(corpus), options.codes!);
  const { outDir } = options;
  if (everything) clearOutput(outDir);
  mkdirSync(outDir, { recursive: true });
  installScripts(outDir);

  const total = standards.length + (everything ? 2 : 0);
  let done = 0;
  const progress = (update: Omit<PrintProgress, 'done' | 'total'>): void => options.onProgress?.({ done, total, ...update });
  const printed: PrintedStandard[] = [];
  const failures: PrintFailure[] = [];
  const entries: ManifestEntry[] = [];
  const printer = new CorpusPrinter(corpus, outDir, options.today ?? todayIso());

  const attempt = async (label: string, failureCode: string, run: () => Promise<ManifestEntry>): Promise<void> => {
    progress({ current: label });
    try {
      const entry = await run();
      entries.push(entry);
      done += 1;
      progress({ printed: entry });
    } catch (error) {
      const failure = { code: failureCode, message: error instanceof Error ? error.message : String(error) };
      failures.push(failure);
      done += 1;
      progress({ failed: failure });
    }
  };

  try {
    for (const standard of standards) {
      const code = standard.meta.code ? formatCode(standard.meta.code) : standard.file;
      await attempt(describe(standard), code, async () => {
        const result = await printer.printStandard(standard);
        printed.push(result);
        return result.entry;
      });
    }
    if (everything) {
      await attempt(SYSTEM_TABLE_TITLE, SYSTEM_TABLE_TITLE, () => printer.printSystemTable());
      await attempt(COMPENDIUM_TITLE, COMPENDIUM_TITLE, () => printer.printCompendium(printed));
    }
  } finally {
    await printer.close();
  }

  const kept = everything ? [] : (readManifest(outDir)?.documents ?? [])
    .filter((old) => !entries.some((e) => e.file === old.file) && existsSync(join(outDir, old.file)));
  const manifest: Manifest = { generated: new Date().toISOString(), documents: [...kept, ...entries].sort(manifestOrder) };
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, failures };
}

const KIND_ORDER: ManifestEntry['kind'][] = ['standard', 'system-table', 'compendium'];

function manifestOrder(a: ManifestEntry, b: ManifestEntry): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.code ?? '').localeCompare(b.code ?? '');
}
