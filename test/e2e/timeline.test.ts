/**
 * The incident timeline in Chromium. On its chart page: everything readable with JavaScript off; with it on, one Tab
 * stop and arrow keys through the event list in time order, details that open and close, a click on the chart opening
 * the same event, filters that fold empty rows away, the view kept in the address (?org=, ?event=) with a working back
 * button, and no layout shift. In the lead article: the compact form (key moments large, months folded), details
 * fetched from the chart page on demand, and the text after the chart within two screens on a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchBrowser, openPage, sidewaysScroll } from '../support/browser';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}charts/uk-cyber-timeline/`;
const articleUrl = `${baseUrl}articles/nato-cyber-chief-russia-ransomware/`;
const fig = '#chart-uk-cyber-timeline';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const live = (page: Page) => page.locator('#chart-uk-cyber-timeline-live');
const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { id: el?.getAttribute('data-mark-id') ?? null, panel: el?.getAttribute('data-details-for') ?? null };
  });
/** Ids of the list rows a reader can see, in time order. */
const visibleRowIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('chart-explorer [data-mark-id]')]
      .filter((m) => m.getClientRects().length > 0 && m.checkVisibility())
      .sort((a, b) => Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order')))
      .map((m) => m.getAttribute('data-mark-id')),
  );
const visiblePanels = (page: Page) => page.locator(`${fig} [data-details-for]:visible`);

async function tabIntoChart(page: Page) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await active(page)).id) return;
  }
  throw new Error('Tab never reached the chart');
}

/**
 * Layout shift (without input) while the page loads and its scripts run, counting only what the chart moves: shifts
 * of the chart itself or of anything after it. (The site header is another test's business.)
 */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    (sel) =>
      new Promise<number>((resolve) => {
        const figure = document.querySelector(sel)!;
        const byChart = (node: Node | null | undefined) =>
          !!node && (figure.contains(node) || !!(figure.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING));
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
            if (!entry.hadRecentInput && entry.sources.some((s) => byChart(s.node))) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
    fig,
  );
}

describe('the chart page with JavaScript off', () => {
  it.each([1280, 375])('shows every event with its details, the key and the table at %ipx', async (width) => {
    const { context, page } = await openPage(browser, url, { javaScriptEnabled: false, viewport: { width, height: 900 } });
    const ids = await visibleRowIds(page);
    expect(ids.length).toBeGreaterThan(35);
    expect(await visiblePanels(page).count()).toBe(ids.length);
    // Controls that need JavaScript are not shown; the key of kinds is.
    expect(await page.locator('select[data-filter="org"]').isVisible()).toBe(false);
    expect(await page.locator('input[data-filter="category"]').first().isVisible()).toBe(false);
    expect(await page.locator('.tl-kinds').isVisible()).toBe(true);
    expect(await page.locator('.chart-table tbody tr').count()).toBe(ids.length);
    expect(await page.locator('.tl-chart:visible').count()).toBe(width < 600 ? 0 : 1);
    await context.close();
  });
});

