// The post and department pages of a built handbook list exactly the provisions that apply, and the
// 实施评价 page shows the 条款符合率 of the records; checked in Chromium, with screenshots.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/print/browser.ts';
import { edit, FIXTURE_ROOT } from '../helpers.ts';
import { buildHandbook } from './build-handbook.ts';
import { serve } from './static-server.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const COMPLAINTS = 'standards/30501-投诉处理规范.md';
let browser: Browser;
let site: { url: string; close: () => Promise<void> };
let corpus: string;

beforeAll(async () => {
  corpus = mkdtempSync(join(tmpdir(), 'posts-'));
  cpSync(FIXTURE_ROOT, corpus, { recursive: true });
  const file = join(corpus, COMPLAINTS);
  let text = readFileSync(file, 'utf8');
  text = edit(text, 'department: 督查考核科', 'department: 督查考核科\napplies-to: [投诉受理员]');
  text = edit(text, '5.2.2 回访不满意的，应按4.2重新登记并由科室负责人督办。\n', '5.2.2 回访不满意的，应按4.2重新登记并由科室负责人督办。\n\n5.2.3 窗口人员应配合回访，如实说明办理情况。\n');
  writeFileSync(file, text);
  mkdirSync(join(corpus, 'evaluations'));
  writeFileSync(
    join(corpus, 'evaluations', '2026-03-10-30501.yaml'),
    `date: 2026-03-10
inspector: 周敏
kind: 日常检查
scope: Q/JMXZ 30501
results:
  - { provision: "30501:4.2/1", result: 符合 }
  - { provision: "30501:5.1.2/1", result: 不符合, evidence: 1 件投诉第7个工作日办结 }
  - { provision: "30501:5.2.1/1", result: 符合 }
  - { provision: "30501:5.2.3/1", result: 不适用 }
`,
  );
  const dist = buildHandbook(corpus, { HANDBOOK_TODAY: '2026-11-26' });
  site = await serve(dist);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(corpus, { recursive: true, force: true });
});

async function provisionIds(path: string, screenshot: string): Promise<{ ids: string[]; total: string | null; hrefs: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(`${site.url}${path}`);
  const ids = await page.$$eval('[data-provision]', (items) => items.map((item) => item.getAttribute('data-provision')!));
  const hrefs = await page.$$eval('[data-provision] a', (links) => links.map((link) => link.getAttribute('href')!));
  const total = await page.textContent('[data-count="total"]');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${screenshot}.png`, fullPage: true });
  await page.close();
  return { ids, total, hrefs };
}

describe('post and department pages', () => {
  it('a post page lists exactly the provisions that apply to the post', async () => {
    // 4.1, 5.1.2, 5.2.1 and 5.2.2 name nobody and fall to applies-to; 4.2 is 督查考核科's; 5.2.3 窗口人员's.
    const complaints = await provisionIds(`posts/${encodeURIComponent('投诉受理员')}/`, 'post-投诉受理员');
    expect(complaints.ids).toEqual(['30501:4.1/1', '30501:5.1.2/1', '30501:5.2.1/1', '30501:5.2.2/1']);
    expect(complaints.total).toBe('4');
    expect(complaints.hrefs[1]).toBe('/standards/30501/#5.1.2');
    const window = await provisionIds(`posts/${encodeURIComponent('窗口工作人员')}/`, 'post-窗口工作人员');
    expect(window.ids.filter((id) => id.startsWith('30501:'))).toEqual(['30501:5.2.3/1']);
  });

  it("a department page adds its posts' provisions to its own", async () => {
    const inspection = await provisionIds(`departments/${encodeURIComponent('督查考核科')}/`, 'department-督查考核科');
    expect(inspection.ids).toEqual(['30501:4.1/1', '30501:4.2/1', '30501:5.1.2/1', '30501:5.2.1/1', '30501:5.2.2/1']);
  });

  it('the 实施评价 page shows the 条款符合率 of the records and flags the standard under 90%', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${site.url}evaluation/`);
    // 2 符合 of 3 checked (不适用 not counted): 66.7%.
    expect(await page.textContent('section.period[data-period="all"] [data-rate="total"]')).toBe('66.7%');
    expect(await page.getAttribute('section.period[data-period="all"] tr[data-standard="30501"]', 'class')).toBe('below-target');
    await page.selectOption('#period-select', '2026-Q1');
    expect(await page.isVisible('section.period[data-period="2026-Q1"]')).toBe(true);
    expect(await page.isVisible('section.period[data-period="all"]')).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}evaluation.png`, fullPage: true });
    await page.close();
  });
});
