/**
 * The Data page in a real browser: readable with JavaScript off, no sideways scroll at 320px (nor on a dataset's
 * records page), the data dictionaries open from the keyboard, every download is served, and nothing logs an error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, sidewaysScroll } from '../support/browser';

const baseUrl = inject('baseUrl');
const dataPage = `${baseUrl}data/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the Data page', () => {
  it('lists every dataset with its downloads with JavaScript off', async () => {
    const { context, page } = await openPage(browser, dataPage, { javaScriptEnabled: false });
    const headings = await page.locator('section.dataset h2').allInnerTexts();
    expect(headings).toHaveLength(8);
    expect(headings.at(-1)).toBe('Charts');
    expect(await page.locator('section.dataset a[download]').count()).toBeGreaterThanOrEqual(14);
    expect(await page.getByText('Left out:', { exact: false }).first().isVisible()).toBe(true);
    await context.close();
  });

  it.each([320, 375, 1280])('does not scroll sideways at %ipx, even with every dictionary open', async (width) => {
    const { context, page, problems } = await openPage(browser, dataPage, { viewport: { width, height: 900 } });
    await page.locator('details.dictionary').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const scroll = await sidewaysScroll(page);
    expect(scroll).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([320, 1280])('a dataset\'s records page does not scroll sideways at %ipx, with every source list open', async (width) => {
    const { context, page, problems } = await openPage(browser, `${baseUrl}data/baltic-incidents/`, { viewport: { width, height: 900 } });
    await page.locator('.records details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await sidewaysScroll(page)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a data dictionary from the keyboard, and reaches a dataset\'s records', async () => {
    const { context, page } = await openPage(browser, dataPage);
    const details = page.locator('#ms-financials details.dictionary');
    // Start just before the dictionary (the element before it, made focusable for the test), then Tab into it.
    await details.evaluate((d) => {
      const before = d.previousElementSibling as HTMLElement;
      before.setAttribute('tabindex', '-1');
      before.focus();
    });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('#ms-financials details.dictionary > summary'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator('tbody th code').first().isVisible()).toBe(true);
    await page.locator('#ms-financials a[data-records-link]').click();
    await page.waitForURL(/\/data\/ms-financials\/$/);
    expect(await page.locator('.records > li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('serves every download it links to, as JSON or CSV', async () => {
    const { context, page } = await openPage(browser, dataPage);
    const hrefs = await page.locator('a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThanOrEqual(14 + 6);
    for (const href of hrefs) {
      const res = await page.request.get(href);
      expect(res.status(), href).toBe(200);
      const body = await res.text();
      if (href.endsWith('.json')) expect(() => JSON.parse(body), href).not.toThrow();
      else expect(body.split('\r\n')[0], href).toMatch(/^[a-z_0-9]+(,[a-z_0-9]+)+$/);
    }
    await context.close();
  });
});
