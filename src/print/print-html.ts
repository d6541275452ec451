// "Print this HTML document to PDF": the entry point every printed text goes through — standards,
// the 体系表 and the 汇编 here, and any other document (a consultation package, a 意见汇总处理表,
// a post's booklet, a checklist). Build the page with printDocument() (templates.ts: the print.css
// layout, running head, watermark), then:
//
//   const printer = new DocumentPrinter({ outDir: 'dist/print' });
//   try {
//     const { file, pages } = await printer.print({ stem: 'consultation-30502', html, info: { title, subject, author, keywords } });
//   } finally {
//     await printer.close();
//   }
//
// It writes <stem>.html (the offline print preview, with Paged.js and print-runtime.js beside it)
// and <stem>.pdf with metadata, page labels and the outline; `print` may be called for several
// documents at once (they are printed on both cores), and a document whose inputs have not changed
// since it was last printed is taken from the cache instead.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PdfPrinter, type PageLayout } from './browser.ts';
import { printFonts } from './fonts.ts';
import { finishPdf, type DocumentInfo, type OutlineItem } from './pdf.ts';
import { PrintCache, printerFingerprint, type KeyPart } from './print-cache.ts';
import { TEMPLATE_DIR } from './templates.ts';

/** The scripts a print document loads from its own folder. */
export const PRINT_SCRIPTS = ['paged.polyfill.js', 'print-runtime.js'];
const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../.cache/print/', import.meta.url));

function pagedjsPolyfill(): string {
  // pagedjs exports only its sources (src/index.js); the polyfill build sits beside them in dist/.
  return join(dirname(fileURLToPath(import.meta.resolve('pagedjs'))), '..', 'dist', 'paged.polyfill.js');
}

/** Copies Paged.js and print-runtime.js into a folder of print documents. */
export function installScripts(outDir: string): void {
  copyFileSync(pagedjsPolyfill(), join(outDir, 'paged.polyfill.js'));
  copyFileSync(join(TEMPLATE_DIR, 'print-runtime.js'), join(outDir, 'print-runtime.js'));
}

export interface HtmlDocument {
  /** File name without extension: `<stem>.html` and `<stem>.pdf` in the output folder. */
  stem: string;
  /** A whole print document, as printDocument() makes it. */
  html: string;
  info: DocumentInfo;
  /** Bookmarks: element ids of the document with their titles. */
  outline?: OutlineItem[];
  /** Whatever else the PDF depends on that the HTML does not hold (the images it shows), for the cache. */
  inputs?: KeyPart[];
}

export interface PrintedDocument {
  /** `<stem>.pdf`, in the output folder. */
  file: string;
  pages: number;
  pdf: Uint8Array;
  layout: PageLayout;
  /** Identifies everything the PDF was made from: the cache key. */
  key: string;
  /** True when the PDF came from the cache. */
  cached: boolean;
}

export interface DocumentPrinterOptions {
  outDir: string;
  /** Where finished PDFs are kept between runs (default .cache/print/ of the project); false for none. */
  cacheDir?: string | false;
  /** Documents printed at once (default: one per core). */
  jobs?: number;
}

export class DocumentPrinter {
  readonly outDir: string;
  private readonly printer: PdfPrinter;
  private readonly cacheDir: string | false;
  private cache?: Promise<PrintCache | undefined>;

  constructor(options: DocumentPrinterOptions) {
    this.outDir = options.outDir;
    this.cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
    this.printer = new PdfPrinter({ jobs: options.jobs });
    mkdirSync(this.outDir, { recursive: true });
    installScripts(this.outDir);
  }

  /** The cache, keyed by the printer's fingerprint; the fonts are converted first when needed. */
  openCache(): Promise<PrintCache | undefined> {
    const dir = this.cacheDir;
    if (dir === false) return Promise.resolve(undefined);
    this.cache ??= printFonts().then((fonts) => new PrintCache(dir, printerFingerprint(fonts.fingerprint, pagedjsPolyfill())));
    return this.cache;
  }

  /** Writes the preview, and the PDF from the cache or printed afresh. */
  async print(document: HtmlDocument): Promise<PrintedDocument> {
    const htmlFile = join(this.outDir, `${document.stem}.html`);
    const file = `${document.stem}.pdf`;
    writeFileSync(htmlFile, document.html);
    const cache = await this.openCache();
    const key = cache?.key([document.html, JSON.stringify(document.info), JSON.stringify(document.outline ?? []), ...(document.inputs ?? [])]) ?? '';
    const hit = cache?.get(key);
    if (hit) {
      writeFileSync(join(this.outDir, file), hit.pdf);
      return { file, pages: hit.pages, pdf: hit.pdf, layout: hit.layout, key, cached: true };
    }
    const printed = await this.printer.print(htmlFile);
    const finished = await finishPdf(printed.pdf, printed.layout, document.info, document.outline ?? []);
    writeFileSync(join(this.outDir, file), finished.bytes);
    cache?.put(key, { pdf: finished.bytes, layout: printed.layout, pages: finished.pageCount });
    return { file, pages: finished.pageCount, pdf: finished.bytes, layout: printed.layout, key, cached: false };
  }

  /** How many documents are printed at once. */
  get jobs(): number {
    return this.printer.jobs;
  }

  close(): Promise<void> {
    return this.printer.close();
  }
}
