/**
 * Every built page, in a real browser: no axe WCAG 2.2 AA violations in the light and dark themes,
 * no console errors or failed requests, the main text is there with JavaScript off, and nothing makes the page scroll
 * sideways on a 320px-wide screen.
 * One tab per theme is reused across pages (a page load each, no new browser), to keep the run short on 2 cores.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { collectProblems, launchBrowser, newContext, sidewaysScroll } from '../support/browser';
import { distRoot } from '../support/paths';
import { builtPages } from '../support/site-pages';

const baseUrl = inject('baseUrl');
const pages = builtPages(distRoot);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('every page in the %s theme', (theme) => {
  let context: BrowserContext;
  let tab: Page;
  let problems: string[];
  beforeAll(async () => {
    context = await newContext(browser, { theme });
    tab = await context.newPage();
    problems = collectProblems(tab);
  });
  afterAll(async () => context?.close());

  it.each(pages)(`/%s has no axe violations and no console errors (${theme})`, async (page) => {
    problems.length = 0;
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    expect(await tab.getAttribute('html', 'data-theme')).toBe(theme);
    expect(await axeViolations(tab)).toEqual([]);
    // The 404 page is served with status 404 on purpose.
    expect(problems.filter((p) => !(page === '404.html' && p.startsWith('HTTP 404')))).toEqual([]);
  });
});

describe('every page with JavaScript off', () => {
  let context: BrowserContext;
  let tab: Page;
  beforeAll(async () => {
    context = await newContext(browser, { javaScriptEnabled: false });
    tab = await context.newPage();
  });
  afterAll(async () => context?.close());

  it.each(pages)('/%s shows its heading and main text', async (page) => {
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    const h1 = tab.locator('main h1').first();
    expect(await h1.isVisible()).toBe(true);
    expect((await h1.innerText()).trim().length).toBeGreaterThan(2);
    const text = await tab.locator('main').innerText();
    expect(text.length).toBeGreaterThan(120);
  });
});

describe('every page on a 320px-wide screen', () => {
  let context: BrowserContext;
  let tab: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    tab = await context.newPage();
  });
  afterAll(async () => context?.close());

  it.each(pages)('/%s does not scroll sideways', async (page) => {
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    expect(await sidewaysScroll(tab)).toBeLessThanOrEqual(0);
  });
});
