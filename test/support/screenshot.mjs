#!/usr/bin/env node
/**
 * Screenshots for looking at pages as a reader: node test/support/screenshot.mjs DIST OUTDIR path1 path2 ...
 * Each path at 375px and 1280px wide, light and dark, full page. Not part of npm test.
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
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.goto(server.url + p.replace(/^\//, ''), { waitUntil: 'load' });
      const name = `${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${theme}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL !== '0' });
      console.log(path.join(outDir, name));
      await context.close();
    }
  }
}
await browser.close();
await server.close();