describe('the chart page with JavaScript on', () => {
  it.each([
    [1280, 900],
    [375, 800],
  ])('does not shift the layout as it loads (%ipx)', async (width, height) => {
    const { context, page } = await openPage(browser, url, { viewport: { width, height }, enhanced: true });
    expect(await layoutShift(page)).toBe(0);
    await context.close();
  });

  it('moves through the events in time order with the keyboard, and opens and closes details', async () => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const ids = await visibleRowIds(page);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.locator(`${fig} [data-mark-id][tabindex="0"]`).count()).toBe(1);
    await tabIntoChart(page);
    expect((await active(page)).id).toBe(ids[0]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).id).toBe(ids[2]);
    await page.keyboard.press('End');
    expect((await active(page)).id).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const id = ids[1]!;
    const row = page.locator(`${fig} [data-mark-id="${id}"]`);
    await page.keyboard.press('Enter');
    expect(await row.getAttribute('aria-expanded')).toBe('true');
    expect(await visiblePanels(page).count()).toBe(1);
    expect((await active(page)).panel).toBe(id);
    // The event lights up on the chart as well.
    expect(await page.locator(`.tl-chart:visible .tl-mark[data-linked="${id}"]`).getAttribute('class')).toContain('is-linked');
    await page.keyboard.press('Escape');
    expect(await visiblePanels(page).count()).toBe(0);
    expect((await active(page)).id).toBe(id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens an event from a click on its mark in the chart', async () => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const mark = page.locator('.tl-chart:visible .tl-mark[data-linked="jlr-nyt-attribution"]');
    await mark.locator('.tl-shape').click();
    expect(await page.locator(`${fig} [data-details-for="jlr-nyt-attribution"]`).isVisible()).toBe(true);
    expect(await mark.getAttribute('class')).toContain('is-linked');
    await mark.locator('.tl-shape').click();
    expect(await visiblePanels(page).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters by organisation and kind, folding away rows left empty', async () => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const all = (await visibleRowIds(page)).length;
    const rows = () => page.locator('.tl-chart:visible .tl-row-svg:visible').evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-row')));
    expect(await rows()).toEqual(['ms', 'coop', 'harrods', 'jlr', 'other', 'government']);
    await page.locator('select[data-filter="org"]').selectOption('jlr');
    const jlr = await visibleRowIds(page);
    expect(jlr.length).toBeGreaterThan(5);
    expect(jlr).toContain('jlr-loan-guarantee'); // in the government row, about JLR
    expect(await rows()).toEqual(['jlr', 'government']);
    await expect.poll(() => live(page).textContent()).toBe(`${jlr.length} of ${all} events shown`);
    await page.locator('input[data-filter="category"][value="russia"]').uncheck();
    expect((await visibleRowIds(page)).length).toBeLessThan(jlr.length);
    await page.locator('[data-filter-reset]').click();
    expect(await visibleRowIds(page)).toHaveLength(all);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps its view in the address: a shared link opens it, and back steps back', async () => {
    const { context, page, problems } = await openPage(browser, `${url}?org=jlr&event=jlr-attack`, { viewport: { width: 1280, height: 900 }, enhanced: true });
    await expect.poll(() => page.locator('select[data-filter="org"]').inputValue()).toBe('jlr');
    expect(await page.locator(`${fig} [data-details-for="jlr-attack"]`).isVisible()).toBe(true);
    expect(await visibleRowIds(page)).not.toContain('ms-online-paused');

    await page.locator('select[data-filter="org"]').selectOption('ms');
    await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe('ms');
    await page.locator(`${fig} [data-mark-id="ms-online-paused"]`).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('ms-online-paused');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBe('ms-online-paused');
    expect(await page.locator(`${fig} [data-details-for="ms-online-paused"]`).isVisible()).toBe(false);
    await page.goBack();
    await expect.poll(() => page.locator('select[data-filter="org"]').inputValue()).toBe('jlr');
    expect(await page.locator(`${fig} [data-details-for="jlr-attack"]`).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([320, 375])('is a list on a phone with no sideways scrolling (%ipx)', async (width) => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true, enhanced: true });
    expect(await page.locator('.tl-chart:visible').count()).toBe(0);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const ids = await visibleRowIds(page);
    await page.locator(`${fig} [data-mark-id="${ids[3]}"]`).tap();
    expect(await page.locator(`${fig} [data-details-for="${ids[3]}"]`).isVisible()).toBe(true);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('compact in the lead article', () => {
  it('draws the key moments large, folds the rest by month and fetches details on demand', async () => {
    const { context, page, problems } = await openPage(browser, articleUrl, { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, enhanced: true });
    // No event's details are in the article; the key moments are shown, the rest are folded.
    expect(await page.locator(`${fig} [data-details-for]`).count()).toBe(0);
    const large = await page.locator(`${fig} .tl-item--large:visible`).count();
    expect(large).toBeGreaterThan(2);
    expect(large).toBeLessThanOrEqual(6);
    expect(await page.locator(`${fig} .tl-items--large [data-mark-id="jlr-nyt-attribution"]`).isVisible()).toBe(true);
    expect(await page.locator(`${fig} [data-mark-id="ms-disclosed"]`).isVisible()).toBe(false);

    await page.locator(`${fig} .tl-items--large [data-mark-id="jlr-nyt-attribution"]`).tap();
    const panel = page.locator(`${fig} [data-details-for="jlr-nyt-attribution"]`);
    await expect.poll(() => panel.textContent()).toContain('New York Times');
    expect(await panel.isVisible()).toBe(true);

    await page.locator(`${fig} [data-tl-unfold]`).tap();
    expect(await page.locator(`${fig} [data-mark-id="ms-disclosed"]`).isVisible()).toBe(true);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets a phone reader reach the text after the timeline within two screens of scrolling', async () => {
    const { context, page } = await openPage(browser, articleUrl, { viewport: { width: 375, height: 667 }, isMobile: true, enhanced: true });
    const { top, next } = await page.evaluate((sel) => {
      const figure = document.querySelector(sel)!;
      let after = figure.nextElementSibling;
      while (after && after.tagName !== 'P' && after.tagName !== 'H2') after = after.nextElementSibling;
      return { top: figure.getBoundingClientRect().top + scrollY, next: after!.getBoundingClientRect().top + scrollY };
    }, fig);
    // Starting with the chart at the top of the screen, two screens of scrolling bring the next text into view.
    expect(next - top).toBeLessThan(667 * 3);
    await context.close();
  });

  it.each([
    [375, 667],
    [1280, 900],
  ])('does not shift the article as it loads (%ipx)', async (width, height) => {
    const { context, page } = await openPage(browser, articleUrl, { viewport: { width, height }, enhanced: true });
    expect(await layoutShift(page)).toBe(0);
    await context.close();
  });
});

describe('accessibility in every state', () => {
  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
    ['dark', 375],
  ] as const)('chart page with filters used and details open has no axe violations (%s, %ipx)', async (theme, width) => {
    const { context, page, problems } = await openPage(browser, url, { theme, viewport: { width, height: 900 }, enhanced: true });
    await page.locator('input[data-filter="category"][value="response"]').uncheck();
    await tabIntoChart(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await visiblePanels(page).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('the compact article with a fetched panel and months unfolded has no axe violations (%s)', async (theme) => {
    const { context, page, problems } = await openPage(browser, articleUrl, { theme, viewport: { width: 375, height: 800 }, enhanced: true });
    await page.locator(`${fig} .tl-items--large [data-mark-id]`).first().click();
    await expect.poll(() => page.locator(`${fig} [data-details-for]:visible`).count()).toBe(1);
    await page.locator(`${fig} [data-tl-unfold]`).click();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
