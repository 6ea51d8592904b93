#!/usr/bin/env node
/**
 * Screenshots for looking at pages as a reader: node test/support/screenshot.mjs DIST OUTDIR path1 path2 ...
 * Each path at 375px and 1280px wide, light and dark, full page. Not part of npm test.
 * WIDTHS=320,1280 changes the widths, HEIGHT=667 the window's height (900), FULL=0 takes the window only, and
 * FONT_PX=32 sets the browser's default font size (text-only zoom: 32 is 200%), as test/e2e/text-zoom.test.ts does;
 * SELECTOR='.bm-maps' takes the first element it matches instead of the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.mjs';

const [dist, outDir, ...paths] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ dir: dist });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const widths = (process.env.WIDTHS ?? '375,1280').split(',').map(Number);
for (const p of paths) {
  for (const width of widths) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: Number(process.env.HEIGHT ?? 900) }, colorScheme: theme });
      const page = await context.newPage();
      const fontPx = Number(process.env.FONT_PX ?? 16);
      if (fontPx !== 16) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: fontPx, fixed: Math.round(fontPx * 0.8125) } });
      }
      await page.goto(server.url + p.replace(/^\//, ''), { waitUntil: 'load' });
      const name = `${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${theme}${fontPx !== 16 ? `-font${fontPx}` : ''}.png`;
      if (process.env.SELECTOR) await page.locator(process.env.SELECTOR).first().screenshot({ path: path.join(outDir, name) });
      else await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL !== '0' });
      console.log(path.join(outDir, name));
      await context.close();
    }
  }
}
await browser.close();
await server.close();
