// The handbook served from a sub-path of an intranet server: every link stays under it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { FIXTURE_ROOT } from '../helpers.ts';
import { launchChromium } from '../../src/print/browser.ts';
import { buildHandbook } from './build-handbook.ts';
import { crawl } from './crawl.ts';
import { serve } from './static-server.ts';

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  // With printing, so the crawler also follows the links to every PDF and print preview.
  const dist = buildHandbook(FIXTURE_ROOT, { HANDBOOK_BASE: '/intranet/standards/', HANDBOOK_PRINT: '1' });
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

  it('search works below the base path', async () => {
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
