/**
 * What a screen-reader user hears, read from Chromium's accessibility tree (test/support/accessibility.ts): the text
 * read straight through an article and a chart, and the computed names, descriptions and states of links and marks.
 * axe checks that names exist; these tests check what they say and that nothing is said twice.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibleAll, readThrough } from '../support/accessibility';
import { launchBrowser, openPage } from '../support/browser';
import { builtChartPages, builtLeadArticle } from '../support/paths';

const baseUrl = inject('baseUrl');
const leadArticle = builtLeadArticle();
const chartPages = builtChartPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('glossary terms in running text', () => {
  it('read once, as the link and its description, never inside the sentence', async () => {
    const { context, page } = await openPage(browser, baseUrl + leadArticle);
    const terms = await accessibleAll(page, 'main a[data-term]');
    expect(terms.length).toBeGreaterThan(3);
    const reading = await readThrough(page, 'main');
    const heard = reading.text.join(' ');
    for (const term of terms) {
      expect(term.role).toBe('link');
      // The definition is the link's description...
      expect(term.description).toMatch(/^Glossary: \S.{10,}/);
      // ...and is not also read in the middle of the sentence.
      const definition = term.description.replace(/^Glossary: /, '');
      expect(heard, `"${term.name}": its definition is read inside the sentence`).not.toContain(definition);
    }
    expect(heard).not.toContain('Glossary: ');
    await context.close();
  });
});

describe('each chart', () => {
  it.each([leadArticle, ...chartPages])('on /%s has its long description read exactly once, and nothing else long twice', async (url) => {
    for (const width of [1280, 375]) {
      const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width, height: 900 } });
      if (await page.locator('chart-explorer').count()) await page.waitForSelector('chart-explorer[data-enhanced]');
      const charts = await page.locator('figure[data-chart]').evaluateAll((figs) =>
        figs.map((f) => document.getElementById(`chart-${f.getAttribute('data-chart')}-desc`)?.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const [i, description] of charts.entries()) {
        expect(description.length, `${url}, chart ${i + 1}: no long description`).toBeGreaterThan(60);
        const reading = await readThrough(page, 'figure[data-chart]', i);
        const said = [...reading.text, ...reading.described.map((d) => d.description)];
        expect(said.filter((t) => t === description), `${url} at ${width}px, chart ${i + 1}: times the description is read`).toHaveLength(1);
        // (The graphic is named by the chart's title, as the frame's contract says: the title may be heard twice.)
        const title = await page.locator('figure[data-chart]').nth(i).locator('.chart-title').first().textContent();
        const long = said.filter((t) => t.length >= 100 && t !== title?.replace(/\s+/g, ' ').trim());
        expect(long.filter((t, n) => long.indexOf(t) !== n), `${url} at ${width}px, chart ${i + 1}: said twice`).toEqual([]);
      }
      await context.close();
    }
  });
});
