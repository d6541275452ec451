// The handbook as staff use it, in headless Chromium on the built sample corpus: search, filters,
// every link and anchor, lifecycle banners, no requests leaving the site, screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/print/browser.ts';
import { buildHandbook } from './build-handbook.ts';
import { crawl } from './crawl.ts';
import { rulePath, ruleUrl } from '../../src/check/rule-url.ts';
import { RULES } from '../../src/check/rules/index.ts';
import { serve } from './static-server.ts';
import { readOfficeParts } from '../../src/consult/safe-zip.ts';
import { readWorkbook } from '../../src/consult/read-xlsx.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let dist: string;

beforeAll(async () => {
  dist = buildHandbook(REPO);
  site = await serve(dist);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function search(page: Page, query: string): Promise<{ title: string; url: string; subResults: string[] }[]> {
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results[data-ready]', { timeout: 15_000 });
  return page.$$eval('.search-result', (results) =>
    results.map((result) => ({
      title: `${result.querySelector('.result-code')?.textContent ?? ''} ${result.querySelector('.result-title')?.textContent?.trim() ?? ''}`,
      url: result.querySelector<HTMLAnchorElement>('.result-link')?.href ?? '',
      subResults: [...result.querySelectorAll<HTMLAnchorElement>('.result-clause-link')].map((a) => a.href),
    })),
  );
}

describe('handbook search', () => {
  it.each([
    ['容缺受理', '容缺受理规程', '/standards/30204/'],
    ['首问责任人', '首问负责制规范', '/standards/30102/'],
    ['投诉', '投诉处理规范', '/standards/30501/'],
    ['廉政风险', '廉政风险防控规范', '/standards/20801/'],
  ])('"%s" finds %s with links to its clauses', async (query, title, path) => {
    const page = await browser.newPage();
    const results = await search(page, query);
    const hit = results.slice(0, 3).find((r) => r.title.includes(title));
    expect(hit, JSON.stringify(results.slice(0, 3))).toBeDefined();
    expect(new URL(hit!.url).pathname).toBe(path);
    expect(hit!.subResults.length).toBeGreaterThan(0);
    for (const sub of hit!.subResults) expect(new URL(sub).hash).toMatch(/^#/u);
    await page.close();
  });

  it('goes straight to a standard given its code number', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=30102`);
    await page.waitForURL(/\/standards\/30102\/$/u);
    await expect(page.textContent('.standard-code')).resolves.toContain('Q/JMXZ 30102');
    await page.close();
  });

  it("goes straight to a cited national standard's entry given its code", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('GB/T 36113')}`);
    await page.waitForURL(/\/external\/#GB-T-36113/u);
    await expect(page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`).textContent()).resolves.toContain('GB/T 36113');
    await page.close();
  });
});

describe('handbook pages', () => {
  it('every internal link and anchor on every page resolves, and no page is wider than a 390 px phone', async () => {
    const { pages, visited, broken, wide } = await crawl(browser, site.url, { width: 390, height: 844 });
    expect(pages).toBeGreaterThan(50);
    expect(broken).toEqual([]);
    expect(wide).toEqual([]);
    // From the home page, the navigation leads to every rule's page.
    for (const rule of RULES) expect(visited).toContain(`${site.url}${rulePath(rule.id)}`);
  }, 300_000);

  it("a diagnostic's URL opens its rule page, with the rule's examples and what it reports on them", async () => {
    const page = await browser.newPage();
    await page.goto(ruleUrl('code-format', { HANDBOOK_URL: site.url }));
    expect(await page.textContent('h1')).toBe('code-format');
    expect(await page.locator('.rule-example-invalid').count()).toBe(RULES.find((r) => r.id === 'code-format')!.examples.invalid.length);
    expect(await page.textContent('.rule-example-invalid .example-diagnostics')).toContain('第 2 行第 7 列');
    // Examples with a body are shown as the handbook shows standards.
    expect(await page.locator('.example-rendered h2').first().textContent()).toContain('要求');
    await page.close();
  });

  it('a superseded standard shows its successor, and the undated address shows the current edition', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}standards/30101/2019/`);
    const banner = page.locator('.banner-superseded');
    await expect(banner.textContent()).resolves.toContain('Q/JMXZ 30101—2025');
    await banner.locator('a').click();
    await page.waitForURL(/\/standards\/30101\/$/u);
    await expect(page.textContent('.standard-code')).resolves.toContain('Q/JMXZ 30101—2025');
    await page.close();
  });

  it('a revised standard shows its changes against the previous edition, and its git history', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}standards/30501/`);
    const items = await page.locator('.edition-changes .change-list > li summary').allTextContents();
    expect(items.length).toBeGreaterThan(5);
    expect(items.some((text) => /^(更改|增加|删除)了.*（.*2020年版的/u.test(text))).toBe(true);
    await page
      .locator('.edition-changes details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await expect(page.locator('.edition-changes .clause-diff').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.history tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('cross-references lead to the clause in the other standard', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}standards/30501/`);
    const link = page.locator('.standard-text a.ref[href*="/standards/30502/#"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(/\/standards\/30502\/#/u);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(href).toContain(encodeURI(id).length > 0 ? '#' : '');
    await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    await page.close();
  });

  it('draft, withdrawn and not-yet-effective standards carry a banner', async () => {
    const page = await browser.newPage();
    for (const [path, selector] of [
      ['standards/30206/', '.banner-draft'],
      ['standards/20704/', '.banner-withdrawn'],
      ['standards/30203/', '.banner-upcoming'],
    ] as const) {
      await page.goto(`${site.url}${path}`);
      await expect(page.locator(selector).count(), path).resolves.toBe(1);
    }
    await page.close();
  });

  it('makes no request outside the site', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const path of ['', 'system/', 'terms/', 'external/', 'standards/30202/', 'search/?q=%E7%AA%97%E5%8F%A3']) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    }
    const origin = new URL(site.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('takes screenshots of the home, the system table and a standard at desktop and phone width', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const [name, width, height] of [
      ['desktop', 1280, 900],
      ['phone', 390, 844],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      for (const [label, path] of [
        ['home', ''],
        ['system', 'system/'],
        ['standard', 'standards/30204/'],
      ] as const) {
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${label} at ${width}px scrolls sideways`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: `${SCREENSHOTS}${label}-${name}.png` });
      }
      await page.close();
    }
  });
});

describe('the downloads the build writes', () => {
  it.each([
    ['system/system-table.xlsx', '标准明细表'],
    ['review/review-register.xlsx', undefined],
  ])('%s is a whole workbook, as written', async (file, sheet) => {
    const sheets = readWorkbook(await readOfficeParts(readFileSync(join(dist, file))));
    expect(sheets.size).toBeGreaterThan(0);
    if (sheet) expect([...sheets.keys()]).toContain(sheet);
    expect([...sheets.values()][0]!.length).toBeGreaterThan(1);
  });
});
