// Prints the standard system: one PDF per standard, the 标准体系表 and the 标准汇编 of all current
// standards, each with its HTML print preview, plus manifest.json. One Chromium printing on every
// core; a document whose inputs are unchanged comes from the cache (print-cache.ts); a document that
// fails is reported and the others are still printed.
import { copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { CorpusIndex } from '../model/corpus-index.ts';
import { todayIso } from '../check/run.ts';
import { codeFileStem, formatCode, parseCode } from '../model/code.ts';
import { STATUS_LABELS, type Corpus, type Standard, type Status } from '../model/types.ts';
import { HandbookUrls, localImagePath } from '../render/links.ts';
import type { RenderOptions, TocEntry } from '../render/render-standard.ts';
import { subsystemOf } from '../system/system-table.ts';
import type { PageLayout } from './browser.ts';
import { COMPENDIUM_TITLE, compendiumDocument, compendiumFolios, type CompendiumEntry } from './compendium-document.ts';
import { assembleCompendium, type CompendiumPart, type DocumentInfo, type OutlineItem } from './pdf.ts';
import { corpusPrintCacheDir } from './print-cache.ts';
import { DocumentPrinter, PRINT_SCRIPTS, type PrintedDocument } from './print-html.ts';
import { standardDocument } from './standard-document.ts';
import { SYSTEM_TABLE_TITLE, systemTableDocument } from './system-table-document.ts';

export const MANIFEST_FILE = 'manifest.json';
export const SYSTEM_TABLE_STEM = 'system-table';
export const COMPENDIUM_STEM = 'compendium';
/** The compendium's PDF is assembled from the standards; this preview shows its own front matter. */
export const COMPENDIUM_PREVIEW_STEM = 'compendium-front-matter';
/** The sheet of the compendium's running numbers, printed to be stamped onto its pages. */
const COMPENDIUM_FOLIOS_STEM = 'compendium-folios';
const IMAGE_DIR = 'images';

/**
 * The handbook the PDFs link to for references to other standards and external documents:
 * HANDBOOK_URL (the published address, e.g. http://biaozhun.example.gov.cn/), else the address
 * `npm start` serves with HANDBOOK_BASE.
 */
export function handbookUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.HANDBOOK_URL?.trim();
  const url = given || `http://127.0.0.1:4321${env.HANDBOOK_BASE ?? '/'}`;
  return url.endsWith('/') ? url : `${url}/`;
}

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
  /** The document just finished came unchanged from the cache. */
  cached?: boolean;
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
  /** Finished PDFs kept between runs; default `.cache/print/` of the corpus, false for none. */
  cacheDir?: string | false;
  /** The handbook's address for links to other standards; default handbookUrl(). */
  handbookUrl?: string;
  /** Documents printed at once; default one per core (PRINT_JOBS). */
  jobs?: number;
}

export interface PrintResult {
  manifest: Manifest;
  failures: PrintFailure[];
  /** How many of the documents printed in this run came unchanged from the cache. */
  cached: number;
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
  const files = previous.documents
    .map((d) => String(d.file))
    .filter((file) => basename(file) === file && file.endsWith('.pdf'))
    .flatMap((file) => [file, file.replace(/\.pdf$/u, '.html')]);
  for (const name of [...files, `${COMPENDIUM_PREVIEW_STEM}.html`, ...PRINT_SCRIPTS, IMAGE_DIR, MANIFEST_FILE]) {
    rmSync(join(outDir, name), { recursive: true, force: true });
  }
}

/** Copies the scripts a print document loads (kept here for callers that print with PdfPrinter themselves). */
export { installScripts } from './print-html.ts';

interface PrintedStandard {
  standard: Standard;
  entry: ManifestEntry;
  pdf: Uint8Array;
  layout: PageLayout;
  outline: OutlineItem[];
  /** Cache key of its PDF: the compendium's key is made of these. */
  key: string;
  cached: boolean;
}

interface PrintedEntry {
  entry: ManifestEntry;
  cached: boolean;
}

class CorpusPrinter {
  private readonly corpus: Corpus;
  private readonly index: CorpusIndex;
  /** Links inside the PDFs to the handbook: absolute addresses, since a PDF is read anywhere. */
  private readonly urls: HandbookUrls;
  private readonly outDir: string;
  private readonly today: string;
  readonly printer: DocumentPrinter;
  private readonly standardsDir: string;

