/**
 * Search in the browser: the header field opens on "/" and takes the reader to results with the keyboard alone;
 * articles, glossary terms and chart titles and subtitles are found (what the index holds: test/build/search-index.test.ts); Pagefind's code and index load only once a reader searches;
 * the page passes axe with results showing in both themes; without JavaScript it says so and links elsewhere.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchBrowser, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every request the page makes for Pagefind's files. */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/pagefind/')) seen.push(req.url());
  });
  return seen;
}

const resultLinks = (page: Page) => page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

describe('search', () => {
  it('"/" focuses the header field; typing and Enter show results, keyboard only', async () => {
    const { context, page, problems } = await openPage(browser, `${baseUrl}articles/`);
    const requests = pagefindRequests(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('shadow fleet');
    // Nothing of search is fetched while the reader is still on another page.
    expect(requests).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=shadow\+fleet/);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    expect(await resultLinks(page)).toContain('/glossary/shadow-fleet/');
    expect(await page.locator('[data-search-status]').innerText()).toMatch(/^\d+ results? for “shadow fleet”/);
    // From the search field, Tab reaches the first result.
    await page.locator('#search-q').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads Pagefind only when the reader starts typing, and finds a chart by its title', async () => {
    const { context, page, problems } = await openPage(browser, `${baseUrl}search/`);
    const requests = pagefindRequests(page);
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    await page.locator('#search-q').focus();
    await page.keyboard.type('loan guarantee');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    expect(requests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const links = await resultLinks(page);
    expect(links).toContain('/charts/uk-cyber-timeline/');
    expect(await page.locator('[data-search-results] li').first().locator('.result-kind').innerText()).toMatch(/\S/);
    expect(page.url()).toContain('?q=loan+guarantee');
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with results showing (%s)', async (theme) => {
    const { context, page, problems } = await openPage(browser, `${baseUrl}search/?q=cable`, { theme });
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript says search needs it and links to the article list and the glossary', async () => {
    const { context, page } = await openPage(browser, `${baseUrl}search/?q=cable`, { javaScriptEnabled: false });
    const note = page.locator('[data-search-nojs]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toMatch(/needs JavaScript/);
    const hrefs = await note.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/articles/', '/glossary/']);
    expect(await page.locator('[data-search-form]').isVisible()).toBe(false);
    await context.close();
  });
});
