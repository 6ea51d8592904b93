/**
 * Headless Chromium for the browser tests, through playwright-core (which downloads no browser).
 * The browser is found at $CHROMIUM_PATH, else /usr/bin/chromium, else /usr/bin/chromium-browser.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Console errors, page errors and failed requests seen on a page; a test asserts the list is empty. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().includes('/does-not-exist')) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

/** A context in the given colour scheme (the site follows prefers-color-scheme until the reader picks a theme). */
export async function newContext(browser: Browser, options: BrowserContextOptions & { theme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  const { theme = 'light', ...rest } = options;
  return browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 }, ...rest });
}

/**
 * The usual start of a browser test: a fresh context (theme, viewport, JavaScript as given), a tab that records
 * problems (console errors, failed requests), the page loaded, and with `enhanced` the page's <chart-explorer>
 * upgraded. Close the returned context at the end.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions & { theme?: 'light' | 'dark'; enhanced?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const { enhanced = false, ...contextOptions } = options;
  const context = await newContext(browser, contextOptions);
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto(url, { waitUntil: 'load' });
  if (enhanced) await page.waitForSelector('chart-explorer[data-enhanced]');
  return { context, page, problems };
}

/** How many pixels the page scrolls sideways (0 when it fits the viewport). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export const tmpDir = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `greyzone-${name}-`));
