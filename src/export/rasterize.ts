// SVG figures go into Word as SVG with a PNG fallback (Word processors without SVG show the PNG);
// the PNG is drawn by the project's Chromium.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../print/browser.ts';

/** A rasterizer sharing one browser; call close() when done. */
export class SvgRasterizer {
  private browser?: Browser;

  async rasterize(svg: Buffer): Promise<{ png: Buffer; width: number; height: number }> {
    this.browser ??= await launchChromium();
    const page = await this.browser.newPage({ deviceScaleFactor: 2 });
    try {
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:#fff"><img id="figure" src="data:image/svg+xml;base64,${svg.toString('base64')}"></body></html>`);
      const image = page.locator('#figure');
      await image.waitFor();
      const box = await image.boundingBox();
      if (!box || box.width === 0) throw new Error('SVG 图无法显示');
      const png = await image.screenshot({ type: 'png' });
      return { png, width: Math.round(box.width), height: Math.round(box.height) };
    } finally {
      await page.close();
    }
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = undefined;
  }
}
