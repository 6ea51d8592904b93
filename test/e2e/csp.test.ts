/**
 * Every page type under its Content Security Policy (the page's meta tag plus the host headers from _headers, which
 * the test server sends): loading, enhancing, searching and sharing raise no securitypolicyviolation event and no
 * console error.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectProblems, launchBrowser, newContext } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** One page of each type, and what to do there once it has loaded. */
const pageTypes: [string, string][] = [
  ['home', ''],
  ['article list', 'articles/'],
  ['article', 'articles/nato-cyber-chief-russia-ransomware/'],
  ['glossary', 'glossary/'],
  ['glossary category', 'glossary/category/organisation/'],
  ['glossary term', 'glossary/shadow-fleet/'],
  ['chart page (map)', 'charts/baltic-cables/'],
  ['chart page (timeline)', 'charts/uk-cyber-timeline/'],
  ['chart page (bars)', 'charts/ms-profit/'],
  ['data', 'data/'],
  ['about', 'about/'],
  ['search with results', 'search/?q=ransomware'],
  ['embed', 'embed/uk-cyber-timeline/'],
  ['not found', 'does-not-exist/'],
];

it.each(pageTypes)('%s (/%s) raises no CSP violation', async (_type, path) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const problems = collectProblems(page);
  const response = await page.goto(baseUrl + path, { waitUntil: 'load' });
  expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  if (path.startsWith('search/')) await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
  if (await page.locator('chart-explorer').count()) await page.waitForSelector('chart-explorer[data-enhanced]');
  const share = page.locator('.chart-share summary').first();
  if (await share.isVisible()) await share.click();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  // The not-found page is served with status 404 on purpose (the browser logs that as an error too).
  expect(problems.filter((p) => !(path === 'does-not-exist/' && /HTTP 404|status of 404/.test(p)))).toEqual([]);
  await context.close();
});
