/** The theme switch works from the keyboard, is remembered across pages, and never flashes the wrong theme. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('toggles with the keyboard alone and remembers the choice on the next page', async () => {
  const { context, page, problems } = await openPage(browser, baseUrl, { theme: 'light' });
  expect(await page.getAttribute('html', 'data-theme')).toBe('light');

  // Tab from the top of the page until the toggle has focus.
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.hasAttribute('data-theme-toggle') ?? false);
  }
  expect(found).toBe(true);
  const toggle = page.locator('[data-theme-toggle]');
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await page.keyboard.press('Enter');
  expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 23, 27)');

  await page.goto(`${baseUrl}about/`, { waitUntil: 'commit' });
  // Set before first paint by the inline head script: already dark when the document starts.
  await page.waitForSelector('html[data-theme]', { state: 'attached' });
  expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
  await page.keyboard.press('Tab');
  await page.waitForLoadState('load');
  await page.locator('[data-theme-toggle]').focus();
  await page.keyboard.press('Space');
  expect(await page.getAttribute('html', 'data-theme')).toBe('light');
  expect(problems).toEqual([]);
  await context.close();
});

it('is hidden when JavaScript is off, and the system theme applies', async () => {
  const { context, page } = await openPage(browser, baseUrl, { theme: 'dark', javaScriptEnabled: false });
  expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(22, 23, 27)');
  await context.close();
});
