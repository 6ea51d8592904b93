/**
 * The site built under /grey-zone/ (dist-subpath/), end to end in the browser: pages and their assets, an enhanced
 * chart, search (its code, index and result links), the feed and sitemap, an embed page, downloads and cards all
 * answer under the sub-path, and nothing is requested outside it.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectProblems, launchBrowser, newContext, openPage } from '../support/browser';
import { distSubpath, subpathBase } from '../support/paths';
import { startStaticServer } from '../support/static-server.mjs';

let browser: Browser;
let server: { url: string; close: () => Promise<unknown> };
let origin = '';
beforeAll(async () => {
  if (!fs.existsSync(`${distSubpath}/index.html`)) throw new Error('No sub-path build: npm test builds dist-subpath/ first');
  server = (await startStaticServer({ dir: distSubpath, base: subpathBase })) as typeof server;
  origin = new URL(server.url).origin;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and records every request, to check that all stay under the base path. */
async function visit(path: string, options: { enhanced?: boolean } = {}) {
  const opened = await openPage(browser, `${server.url}${path}`, options);
  return opened;
}

describe('under /grey-zone/', () => {
  it.each(['', 'articles/', 'articles/baltic-sea-cable-incidents/', 'glossary/', 'glossary/shadow-fleet/', 'data/', 'about/'])(
    '/grey-zone/%s loads with every asset under the sub-path',
    async (path) => {
      const requests: string[] = [];
      const context = await newContext(browser);
      const page = await context.newPage();
      const problems = collectProblems(page);
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      expect(requests.filter((u) => u.startsWith(origin) && !u.startsWith(`${origin}${subpathBase}`))).toEqual([]);
      for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
        expect(href.startsWith(subpathBase), href).toBe(true);
      }
      await context.close();
    },
  );

  it('a chart page enhances, and its downloads and card answer', async () => {
    const { context, page, problems } = await visit('charts/uk-cyber-timeline/', { enhanced: true });
    for (const href of await page.locator('.chart-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      if (!href.endsWith('.csv') && !href.endsWith('.json')) continue;
      expect(href.startsWith(`${subpathBase}charts/`)).toBe(true);
      expect((await page.request.get(origin + href)).status(), href).toBe(200);
    }
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(card).toBe('https://greyzone.example/grey-zone/cards/charts/uk-cyber-timeline.png');
    expect((await page.request.get(`${server.url}cards/charts/uk-cyber-timeline.png`)).status()).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('search finds pages and links to them under the sub-path', async () => {
    const { context, page, problems } = await visit('articles/');
    await page.keyboard.press('/');
    await page.keyboard.type('shadow fleet');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/grey-zone\/search\/\?q=/);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] li').length > 0);
    const links = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toContain('/grey-zone/glossary/shadow-fleet/');
    await page.locator('[data-search-results] a[href="/grey-zone/glossary/shadow-fleet/"]').click();
    await page.waitForURL(/\/grey-zone\/glossary\/shadow-fleet\/$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the feed, sitemap and robots.txt answer, and name addresses under the sub-path', async () => {
    const { context, page } = await visit('');
    const feed = await (await page.request.get(`${server.url}rss.xml`)).text();
    const links = [...feed.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(3);
    for (const l of links) {
      expect(l.startsWith('https://greyzone.example/grey-zone/')).toBe(true);
      expect((await page.request.get(l.replace('https://greyzone.example', origin))).status(), l).toBe(200);
    }
    expect(await (await page.request.get(`${server.url}robots.txt`)).text()).toContain('Sitemap: https://greyzone.example/grey-zone/sitemap-index.xml');
    expect((await page.request.get(`${server.url}sitemap-index.xml`)).status()).toBe(200);
    await context.close();
  });

  it('an embed page loads with its chart and links back under the sub-path', async () => {
    const { context, page, problems } = await visit('embed/ms-profit/');
    expect((await page.locator('h1').innerText()).trim()).toBe((await page.title()).replace(/ \| Grey Zone$/, ''));
    expect(await page.locator('.embed-foot a').getAttribute('href')).toBe('https://greyzone.example/grey-zone/charts/ms-profit/');
    expect(problems).toEqual([]);
    await context.close();
  });
});