  constructor(corpus: Corpus, options: PrintOptions, today: string) {
    this.corpus = corpus;
    this.index = new CorpusIndex(corpus);
    this.urls = new HandbookUrls(this.index, options.handbookUrl ?? handbookUrl());
    this.outDir = options.outDir;
    this.today = today;
    this.printer = new DocumentPrinter({
      outDir: options.outDir,
      cacheDir: options.cacheDir ?? corpusPrintCacheDir(corpus.root),
      jobs: options.jobs,
    });
    this.standardsDir = realpathSync(join(corpus.root, 'standards'));
  }

  /**
   * References inside a standard link to the place in the PDF; references to other standards and
   * external documents to their page in the handbook (inside the 汇编, to the cited standard's pages).
   * Images are copied next to the preview; their bytes go into the cache key.
   */
  private renderOptions(standard: Standard, images: Uint8Array[]): RenderOptions {
    return {
      hrefFor: (reference) => this.urls.reference(reference, standard),
      imageSrc: (src, from) => this.copyImage(src, from, images),
    };
  }

  /** Copies an image of the standards folder next to the print documents. */
  private copyImage(src: string, standard: Standard, images: Uint8Array[]): string | undefined {
    const path = localImagePath(src, standard, this.corpus.root);
    if (!path) return undefined;
    const inside = relative(this.standardsDir, path).split(sep);
    const target = join(this.outDir, IMAGE_DIR, ...inside);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(path, target);
    images.push(readFileSync(path));
    return [IMAGE_DIR, ...inside].map(encodeURIComponent).join('/');
  }

  async printStandard(standard: Standard): Promise<PrintedStandard> {
    const images: Uint8Array[] = [];
    const document = standardDocument(standard, this.corpus.system.organization, this.renderOptions(standard, images));
    const outline = outlineOf(document.toc);
    const printed = await this.printer.print({
      stem: codeFileStem(standard.meta.code!),
      html: document.html,
      info: {
        title: `${document.code} ${document.title}`,
        subject: `${this.corpus.system.organization.name}标准 ${document.code}`,
        author: this.corpus.system.organization.issuer,
        keywords: [document.code, document.title],
      },
      outline,
      inputs: images,
    });
    const status = standard.meta.status ?? null;
    return {
      standard,
      entry: { kind: 'standard', code: document.code, title: document.title, status, statusLabel: status && STATUS_LABELS[status], file: printed.file, pages: printed.pages },
      pdf: printed.pdf,
      layout: printed.layout,
      outline,
      key: printed.key,
      cached: printed.cached,
    };
  }

  async printSystemTable(): Promise<PrintedEntry> {
    const title = `${this.corpus.system.organization.name}${SYSTEM_TABLE_TITLE}`;
    const printed = await this.printer.print({
      stem: SYSTEM_TABLE_STEM,
      html: systemTableDocument(this.corpus, this.index, this.today),
      info: this.info(title),
      outline: [
        { title: '1　标准体系结构图', target: '结构图', children: [] },
        { title: '2　标准明细表', target: '明细表', children: [] },
        { title: '3　标准统计表', target: '统计表', children: [] },
      ],
    });
    return { entry: this.entryOf('system-table', title, printed), cached: printed.cached };
  }

  /** The current standards in code order, each starting on a right-hand page of the compendium. */
  async printCompendium(printed: PrintedStandard[]): Promise<PrintedEntry> {
    const title = `${this.corpus.system.organization.name}${COMPENDIUM_TITLE}`;
    const current = printed.filter((p) => p.standard.meta.status === 'current').sort((a, b) => a.entry.code!.localeCompare(b.entry.code!));
    const entries: CompendiumEntry[] = [];
    let page = 1;
    for (const part of current) {
      const node = this.corpus.system.nodes.get(this.index.nodeOf(part.standard.meta.code!) ?? '');
      entries.push({ code: part.entry.code!, title: part.entry.title, subsystem: node && subsystemOf(node), page, href: this.urls.standard(part.standard) });
      page += part.entry.pages + (part.entry.pages % 2);
    }
    const frontOutline = [{ title: '目次', target: '目次', children: [] }];
    // Both at once, one on each core.
    const [front, folios] = await Promise.all([
      this.printer.print({
        stem: COMPENDIUM_PREVIEW_STEM,
        html: compendiumDocument(this.corpus, entries, this.today),
        info: this.info(title),
        outline: frontOutline,
      }),
      this.printer.print({ stem: COMPENDIUM_FOLIOS_STEM, html: compendiumFolios(page - 1), info: this.info(title) }),
    ]);
    // Only the front matter's preview stays: its PDF and the folio sheet are parts of the compendium's.
    for (const name of [front.file, folios.file, `${COMPENDIUM_FOLIOS_STEM}.html`]) rmSync(join(this.outDir, name), { force: true });
    const file = `${COMPENDIUM_STEM}.pdf`;
    const cache = await this.printer.openCache();
    const key = cache?.key(['compendium', front.key, folios.key, ...current.map((p) => p.key)]) ?? '';
    const hit = cache?.get(key);
    if (hit) {
      writeFileSync(join(this.outDir, file), hit.pdf);
      return { entry: this.entryOf('compendium', title, { file, pages: hit.pages }, 'current'), cached: true };
    }
    const parts: CompendiumPart[] = current.map((p) => ({
      pdf: p.pdf,
      layout: p.layout,
      outlineTitle: `${p.entry.code}　${p.entry.title}`,
      outline: p.outline,
      url: this.urls.standard(p.standard),
    }));
    const finished = await assembleCompendium({ bytes: front.pdf, pageCount: front.pages }, front.layout, frontOutline, parts, folios.pdf, this.info(title));
    writeFileSync(join(this.outDir, file), finished.bytes);
    cache?.put(key, { pdf: finished.bytes, layout: { pages: [], anchors: {} }, pages: finished.pageCount });
    return { entry: this.entryOf('compendium', title, { file, pages: finished.pageCount }, 'current'), cached: false };
  }

