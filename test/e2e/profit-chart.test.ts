/**
 * The M&S profit chart in a real browser: it shows with JavaScript off, one layout at a time fits the width with no
 * text overlapping or clipped, the page never scrolls sideways at 320px, colours meet contrast in both themes,
 * the table disclosure works from the keyboard, and nothing logs an error.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, sidewaysScroll } from '../support/browser';

const baseUrl = inject('baseUrl');
const chartPage = `${baseUrl}charts/ms-profit/`;
const articlePage = `${baseUrl}articles/marks-and-spencer-hack-cost/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The profit SVGs that are displayed (CSS shows one layout and hides the others). */
const visibleSvgs = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('#chart-ms-profit svg.profit-svg')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => ({ layout: svg.dataset.layout, viewBoxWidth: svg.viewBox.baseVal.width, width: svg.getBoundingClientRect().width })),
  );

/** Pairs of text elements in the displayed SVG whose rendered boxes overlap, and texts outside the viewBox. */
const textProblems = (page: Page) =>
  page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('#chart-ms-profit svg.profit-svg')].find((s) => s.getBoundingClientRect().width > 0);
    if (!svg) return ['no visible SVG'];
    const vb = svg.viewBox.baseVal;
    const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: t.getBBox() }));
    const problems: string[] = [];
    for (const { text, box } of boxes) {
      if (box.x < -0.5 || box.x + box.width > vb.width + 0.5 || box.y < -0.5 || box.y + box.height > vb.height + 0.5) {
        problems.push(`"${text}" outside the viewBox (${Math.round(box.x)}..${Math.round(box.x + box.width)} of ${vb.width})`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        // Glyph boxes include line spacing; a sliver of shared height is not an overlap a reader sees.
        const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        if (overlapX > 0.5 && overlapY > 3) problems.push(`"${boxes[i]!.text}" overlaps "${boxes[j]!.text}"`);
      }
    }
    return problems;
  });

