// Chromium, driven by playwright-core, paginates a print document with Paged.js and prints it.
// Only Debian's /usr/bin/chromium is used; nothing ever downloads a browser.
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium with the flags this closed network needs (shared by printing and the browser tests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What print-runtime.js reports once Paged.js has laid out every page. */
export interface PageLayout {
  pages: { folio: string; style: 'none' | 'roman' | 'arabic' | 'blank'; height: number }[];
  /** Every element with an id: its page (0-based) and its distance from the page top in CSS px. */
  anchors: Record<string, { page: number; top: number }>;
}

export interface PrintedPdf {
  pdf: Uint8Array;
  layout: PageLayout;
}

export class PdfPrinter {
  private browser?: Browser;
  private readonly timeoutMs: number;

  constructor(timeoutMs = 120_000) {
    this.timeoutMs = timeoutMs;
  }

  private async open(): Promise<Browser> {
    if (!this.browser?.isConnected()) {
      this.browser = await launchChromium();
    }
    return this.browser;
  }

  /** Prints an HTML file that loads Paged.js and print-runtime.js from its own folder. */
  async print(htmlFile: string): Promise<PrintedPdf> {
    const browser = await this.open();
    const page = await browser.newPage();
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(htmlFile).href);
      await page.waitForFunction('window.printLayout !== undefined', undefined, { timeout: this.timeoutMs, polling: 100 })
        .catch((error: unknown) => {
          throw new Error(errors.length > 0 ? `排版脚本出错：${errors.join('；')}` : `排版超时：${String(error)}`);
        });
      const layout = await page.evaluate('window.printLayout') as PageLayout;
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      return { pdf, layout };
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = undefined;
  }
}
