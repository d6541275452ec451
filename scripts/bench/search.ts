// The handbook's search at scale: the size of the Pagefind index a build wrote, and the time from
// opening the search page with ?q= to the first results shown, in Chromium, each query in a fresh
// browser context (nothing cached). Usage: node scripts/bench/search.ts <built dist/>
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../src/print/browser.ts';
// The same minimal static server the browser tests use.
import { serve } from '../../tests/e2e/static-server.ts';

const QUERIES = ['投诉怎么处理', '午间延时服务', '材料不全怎么办', '满意度评价', '请假', '首问责任人', '廉政风险点', '排队人太多怎么办'];

function folderSize(path: string): number {
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => sum + (entry.isDirectory() ? folderSize(join(path, entry.name)) : statSync(join(path, entry.name)).size), 0);
}

const dist = process.argv[2];
if (!dist) throw new Error('用法：node scripts/bench/search.ts <dist 目录>');
const site = await serve(dist);
const browser = await launchChromium();
const times: number[] = [];
let transferred = 0;
for (const query of QUERIES) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', (response) => {
    if (response.url().includes('/pagefind/'))
      void response.body().then(
        (body) => {
          bytes += body.length;
        },
        () => undefined,
      );
  });
  const started = performance.now();
  await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results[data-ready]', { timeout: 120_000 });
  times.push(performance.now() - started);
  await page.waitForLoadState('networkidle');
  transferred += bytes;
  await context.close();
}
await browser.close();
await site.close();
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
console.log(
  JSON.stringify({
    task: 'search',
    ms: median,
    indexBytes: folderSize(join(dist, 'pagefind')),
    slowestMs: sorted.at(-1),
    queries: QUERIES.length,
    pagefindBytesPerQuery: Math.round(transferred / QUERIES.length),
  }),
);
