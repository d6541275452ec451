// What the handbook's search index reads: the built pages marked for it (data-pagefind-body), each
// as Pagefind should see it. `npm run build` hands Pagefind every page as Astro renders it
// (site/middleware.ts), so Pagefind, in its own process on the other core, indexes while Astro
// still renders; `npm run dev` and the tests index the pages of a folder.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';

/**
 * A page as handed to Pagefind: each paragraph's id moved onto an empty marker at its start.
 * Pagefind copies the whole text of every element with an id into that anchor, beside the page's
 * words; for a numbered paragraph (`<p id="4.1.1">`) that is the clause a second time (a quarter of
 * the page texts Pagefind writes, 2.9 MB at 1,000 standards). The marker keeps the anchor's id and
 * location (the same words, counted the same), so clause hits are unchanged: the search reads a
 * clause's text from the page's words at that location (site/scripts/search-query.ts). Headings keep
 * their id, since the ranking reads their text. The published page is not changed.
 */
export function htmlForIndex(html: string): string {
  // The HTML is our renderer's output: `<` in text and `"` in attribute values are always escaped.
  return html.replace(/<p id="([^"]*)"([^>]*)>/gu, '<p$2><span id="$1"></span>');
}

const PAGES_IN_FLIGHT = 8;

/** Whether a built page belongs in the search index (navigation pages such as search leave the marker out). */
export function isIndexed(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * Hands pages to Pagefind as they come, a few in flight: Pagefind reads one page at a time, and a
 * few queued keep it busy without holding every page in memory. The order pages arrive in is the
 * order of the index: pages of one kind together compress well (scattered in the order Pagefind's
 * own threads finish, the word index of 1,000 standards took 5.7 MB instead of 1.8 MB).
 */
export class SearchIndexFeed {
  /** Each page handed over, by its path in the output folder, with its length in bytes. */
  readonly pages: Map<string, number>;
  /** Pages this feed took (fewer than `pages` when the feeds of several parts share one record). */
  added = 0;
  private readonly inFlight: Promise<void>[] = [];
  private readonly problems: string[] = [];
  private readonly index: PagefindIndex;

  constructor(index: PagefindIndex, pages = new Map<string, number>()) {
    this.index = index;
    this.pages = pages;
  }

  /** Adds a page marked for the index; `file` is its path in the output folder (`standards/30101/index.html`). */
  async add(file: string, html: string): Promise<void> {
    if (!isIndexed(html)) return;
    if (this.pages.has(file)) throw new Error(`搜索索引：页面 ${file} 重复`);
    this.pages.set(file, Buffer.byteLength(html));
    this.added++;
    if (this.inFlight.length >= PAGES_IN_FLIGHT) await this.inFlight.shift();
    this.inFlight.push(
      this.index.addHTMLFile({ sourcePath: file, content: htmlForIndex(html) }).then((response) => {
        for (const error of response.errors) this.problems.push(`${file}：${error}`);
      }),
    );
  }

  /** Waits for Pagefind to take every page; returns how many were added. */
  async finish(): Promise<number> {
    await Promise.all(this.inFlight);
    if (this.problems.length > 0) throw new Error(`Pagefind 索引失败：${this.problems.join('；')}`);
    return this.added;
  }
}

/** The HTML files of a built site, as paths relative to it with `/`, in path order. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * Adds every page of `dir` marked for the index, in path order, so a subsystem's pages come
 * together and the index comes out the same from build to build. Returns how many were added.
 */
export async function indexPages(index: PagefindIndex, dir: string): Promise<number> {
  const feed = new SearchIndexFeed(index);
  for (const file of htmlFiles(dir)) await feed.add(file, readFileSync(join(dir, file), 'utf8'));
  return feed.finish();
}

/**
 * After the build, holds what the feed was handed to the folder Astro wrote: every page handed over
 * exists with the same length, and every page marked for the index was handed over. Returns the
 * problems found, none when the index covers exactly the published pages.
 */
export function unfedPages(fed: ReadonlyMap<string, number>, dir: string): string[] {
  const problems: string[] = [];
  const files = htmlFiles(dir);
  const written = new Set(files);
  for (const [file, bytes] of fed) {
    if (!written.has(file)) problems.push(`${file}：已编入索引，但构建结果中没有这个页面`);
    else if (statSync(join(dir, file)).size !== bytes) problems.push(`${file}：编入索引的内容与写出的页面不同`);
  }
  for (const file of files) {
    if (!fed.has(file) && isIndexed(readFileSync(join(dir, file), 'utf8'))) problems.push(`${file}：页面应编入搜索索引，但未交给索引`);
  }
  return problems;
}

/**
 * Pages per part of the built search index. Pagefind holds everything about one index in memory
 * until it writes it (1.7 GB for 1,073 pages, 8.4 GB for 5,073), and writing takes longer than the
 * pages grow (5.4 s for 1,000 pages, 15 s for 2,500, 64 s for 5,073, measured): a larger system is
 * indexed in parts of this size, each written and dropped when full, which the search page merges
 * (Pagefind's mergeIndex). The office's few hundred standards make one part.
 */
export const PAGES_PER_PART = 2000;

/** Lists the parts after the first, as folders below pagefind/; the search page merges them. */
export const PARTS_FILE = 'parts.json';

export interface SearchIndexParts {
  /** Folders below pagefind/ of the parts after the first (`part-2/`). */
  parts: string[];
}

/**
 * The handbook's search index as `npm run build` writes it into `<site>/pagefind/`: pages go to the
 * current part; a full part is written (its words, fragments and Pagefind's script for the first,
 * below `part-N/` for the others) and dropped before the next begins. Pagefind's service answers
 * one request at a time, so while a part is written the pages wait.
 */
export class PartitionedSearchIndex {
  /** Each page handed over in any part, by its path in the output folder, with its length in bytes. */
  readonly pages = new Map<string, number>();
  private readonly site: string;
  private readonly pagesPerPart: number;
  private readonly written: string[] = [];
  private current: { feed: SearchIndexFeed; index: PagefindIndex } | undefined;

  constructor(site: string, pagesPerPart = PAGES_PER_PART) {
    if (!Number.isInteger(pagesPerPart) || pagesPerPart < 1) throw new Error(`搜索索引每部分的页面数应为正整数：${pagesPerPart}`);
    this.site = site;
    this.pagesPerPart = pagesPerPart;
  }

  /** Starts Pagefind (or reports why it cannot start) before the first page arrives. */
  async open(): Promise<void> {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
    // Every part's feed records into the one map, which the build holds to the pages written.
    this.current = { feed: new SearchIndexFeed(index, this.pages), index };
  }

  async add(file: string, html: string): Promise<void> {
    if (!this.current) throw new Error('搜索索引尚未打开');
    // A full part is written only when a page for the next one comes.
    if (this.current.feed.added >= this.pagesPerPart && isIndexed(html)) {
      await this.writePart();
      await this.open();
    }
    await this.current.feed.add(file, html);
  }

  /** Writes the last part and the list of parts; returns it. */
  async finish(): Promise<SearchIndexParts> {
    await this.writePart();
    const list: SearchIndexParts = { parts: this.written.slice(1) };
    writeFileSync(join(this.site, 'pagefind', PARTS_FILE), `${JSON.stringify(list)}\n`);
    return list;
  }

  /** Stops Pagefind; after a failure, nothing more is written. */
  async close(): Promise<void> {
    this.current = undefined;
    await pagefind.close();
  }

  private async writePart(): Promise<void> {
    const { feed, index } = this.current!;
    await feed.finish();
    const folder = this.written.length === 0 ? '' : `part-${this.written.length + 1}/`;
    await index.writeFiles({ outputPath: join(this.site, 'pagefind', folder) });
    await index.deleteIndex();
    this.written.push(folder);
  }
}

/**
 * The page file Astro writes for a URL of the site (`build.format: 'directory'`): `/base/a/b/` is
 * `a/b/index.html`, `/base/404` is `404.html`. Undefined for URLs outside the base.
 */
export function pageFileFor(pathname: string, base: string): string | undefined {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = `${pathname}/`.startsWith(root) ? decodeURIComponent(pathname.slice(root.length)) : undefined;
  if (path === undefined) return undefined;
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}

/**
 * `npm run build` sets the feed for Astro's pages before Astro runs; the site's middleware, loaded
 * by Vite as a separate module instance, finds it through the global symbol registry. In `npm run
 * dev` there is none.
 */
const FEED = Symbol.for('jmxz-standards.search-feed');

interface ProvidedFeed {
  feed: { add(file: string, html: string): Promise<void> };
  base: string;
}

export function provideSearchFeed(feed: ProvidedFeed | undefined): void {
  (globalThis as Record<symbol, unknown>)[FEED] = feed;
}

export function providedSearchFeed(): ProvidedFeed | undefined {
  return (globalThis as Record<symbol, unknown>)[FEED] as ProvidedFeed | undefined;
}
