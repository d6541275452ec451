// Chromium, driven by playwright-core, paginates a print document with Paged.js and prints it.
// Only Debian's /usr/bin/chromium is used; nothing ever downloads a browser.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { printFonts } from './fonts.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Debian's Chromium with the flags this closed network needs (shared by printing and the browser tests). */
export function launchChromium(env?: Record<string, string>): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...(env ? { env: { ...process.env, ...env } as Record<string, string> } : {}) });
}

/** Documents printed at once: one per core (PRINT_JOBS to change), each in a browser context of its own. */
export function printJobs(): number {
  const given = Number(process.env.PRINT_JOBS);
  return Number.isInteger(given) && given > 0 ? given : Math.max(1, Math.min(4, availableParallelism()));
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

/**
 * One Chromium for a print run, with the converted fonts (fonts.ts). `print` may be called many
 * times at once: up to `jobs` documents are laid out in parallel, each in its own browser context
 * (so in its own renderer process, on its own core); the others wait for a free one.
 */
export class PdfPrinter {
  private browser?: Promise<Browser>;
  private readonly timeoutMs: number;
  readonly jobs: number;
  private readonly idle: BrowserContext[] = [];
  private readonly waiting: ((context: BrowserContext | undefined) => void)[] = [];
  private contexts = 0;

  constructor(options: { jobs?: number; timeoutMs?: number } = {}) {
    this.jobs = options.jobs ?? printJobs();
    this.timeoutMs = options.timeoutMs ?? 120_000;
  }

  private async open(): Promise<Browser> {
    this.browser ??= printFonts().then((fonts) => launchChromium(fonts.env));
    const browser = await this.browser.catch((error: unknown) => {
      this.browser = undefined;
      throw error;
    });
    return browser;
  }

  private async acquire(): Promise<BrowserContext> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.contexts < this.jobs) {
      this.contexts += 1;
      try {
        return await (await this.open()).newContext();
      } catch (error) {
        this.contexts -= 1;
        throw error;
      }
    }
    const handed = await new Promise<BrowserContext | undefined>((resolve) => this.waiting.push(resolve));
    return handed ?? this.acquire();
  }

  private release(context: BrowserContext): void {
    const next = this.waiting.shift();
    if (next) next(context);
    else this.idle.push(context);
  }

  /** Prints an HTML file that loads Paged.js and print-runtime.js from its own folder. */
  async print(htmlFile: string): Promise<PrintedPdf> {
    const context = await this.acquire();
    try {
      const page = await context.newPage();
      try {
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(pathToFileURL(htmlFile).href);
        await page.waitForFunction('window.printLayout !== undefined', undefined, { timeout: this.timeoutMs, polling: 100 }).catch((error: unknown) => {
          throw new Error(errors.length > 0 ? `排版脚本出错：${errors.join('；')}` : `排版超时：${String(error)}`);
        });
        const layout = (await page.evaluate('window.printLayout')) as PageLayout;
        // Tagged: Chromium writes the structure tree (headings, tables, lists, reading order).
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
        return { pdf, layout };
      } finally {
        await page.close();
      }
    } finally {
      this.release(context);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.contexts = 0;
    for (const waiting of this.waiting.splice(0)) waiting(undefined);
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
