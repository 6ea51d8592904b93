/**
 * Quiet citations, in every article at 320, 375 and 1440 px: each footnote number sits on the line of the word before
 * it (never wraps onto a line of its own), numbers written together stay together as one group ("1, 2"), there are no
 * brackets, each number is a link named "Source n" with a target at least 24 px tall, and the numbers do not open up
 * the line spacing of the paragraph they are in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { distRoot } from '../support/paths';
import { builtPages } from '../support/site-pages';

const baseUrl = inject('baseUrl');
const articles = builtPages(distRoot).filter((p) => /^articles\/[^/]+\/$/.test(p));

interface Report {
  count: number;
  alone: string[];
  brackets: string[];
  names: string[];
  short: string[];
  spacing: string[];
}

async function inspect(tab: Page): Promise<Report> {
  return tab.evaluate(() => {
    const cites = [...document.querySelectorAll<HTMLElement>('main sup.cite')];
    const report = { count: cites.length, alone: [] as string[], brackets: [] as string[], names: [] as string[], short: [] as string[], spacing: [] as string[] };
    /** The box of whatever comes just before the citation on the page: the last letter of text, or the element. */
    const before = (el: Element): DOMRect | null => {
      let node: Node | null = el.previousSibling;
      while (node && node.nodeType === Node.TEXT_NODE && !/\S/.test(node.textContent ?? '')) node = node.previousSibling;
      if (!node) return null;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent ?? '';
        const end = text.replace(/\s+$/, '').length;
        const range = document.createRange();
        range.setStart(node, Math.max(0, end - 1));
        range.setEnd(node, end);
        const rects = range.getClientRects();
        return rects[rects.length - 1] ?? null;
      }
      const rects = (node as Element).getClientRects();
      return rects[rects.length - 1] ?? null;
    };
    for (const sup of cites) {
      const a = sup.querySelector('a');
      if (!a) continue;
      const label = a.getAttribute('aria-label') ?? '';
      const text = (a.textContent ?? '').trim();
      if (/[[\]]/.test(sup.textContent ?? '')) report.brackets.push(sup.textContent ?? '');
      if (!/^Source \d+$/.test(label) || !/^\d+,?$/.test(text)) report.names.push(`${label} / ${text}`);
      const box = a.getBoundingClientRect();
      if (box.height < 24 - 0.01) report.short.push(`${label}: ${box.height.toFixed(1)} px`);
      const prev = before(sup);
      if (!prev) continue;
      const sameLine = box.top < prev.bottom && box.bottom > prev.top && box.left >= prev.left;
      if (!sameLine) report.alone.push(`${label} (“${(sup.previousSibling?.textContent ?? '').slice(-30)}”)`);
    }
    // Line spacing: no line of a paragraph holding citations is much taller than the paragraph's line height.
    for (const p of new Set(cites.map((c) => c.closest('p, li')).filter((x): x is HTMLElement => x !== null))) {
      const lh = parseFloat(getComputedStyle(p).lineHeight);
      // The bottoms of the paragraph's own lines of text (its direct text, not the citations).
      const bottoms = [...p.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE && /\S/.test(n.textContent ?? ''))
        .flatMap((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          return [...range.getClientRects()].map((r) => Math.round(r.bottom));
        });
      const tops = [...new Set(bottoms)].sort((x, y) => x - y);
      for (let i = 1; i < tops.length; i++) {
        const gap = tops[i]! - tops[i - 1]!;
        // A line with no text of its own (only links) makes a gap of two lines; anything off the line grid is a stretched line.
        if (Math.abs(gap - Math.round(gap / lh) * lh) > lh * 0.2) report.spacing.push(`${p.textContent?.slice(0, 40)}…: ${gap}px vs ${lh}px`);
      }
    }
    return report;
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([320, 375, 1440])('citations at %i px', (width) => {
  let context: BrowserContext;
  let tab: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: { width, height: 900 } });
    tab = await context.newPage();
  });
  afterAll(async () => context?.close());

  it.each(articles)('/%s: numbers stay with their word, unbracketed, named and 24 px tall', async (page) => {
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    const r = await inspect(tab);
    expect(r.count).toBeGreaterThan(0);
    expect(r.alone, 'citations that wrapped away from the word before them').toEqual([]);
    expect(r.brackets).toEqual([]);
    expect(r.names).toEqual([]);
    expect(r.short).toEqual([]);
    expect(r.spacing, 'lines opened up by a citation').toEqual([]);
  });
});