  private info(title: string): DocumentInfo {
    return { title, subject: title, author: this.corpus.system.organization.issuer, keywords: [title] };
  }

  private entryOf(kind: ManifestEntry['kind'], title: string, printed: Pick<PrintedDocument, 'file' | 'pages'>, status: Status | null = null): ManifestEntry {
    return { kind, code: null, title, status, statusLabel: status && STATUS_LABELS[status], file: printed.file, pages: printed.pages };
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

  const total = standards.length + (everything ? 2 : 0);
  let done = 0;
  const progress = (update: Omit<PrintProgress, 'done' | 'total'>): void => options.onProgress?.({ done, total, ...update });
  const printed: PrintedStandard[] = [];
  const failures: PrintFailure[] = [];
  const entries: ManifestEntry[] = [];
  let fromCache = 0;
  const printer = new CorpusPrinter(corpus, options, options.today ?? todayIso());

  const attempt = async (label: string, failureCode: string, run: () => Promise<PrintedEntry>): Promise<void> => {
    progress({ current: label });
    try {
      const { entry, cached } = await run();
      entries.push(entry);
      if (cached) fromCache += 1;
      done += 1;
      progress({ printed: entry, cached });
    } catch (error) {
      const failure = { code: failureCode, message: error instanceof Error ? error.message : String(error) };
      failures.push(failure);
      done += 1;
      progress({ failed: failure });
    }
  };

  // The 体系表 first (it is the longest single document), then the standards; as many at once as
  // the printer has browser contexts, so every core lays out pages while Node finishes the PDFs.
  const jobs: (() => Promise<void>)[] = [];
  if (everything) jobs.push(() => attempt(SYSTEM_TABLE_TITLE, SYSTEM_TABLE_TITLE, () => printer.printSystemTable()));
  for (const standard of standards) {
    const code = standard.meta.code ? formatCode(standard.meta.code) : standard.file;
    jobs.push(() =>
      attempt(describe(standard), code, async () => {
        const result = await printer.printStandard(standard);
        printed.push(result);
        return result;
      }),
    );
  }
  try {
    await Promise.all(
      Array.from({ length: printer.printer.jobs }, async () => {
        for (let job = jobs.shift(); job; job = jobs.shift()) await job();
      }),
    );
    if (everything) await attempt(COMPENDIUM_TITLE, COMPENDIUM_TITLE, () => printer.printCompendium(printed));
    if (everything && failures.length === 0) (await printer.printer.openCache())?.prune();
  } finally {
    await printer.close();
  }

  const kept = everything ? [] : (readManifest(outDir)?.documents ?? []).filter((old) => !entries.some((e) => e.file === old.file) && existsSync(join(outDir, old.file)));
  const manifest: Manifest = { generated: new Date().toISOString(), documents: [...kept, ...entries].sort(manifestOrder) };
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, failures, cached: fromCache };
}

const KIND_ORDER: ManifestEntry['kind'][] = ['standard', 'system-table', 'compendium'];

function manifestOrder(a: ManifestEntry, b: ManifestEntry): number {
  return KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.code ?? '').localeCompare(b.code ?? '');
}
