// A draft's handbook page shows its consultation (from the record beside Q/JMXZ 30206): deadline,
// units asked and answered, the comments per clause in the order of the text, with their answers.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/print/browser.ts';
import { buildHandbook } from './build-handbook.ts';
import { serve } from './static-server.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

let browser: Browser;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  site = await serve(buildHandbook(REPO, { HANDBOOK_TODAY: '2026-12-01' }));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("consultation on a draft's page", () => {
  it('shows the round, the units and every comment at its clause with its answer', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}standards/30206/`);
    const section = page.locator('#征求意见');
    await expect(section.locator('h3').textContent()).resolves.toBe('第1轮：2026-11-16 发出，2026-11-30 截止');
    const text = await section.textContent();
    expect(text).toContain('征求 5 个单位，3 个已回复。收到 3 个单位的 5 条意见，采纳 1 条，部分采纳 1 条，未采纳 1 条，待定 2 条。');
    const units = await section.locator('.consultation-units tbody tr').evaluateAll((rows) => rows.map((row) => row.textContent));
    expect(units).toContain('督查考核科逾期未回复，视为无意见');
    expect(units).toContain('业务协调科2026-11-24 回复');
    const clauses = await section.locator('.consultation-clause h4').allTextContents();
    expect(clauses).toEqual(['4.2.3', '5.1.2', '5.3.1', '5.3.3', '6.1.3']);
    // Each clause heading leads to the clause in the text above.
    for (const clause of clauses) expect(await page.locator(`[id="${clause}"]`).count()).toBe(1);
    const rejected = section.locator('.consultation-rejected');
    expect(await rejected.textContent()).toContain('未采纳　故障多在下午发生');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await section.screenshot({ path: `${SCREENSHOTS}consultation-30206.png` });
    await page.close();
  });

  it('a standard without a consultation record shows none', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}standards/20403/`);
    expect(await page.locator('#征求意见').count()).toBe(0);
    await page.close();
  });
});