describe('the profit chart page', () => {
  it('shows the chart, and the data table on request, with JavaScript off', async () => {
    const { context, page } = await openPage(browser, chartPage, { javaScriptEnabled: false });
    const svgs = await visibleSvgs(page);
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.width).toBeGreaterThan(300);
    const table = page.locator('#chart-ms-profit table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('#chart-ms-profit .chart-table > summary').click();
    expect(await table.isVisible()).toBe(true);
    const body = await table.innerText();
    for (const v of ['391.9', '3.4', '413.1', '184.1', '−99.1', '−55.4']) expect(body).toContain(v);
    await context.close();
  });

  it.each([
    [320, 'stacked', 320],
    [375, 'stacked', 320],
    [768, 'wide', 680],
    [1280, 'wide', 1000],
    [1600, 'wide', 1000],
  ])('at %ipx shows one %s layout, fits the page and lets no label overlap another', async (width, layout, viewBoxWidth) => {
    const { context, page, problems } = await openPage(browser, chartPage, { viewport: { width, height: 900 } });
    const svgs = await visibleSvgs(page);
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.layout).toBe(layout);
    expect(svgs[0]!.viewBoxWidth).toBe(viewBoxWidth);
    // The type is never scaled far from the size it was laid out at.
    expect(svgs[0]!.width / viewBoxWidth).toBeGreaterThan(0.85);
    expect(svgs[0]!.width / viewBoxWidth).toBeLessThanOrEqual(1.25);
    expect(await textProblems(page)).toEqual([]);
    const scroll = await sidewaysScroll(page);
    expect(scroll).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('picks the layout by the space the chart has, so the article column gets the one that fits it', async () => {
    const { context, page, problems } = await openPage(browser, articlePage, { viewport: { width: 1280, height: 900 } });
    const svgs = await visibleSvgs(page);
    expect(svgs).toHaveLength(1);
    expect(svgs[0]!.width).toBeGreaterThan(0.85 * svgs[0]!.viewBoxWidth);
    expect(await textProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('draws bars and labels with enough contrast in the %s theme', async (theme) => {
    const { context, page } = await openPage(browser, chartPage, { theme });
    const result = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      const bg = getComputedStyle(document.body).backgroundColor;
      const svg = [...document.querySelectorAll<SVGSVGElement>('#chart-ms-profit svg.profit-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
      const bars = [...svg.querySelectorAll('rect')].map((r) => ratio(getComputedStyle(r).fill, bg));
      const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, ratio: ratio(getComputedStyle(t).fill, bg) }));
      const barColours = new Set([...svg.querySelectorAll('rect')].map((r) => getComputedStyle(r).fill));
      return { bg, bars, texts, barColours: barColours.size };
    });
    expect(result.barColours).toBe(2);
    for (const r of result.bars) expect(r).toBeGreaterThanOrEqual(3);
    for (const t of result.texts) expect(t.ratio, t.text ?? '').toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});

describe('the data table disclosure', () => {
  it('opens and closes from the keyboard', async () => {
    const { context, page, problems } = await openPage(browser, articlePage);
    const details = page.locator('#chart-ms-profit details.chart-table');
    const table = details.locator('table');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await table.isVisible()).toBe(false);

    // Reach the summary with Tab from the chart's title region: it is in the tab order.
    await page.locator('#chart-ms-profit .chart-title').evaluate((el) => {
      el.setAttribute('tabindex', '-1');
      (el as HTMLElement).focus();
    });
    let found = false;
    for (let i = 0; i < 10 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement?.matches('#chart-ms-profit details.chart-table > summary') ?? false);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await table.isVisible()).toBe(true);
    expect(await table.innerText()).toContain('184.1');
    await page.keyboard.press('Space');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows one card per row on a narrow screen, each value beside its column name', async () => {
    const { context, page } = await openPage(browser, chartPage, { viewport: { width: 320, height: 800 } });
    await page.locator('#chart-ms-profit .chart-table > summary').click();
    const cells = await page.locator('#chart-ms-profit tbody tr:first-child td').evaluateAll((tds) =>
      tds.map((td) => ({
        display: getComputedStyle(td).display,
        before: getComputedStyle(td, '::before').content,
        value: (td as HTMLElement).innerText.trim(),
      })),
    );
    expect(cells.map((c) => c.value)).toEqual(['391.9', '3.4', '−99.1']);
    expect(cells.map((c) => c.display)).toEqual(['grid', 'grid', 'grid']);
    expect(cells[0]!.before).toContain('H1 2024/25 (£m)');
    expect(cells[2]!.before).toContain('Change (%)');
    // The header row is kept for screen readers but not shown.
    const head = await page.locator('#chart-ms-profit thead').boundingBox();
    expect(head!.height).toBeLessThanOrEqual(1);
    const scroll = await page.locator('#chart-ms-profit .table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the downloads', () => {
  it('serve the CSV and JSON the frame links to', async () => {
    const { context, page } = await openPage(browser, chartPage);
    const hrefs = await page.locator('#chart-ms-profit .chart-downloads a[download]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(2);
    const csv = await page.request.get(hrefs[0]!);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toMatch(/^measure,h1_2024_25_gbp_m,h1_2025_26_gbp_m,change_pct\r\n/);
    const json = await page.request.get(hrefs[1]!);
    expect((await json.json()).rows).toHaveLength(2);
    await context.close();
  });
});

describe('tables of many columns', () => {
  it.each([375, 768, 1280])('show the Baltic incidents as cards with the key columns first, never scrolling sideways, at %ipx', async (width) => {
    const { context, page } = await openPage(browser, `${baseUrl}charts/baltic-cables/`, { viewport: { width, height: 900 } });
    await page.locator('.chart-table > summary').click();
    const first = await page.locator('.chart-table tbody tr:first-child td').evaluateAll((tds) =>
      tds.map((td) => ({ display: getComputedStyle(td).display, label: td.getAttribute('data-label') })),
    );
    expect(first.slice(0, 3).map((c) => c.label)).toEqual(['Date', 'Ship', 'Outcome (as of early 2026)']);
    expect(first.every((c) => c.display === 'grid')).toBe(true);
    const scroll = await page.locator('.chart-table .table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(scroll).toBeLessThanOrEqual(0);
    await context.close();
  });
});
