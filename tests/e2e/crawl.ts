// Follows every link from the start page in a real browser and reports links whose page or
// anchor does not exist, any link that leaves the site, and pages wider than the viewport.
import type { Browser } from 'playwright-core';

export async function crawl(browser: Browser, start: string, viewport = { width: 1280, height: 900 }): Promise<{ pages: number; visited: string[]; broken: string[]; wide: string[] }> {
  const page = await browser.newPage({ viewport });
  const wide: string[] = [];
  const origin = new URL(start).origin;
  const queue = [start];
  const ids = new Map<string, Set<string> | null>();
  const links: { from: string; to: string }[] = [];
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (ids.has(url)) continue;
    // Downloads (CSV, XLSX, PDF) are fetched; pages are opened in the browser.
    if (!new URL(url).pathname.endsWith('/')) {
      const download = await page.request.get(url);
      ids.set(url, download.ok() ? new Set() : null);
      continue;
    }
    const response = await page.goto(url);
    if (!response?.ok()) {
      ids.set(url, null);
      continue;
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > viewport.width) wide.push(`${url}（${scrollWidth} px）`);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      // SVG links (the structure diagram) have no string .href, so resolve the attribute.
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
    }));
    ids.set(url, new Set(found.ids));
    for (const href of found.hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) {
        broken.push(`${url} → ${href}（站外链接）`);
        continue;
      }
      links.push({ from: url, to: href });
      const pageUrl = `${target.origin}${target.pathname}`;
      if (!ids.has(pageUrl) && !queue.includes(pageUrl)) queue.push(pageUrl);
    }
  }
  for (const { from, to } of links) {
    const target = new URL(to);
    const targetIds = ids.get(`${target.origin}${target.pathname}`);
    if (!targetIds) broken.push(`${from} → ${to}（页面不存在）`);
    else if (target.hash && !targetIds.has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${from} → ${to}（锚点不存在）`);
  }
  await page.close();
  return { pages: ids.size, visited: [...ids.keys()].filter((url) => ids.get(url)), broken, wide };
}
