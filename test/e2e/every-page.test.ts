/**
 * Every built page, in a real browser: no axe WCAG 2.2 AA violations in the light and dark themes,
 * no console errors or failed requests, and the main text is there with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { collectProblems, launchBrowser, newContext } from '../support/browser';
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
  it.each(pages)(`/%s has no axe violations and no console errors (${theme})`, async (page) => {
    const context = await newContext(browser, { theme });
    const tab = await context.newPage();
    const problems = collectProblems(tab);
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    expect(await tab.getAttribute('html', 'data-theme')).toBe(theme);
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems.filter((p) => !(page === '404.html' && p.startsWith('HTTP 404')))).toEqual([]);
    await context.close();
  });
});

describe('every page with JavaScript off', () => {
  it.each(pages)('/%s shows its heading and main text', async (page) => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    await expect(tab.locator('main h1').first()).toBeDefined();
    const h1 = await tab.locator('main h1').first().innerText();
    expect(h1.trim().length).toBeGreaterThan(2);
    const text = await tab.locator('main').innerText();
    expect(text.length).toBeGreaterThan(200);
    await context.close();
  });
});
