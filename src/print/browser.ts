// Chromium, driven by playwright-core, paginates a print document with Paged.js and prints it.
// Only Debian's /usr/bin/chromium is used; nothing ever downloads a browser.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
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
 * times at once: up to `jobs` documents are laid out in parallel, each in a browser context of its
 * own (so in its own renderer process, on its own core); the others wait for a free one. Each
 * context keeps one page and prints document after document in it: a new page costs a new
 * renderer process and a fresh font cache every time.
 */
export class PdfPrinter {
  private browser?: Promise<Browser>;
  private readonly timeoutMs: number;
  readonly jobs: number;
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page | undefined) => void)[] = [];
  private pages = 0;

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

  private async acquire(): Promise<Page> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.pages < this.jobs) {
      this.pages += 1;
      try {
        return await (await (await this.open()).newContext()).newPage();
      } catch (error) {
        this.pages -= 1;
        throw error;
      }
    }
    const handed = await new Promise<Page | undefined>((resolve) => this.waiting.push(resolve));
    return handed ?? this.acquire();
  }

  private release(page: Page): void {
    const next = this.waiting.shift();
    if (next) next(page);
    else this.idle.push(page);
  }

  /** A page whose document failed is not used again: the next print gets a fresh context. */
  private async discard(page: Page): Promise<void> {
    this.pages -= 1;
    await page
      .context()
      .close()
      .catch(() => undefined);
    this.waiting.shift()?.(undefined);
  }

  /** Prints an HTML file that loads Paged.js and print-runtime.js from its own folder. */
  async print(htmlFile: string): Promise<PrintedPdf> {
    const page = await this.acquire();
    const errors: string[] = [];
    const onError = (error: Error): void => {
      errors.push(error.message);
    };
    page.on('pageerror', onError);
    try {
      await page.goto(pathToFileURL(htmlFile).href);
      // Checked on every frame: Paged.js lays out in animation frames, so nothing waits longer than one.
      await page.waitForFunction('window.printLayout !== undefined', undefined, { timeout: this.timeoutMs, polling: 'raf' }).catch((error: unknown) => {
        throw new Error(errors.length > 0 ? `排版脚本出错：${errors.join('；')}` : `排版超时：${String(error)}`);
      });
      const layout = (await page.evaluate('window.printLayout')) as PageLayout;
      // Tagged: Chromium writes the structure tree (headings, tables, lists, reading order).
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true });
      page.off('pageerror', onError);
      this.release(page);
      return { pdf, layout };
    } catch (error) {
      page.off('pageerror', onError);
      await this.discard(page);
      throw error;
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.pages = 0;
    for (const waiting of this.waiting.splice(0)) waiting(undefined);
    if (browser) await (await browser.catch(() => undefined))?.close();
  }
}
