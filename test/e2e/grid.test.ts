/**
 * One grid on every page: at 375, 768, 1440 and 1600 px, every block placed in the text column of a page grid (.page)
 * starts at the same left edge and stays inside the column, on every kind of page; the corrections box, related
 * articles, "what we know" boxes and the source list are among those blocks; the page's h1 sits on the edge; and
 * figures marked wide are at least as wide as the text column.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { distRoot } from '../support/paths';
import { builtPages } from '../support/site-pages';

const baseUrl = inject('baseUrl');
const all = builtPages(distRoot).filter((p) => p.endsWith('/') || p === '' || p === '404.html');
const articles = all.filter((p) => /^articles\/[^/]+\/$/.test(p));
/** One page of each kind (every article, as articles carry the most parts). */
const pageTypes = [
  '',
  'articles/',
  ...articles,
  all.find((p) => p.startsWith('charts/'))!,
  'glossary/',
  all.find((p) => p.startsWith('glossary/category/'))!,
  all.find((p) => /^glossary\/(?!category\/)[^/]+\/$/.test(p))!,
  'data/',
  all.find((p) => /^data\/[^/]+\/$/.test(p))!,
  'about/',
  'search/',
  '404.html',
];

interface Measure {
  /** Left edges of the text-column blocks, rounded to 0.1 px, with a label each. */
  blocks: { label: string; left: number; right: number }[];
  column: { left: number; right: number } | null;
  h1: number | null;
  wide: { label: string; width: number }[];
  named: Record<string, number | null>;
}

async function measure(tab: Page): Promise<Measure> {
  return tab.evaluate(() => {
    const r1 = (n: number) => Math.round(n * 10) / 10;
    const label = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''}${el.id ? '#' + el.id : ''}`;
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return s.display !== 'none' && s.position !== 'absolute' && s.position !== 'fixed' && r.width > 2 && r.height > 0;
    };
    const items = [...document.querySelectorAll('main .page > *')].filter(visible);
    const inText = items.filter((el) => getComputedStyle(el).gridColumnStart === 'text');
    const blocks = inText.map((el) => {
      const r = el.getBoundingClientRect();
      return { label: label(el), left: r1(r.left), right: r1(r.right) };
    });
    // The column itself: the track the text blocks sit in, read from the grid they belong to.
    let column: { left: number; right: number } | null = null;
    const grid = document.querySelector('main .page');
    if (grid) {
      const cols = getComputedStyle(grid)
        .gridTemplateColumns.replace(/\[[^\]]*\]/g, ' ')
        .trim()
        .split(/\s+/)
        .map(parseFloat);
      const gl = grid.getBoundingClientRect().left + parseFloat(getComputedStyle(grid).paddingLeft);
      const left = gl + cols[0]! + cols[1]!;
      column = { left: r1(left), right: r1(left + cols[2]!) };
    }
    const h1 = [...document.querySelectorAll('main h1')].find((h) => visible(h) && !h.closest('.wide, figure.chart'));
    const wide = items
      .filter((el) => getComputedStyle(el).gridColumnStart === 'wide')
      .map((el) => ({ label: label(el), width: r1(el.getBoundingClientRect().width) }));
    const leftOf = (sel: string) => {
      const el = document.querySelector(sel);
      return el && visible(el) ? r1(el.getBoundingClientRect().left) : null;
    };
    return {
      blocks,
      column,
      h1: h1 ? r1(h1.getBoundingClientRect().left) : null,
      wide,
      named: {
        corrections: leftOf('main .corrections'),
        related: leftOf('main .related > h2'),
        'source list': leftOf('main section.source-list'),
        'what we know': leftOf('main .known-unknown'),
      },
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([375, 768, 1440, 1600])('the page grid at %i px', (width) => {
  let context: BrowserContext;
  let tab: Page;
  const edges = new Map<string, number>();
  beforeAll(async () => {
    context = await newContext(browser, { viewport: { width, height: 900 } });
    tab = await context.newPage();
  });
  afterAll(async () => context?.close());

  it.each(pageTypes)('/%s: its text blocks share one left edge inside the text column', async (page) => {
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    const m = await measure(tab);
    expect(m.column, 'the page has a .page grid in <main>').not.toBeNull();
    // A chart page is the chart: all of it (the kicker too) is in the wide column; its text edge is still measured.
    if (!page.startsWith('charts/')) expect(m.blocks.length).toBeGreaterThan(0);
    const off = m.blocks.filter((b) => Math.abs(b.left - m.column!.left) > 0.5 || b.right > m.column!.right + 0.5);
    expect(off, `blocks off the text column (${m.column!.left}–${m.column!.right} px)`).toEqual([]);
    if (m.h1 !== null) expect(m.h1).toBeCloseTo(m.column!.left, 0);
    for (const [name, left] of Object.entries(m.named)) {
      if (left !== null) expect(left, `${name} on the text edge`).toBeCloseTo(m.column!.left, 0);
    }
    for (const w of m.wide) expect(w.width, `${w.label} is at least as wide as the text`).toBeGreaterThanOrEqual(m.column!.right - m.column!.left - 0.5);
    expect(m.column!.left).toBeGreaterThanOrEqual(15.5);
    edges.set(page, m.column!.left);
  });

  it('every kind of page has its text column at the same left edge', () => {
    expect(edges.size).toBe(pageTypes.length);
    const distinct = new Set(edges.values());
    expect(distinct.size, JSON.stringify(Object.fromEntries(edges))).toBe(1);
  });

  it("a chart page's kicker sits on the chart's left edge, just above it", async () => {
    await tab.goto(baseUrl + pageTypes.find((p) => p.startsWith('charts/')), { waitUntil: 'load' });
    const box = await tab.evaluate(() => {
      const k = document.querySelector('main .page > .kicker')!.getBoundingClientRect();
      const f = document.querySelector('main .page > figure.chart')!.getBoundingClientRect();
      return { kicker: k.left, figure: f.left, gap: f.top - k.bottom };
    });
    expect(box.kicker).toBeCloseTo(box.figure, 0);
    expect(box.gap).toBeLessThanOrEqual(16);
  });

  it('articles show corrections, related articles and sources on the text edge', async () => {
    await tab.goto(baseUrl + articles[0], { waitUntil: 'load' });
    const m = await measure(tab);
    expect(m.named.corrections).not.toBeNull();
    expect(m.named['source list']).not.toBeNull();
    expect(m.named.related).not.toBeNull();
  });
});
