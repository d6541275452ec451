// The handbook served from a sub-path of an intranet server: every link stays under it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIXTURE_ROOT } from '../helpers.ts';
import { launchChromium } from '../../src/print/browser.ts';
import { buildHandbook } from './build-handbook.ts';
import { crawl } from './crawl.ts';
import { serve } from './static-server.ts';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let dist: string;

/** The pages each part of the search index holds, by the part's folder below pagefind/ ('' for the first). */
function pagesByPart(): Map<string, string[]> {
  const { parts } = JSON.parse(readFileSync(join(dist, 'pagefind', 'parts.json'), 'utf8')) as { parts: string[] };
  return new Map(
    ['', ...parts].map((part) => {
      const dir = join(dist, 'pagefind', part, 'fragment');
      const urls = readdirSync(dir).map(
        (file) =>
          (
            JSON.parse(
              gunzipSync(readFileSync(join(dir, file)))
                .toString('utf8')
                .replace(/^pagefind_dcd/u, ''),
            ) as { url: string }
          ).url,
      );
      return [part, urls];
    }),
  );
}

beforeAll(async () => {
  // With printing, so the crawler also follows the links to every PDF and print preview. The index
  // in parts of 40 pages, as a large system's would be: the standards' pages come in the second.
  dist = buildHandbook(FIXTURE_ROOT, { HANDBOOK_BASE: '/intranet/standards/', HANDBOOK_PRINT: '1', HANDBOOK_SEARCH_PART_PAGES: '40' });
  site = await serve(dist, '/intranet/standards/');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('handbook under a base path', () => {
  it('resolves every link and anchor below the base path', async () => {
    const { pages, broken } = await crawl(browser, site.url);
    expect(pages).toBeGreaterThan(8);
    expect(broken).toEqual([]);
  });

  it('search works below the base path, across the parts of the index', async () => {
    const parts = pagesByPart();
    expect([...parts.values()].map((urls) => urls.length)).toEqual([40, expect.any(Number)]);
    expect(parts.get('part-2/')).toContain('/standards/30501/');
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('回访')}`);
    await page.waitForSelector('#search-results[data-ready]', { timeout: 15_000 });
    const href = await page.getAttribute('.search-result .result-link', 'href');
    expect(href).toMatch(/^\/intranet\/standards\/standards\/30501\//u);
    // Codes lead below the base path too.
    await page.goto(`${site.url}search/?q=30501`);
    await page.waitForURL((url) => url.pathname === '/intranet/standards/standards/30501/');
    await page.close();
  });
});
