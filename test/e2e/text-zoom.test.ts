/**
 * Text-only zoom (WCAG 1.4.4): the reader sets the browser's default font size to 200% (32px; Chromium's font-size
 * setting, through the DevTools protocol). Pages must not scroll sideways, no chart text may be cut off by the box
 * it sits in, and the text drawn in the charts' SVGs grows with the reader's text: each chart picks its layout by its
 * box in rem, so at 200% it shows a layout drawn for half the width, scaled up (or its list, in HTML). Its smallest
 * label is then at least 1.8 times its smallest at 100% in the same window, or at least the body text's size at 100%.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, sidewaysScroll } from '../support/browser';
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

/**
 * Charts whose SVG text does not yet grow with the reader's text, with the reason. Remove the entry when it does, so
 * the test gates it.
 */
const KNOWN_NOT_GROWING: Record<string, string> = {};

/** A tab whose default font size is `px` (the browser setting a reader changes for text-only zoom). */
async function tabWithFontSize(width: number, px: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await newContext(browser, { viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
  return { page, close: () => context.close() };
}

/** Chart text as rendered: its size on screen, and any that sticks out of the box that clips it. */
const chartText = (page: Page) =>
  page.evaluate(() => {
    const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    const sizes: number[] = [];
    const clipped: string[] = [];
    const shown = (el: Element) => el.getClientRects().length > 0 && el.checkVisibility();
    /** The nearest ancestor that cuts off what overflows it (overflow other than visible), up to the figure. */
    const clipper = (el: Element): Element | null => {
      for (let a = el.parentElement; a && !a.matches('figure[data-chart]'); a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== 'visible' || s.overflowY !== 'visible') return a;
      }
      return el.closest('figure[data-chart]');
    };
    for (const t of document.querySelectorAll<SVGTextElement>('figure[data-chart] svg text')) {
      if (!shown(t) || !(t.textContent ?? '').trim()) continue;
      const scale = t.getScreenCTM()?.a ?? 1;
      sizes.push(parseFloat(getComputedStyle(t).fontSize) * scale);
      const r = t.getBoundingClientRect();
      const svg = t.ownerSVGElement!;
      const boxes = [svg.getBoundingClientRect(), clipper(svg)?.getBoundingClientRect()];
      // An SVG draws nothing outside its own box unless its overflow is visible.
      if (getComputedStyle(svg).overflow === 'visible') boxes.shift();
      for (const b of boxes) {
        if (b && (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1)) {
          clipped.push(`"${t.textContent?.trim().slice(0, 30)}"`);
          break;
        }
      }
    }
    // HTML text in the charts: any element whose text overflows a box that hides it.
    for (const el of document.querySelectorAll<HTMLElement>('figure[data-chart] :is(p, li, span, button, dt, dd, th, td, label, summary, caption, h2, h3, h4)')) {
      if (!shown(el) || el.closest('svg, .visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      const b = clipper(el)?.getBoundingClientRect();
      // (A 1px box that hides its content is the visually-hidden pattern: read by screen readers, not shown.)
      if (b && b.width > 2 && r.width > 0 && r.right > b.right + 1 && getComputedStyle(clipper(el)!).overflowX === 'hidden') {
        clipped.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      }
    }
    sizes.sort((a, b) => a - b);
    // Sizes in CSS px as drawn (font size times the SVG's scale).
    return { root, body, smallest: sizes[0] ?? null, median: sizes[Math.floor(sizes.length / 2)] ?? null, clipped: [...new Set(clipped)] };
  });

describe.each([leadArticle, ...chartPages])('/%s with the default font size at 200%', (url) => {
  it.each([375, 1280])('does not scroll sideways, keeps chart text whole and grows it at %ipx', async (width) => {
    // The same page at the default size first: what the chart draws there.
    const normal = await tabWithFontSize(width, 16);
    await normal.page.goto(baseUrl + url, { waitUntil: 'load' });
    const at100 = await chartText(normal.page);
    await normal.close();
    expect(at100.root).toBe(16);

    const { page, close } = await tabWithFontSize(width, 32);
    await page.goto(baseUrl + url, { waitUntil: 'load' });
    if (await page.locator('chart-explorer').count()) await page.waitForSelector('chart-explorer[data-enhanced]');
    const text = await chartText(page);
    expect(text.root, 'the root font size follows the browser setting').toBe(32);
    expect(await sidewaysScroll(page), `${url} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    expect(text.clipped, `${url} at ${width}px: chart text cut off`).toEqual([]);
    // SVG text grows with the reader's text (where a chart still draws an SVG at 200%; else its list is HTML text).
    if (text.smallest !== null && !(url in KNOWN_NOT_GROWING)) {
      const needed = Math.min(at100.smallest !== null ? 1.8 * at100.smallest : Infinity, at100.body);
      expect(
        text.smallest,
        `${url} at ${width}px: smallest SVG label ${text.smallest.toFixed(1)}px at 200% (at 100%: ${at100.smallest?.toFixed(1)}px, body ${at100.body}px)`,
      ).toBeGreaterThanOrEqual(needed - 0.25);
    }
    await close();
  });
});
