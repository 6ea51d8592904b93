/**
 * Print: the lead article and every chart page, printed to PDF by Chromium (A4) with JavaScript on, as a reader would
 * print them. The PDF's text is read back with pdf.js. Everything a chart keeps behind a click is on paper (every
 * details panel, every data table, whole: no column cut off), and the on-screen controls are not.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { launchBrowser, openPage } from '../support/browser';
import { builtChartPages, builtLeadArticle } from '../support/paths';

const baseUrl = inject('baseUrl');
const chartPages = builtChartPages();
/** The lead story: the home page's first link to an article. */
const leadArticle = builtLeadArticle();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Text compared without whitespace: line breaks and wrapping put spaces where the page had none, and back. */
const squash = (s: string) => s.replace(/\s+/g, '').replace(/\u00ad/g, '');

/** The page printed to an A4 PDF, and that PDF's text as pdf.js reads it. */
async function printedText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' } });
  const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
  const doc = await task.promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    for (const item of content.items) if ('str' in item) text += `${item.str}${item.hasEOL ? '\n' : ' '}`;
  }
  await task.destroy();
  return text;
}

/** What must reach paper: each chart table's cells, each details panel's paragraphs and facts (one copy per id; facts
 * holding links are left out, as print writes each link's address after it). */
function expectedText(page: Page) {
  return page.evaluate(() => {
    const clean = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return (copy.textContent ?? '').trim();
    };
    // Every cell, and every column's name but the first (the rows' own headings name the rows).
    const cells = [...document.querySelectorAll('figure table tbody :is(th, td), figure table thead th:not(:first-child)')]
      .map(clean)
      .filter(Boolean);
    const seen = new Set<string>();
    const panels: { id: string; texts: string[] }[] = [];
    for (const panel of document.querySelectorAll('[data-details-for]')) {
      const id = panel.getAttribute('data-details-for')!;
      if (seen.has(id)) continue;
      seen.add(id);
      panels.push({ id, texts: [...panel.querySelectorAll('p, dd:not(:has(a))')].map(clean).filter(Boolean) });
    }
    return { cells, panels };
  });
}

describe('printing', () => {
  it('finds the pages to print', () => {
    expect(leadArticle).toMatch(/^articles\/[^/]+\/$/);
    expect(chartPages.length).toBeGreaterThanOrEqual(3);
  });

  it.each([leadArticle, ...chartPages])('/%s prints every table whole and every details panel, and no controls', async (url) => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width: 1280, height: 900 } });
    // Let the chart scripts start, as they would have before a reader prints.
    if (await page.locator('chart-explorer').count()) await page.waitForSelector('chart-explorer[data-enhanced]');
    const { cells, panels } = await expectedText(page);
    expect(cells.length, `${url}: no chart table found`).toBeGreaterThan(0);

    // Laid out for paper: every table fits its box, and no control or keyboard hint is shown.
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility();
      const clipped = [...document.querySelectorAll('figure table')]
        .filter((t) => shown(t))
        .filter((t) => t.getBoundingClientRect().right > (t.closest('figure') ?? document.body).getBoundingClientRect().right + 1)
        .map((t) => t.querySelector('caption')?.textContent ?? 'a table');
      const controls = [
        ...document.querySelectorAll('figure button:not([data-mark-id]), figure select, figure input, figure .chart-table summary'),
        ...[...document.querySelectorAll('figure p, figure li')].filter((el) => /arrow keys|^Select an? \w+ to see/i.test(el.textContent ?? '')),
      ]
        .filter((el) => shown(el))
        .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
      return { clipped, controls };
    });
    expect(layout.clipped, `${url}: tables wider than the page`).toEqual([]);
    expect(layout.controls, `${url}: controls on paper`).toEqual([]);
    await page.emulateMedia({ media: null });

    const printed = squash(await printedText(page));
    const missingCells = [...new Set(cells)].filter((c) => !printed.includes(squash(c)));
    expect(missingCells, `${url}: table cells not printed`).toEqual([]);
    const missingPanels = panels.flatMap((p) => p.texts.filter((t) => !printed.includes(squash(t))).map((t) => `${p.id}: ${t}`));
    expect(missingPanels, `${url}: details panels not printed`).toEqual([]);
    await context.close();
  });
});
