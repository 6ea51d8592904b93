/**
 * The incident timeline on its chart page, in Chromium: everything readable with JavaScript off; with it on, keyboard
 * navigation in time order, details that open and close, announcements, filters, tooltips; a vertical list on phones
 * with no sideways scrolling; no console errors.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchBrowser, openPage, sidewaysScroll } from '../support/browser';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}charts/uk-cyber-timeline/`;
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
    return {
      id: el?.getAttribute('data-mark-id') ?? null,
      order: el?.getAttribute('data-order') ?? null,
      panel: el?.getAttribute('data-details-for') ?? null,
    };
  });
/** Ids of the marks a reader can see, in time order. */
const visibleMarkIds = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('chart-explorer [data-mark-id]')]
      .filter((m) => m.getClientRects().length > 0 && m.checkVisibility())
      .sort((a, b) => Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order')))
      .map((m) => m.getAttribute('data-mark-id')),
  );

async function tabIntoChart(page: Page) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if ((await active(page)).id) return;
  }
  throw new Error('Tab never reached the chart');
}

describe('with JavaScript off', () => {
  it.each([1280, 375])('shows every event, its details and the table at %ipx', async (width) => {
    const { context, page } = await openPage(browser, url, { javaScriptEnabled: false, viewport: { width, height: 900 } });
    const count = await page.locator('.tl-variant--w960 [data-mark-id]').count();
    expect(count).toBeGreaterThan(40);
    const ids = await visibleMarkIds(page);
    expect(ids).toHaveLength(count);
    // Every event's details are on the page, visible.
    const panels = await page.evaluate(() => [...document.querySelectorAll('[data-details-for]')].filter((p) => p.getClientRects().length > 0).length);
    expect(panels).toBe(count);
    // The filters need JavaScript, so they are not shown.
    expect(await page.locator('.tl-controls').isVisible()).toBe(false);
    // The data table has a row per event; it starts closed, on the chart's own page too.
    expect(await page.locator('.chart-table tbody tr').count()).toBe(count);
    expect(await page.locator('.chart-table').getAttribute('open')).toBeNull();
    if (width < 640) {
      expect(await page.locator('.tl-narrow').isVisible()).toBe(true);
      expect(await page.locator('.tl-wide').isVisible()).toBe(false);
    } else {
      expect(await page.locator('.tl-variant--w960 svg').isVisible()).toBe(true);
      expect(await page.locator('.tl-narrow').isVisible()).toBe(false);
    }
    await context.close();
  });
});

describe('with JavaScript on, wide screen', () => {
  it('moves through events in time order with the keyboard, opens and closes details, and announces', async () => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const ids = await visibleMarkIds(page);
    expect(ids.length).toBeGreaterThan(40);
    // Only the horizontal chart's marks are visible at this width, each once.
    expect(new Set(ids).size).toBe(ids.length);
    // Exactly one mark is in the Tab order.
    expect(await page.locator('chart-explorer [data-mark-id][tabindex="0"]:visible').count()).toBe(1);

    await tabIntoChart(page);
    expect((await active(page)).id).toBe(ids[0]);
    // The mark's name is read on focus; the live region adds only the position.
    await expect.poll(() => live(page).textContent()).toMatch(/^1 of \d+$/);
    const first = await live(page).textContent();

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).id).toBe(ids[2]);
    expect(await live(page).textContent()).not.toBe(first);
    expect(await live(page).textContent()).toBe(`3 of ${ids.length}`);
    await page.keyboard.press('ArrowLeft');
    expect((await active(page)).id).toBe(ids[1]);
    await page.keyboard.press('End');
    expect((await active(page)).id).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect((await active(page)).id).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    const id = (await active(page)).id!;
    expect(id).toBe(ids[1]);

    // Enter opens this event's details and moves focus into them.
    const mark = page.locator(`.tl-variant--w960 [data-mark-id="${id}"]`);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const panel = page.locator(`.tl-panels [data-details-for="${id}"]`);
    expect(await panel.isVisible()).toBe(true);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    expect((await active(page)).panel).toBe(id);
    expect(await page.locator('.tl-panels [data-details-for]:visible').count()).toBe(1);
    // Escape closes them and returns focus to the mark.
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect((await active(page)).id).toBe(id);
    expect(await mark.getAttribute('aria-expanded')).toBe('false');
    // Space opens too, and the panel's close button closes.
    await page.keyboard.press('Space');
    expect(await panel.isVisible()).toBe(true);
    await panel.locator('[data-details-close]').click();
    expect(await panel.isVisible()).toBe(false);
    expect((await active(page)).id).toBe(id);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters by category and organisation, announcing how many remain', async () => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    expect(await page.locator('.tl-controls').isVisible()).toBe(true);
    const all = (await visibleMarkIds(page)).length;
    const baltic = await page.locator('.tl-variant--w960 [data-mark-id][data-filter-category="baltic"]').count();
    expect(baltic).toBeGreaterThan(0);

    await page.locator('input[data-filter="category"][value="baltic"]').uncheck();
    const afterCategory = await visibleMarkIds(page);
    expect(afterCategory).toHaveLength(all - baltic);
    expect(await page.locator('.tl-variant--w960 [data-filter-category="baltic"]').first().isVisible()).toBe(false);
    await expect.poll(() => live(page).textContent()).toBe(`${all - baltic} of ${all} events shown`);
    expect(await page.locator('[data-filter-count]').textContent()).toBe(`${all - baltic} of ${all} events shown`);

    await page.locator('select[data-filter="org"]').selectOption('jlr');
    const jlr = await visibleMarkIds(page);
    expect(jlr.length).toBeGreaterThan(5);
    expect(jlr.length).toBeLessThan(afterCategory.length);
    for (const id of jlr) {
      expect(await page.locator(`.tl-variant--w960 [data-mark-id="${id}"]`).getAttribute('data-filter-org')).toContain('jlr');
    }
    await expect.poll(() => live(page).textContent()).toBe(`${jlr.length} of ${all} events shown`);

    // Keyboard navigation skips what the filters hide.
    await tabIntoChart(page);
    expect((await active(page)).id).toBe(jlr[0]);
    await page.keyboard.press('ArrowRight');
    expect((await active(page)).id).toBe(jlr[1]);

    await page.locator('[data-filter-reset]').click();
    expect(await visibleMarkIds(page)).toHaveLength(all);
    await expect.poll(() => live(page).textContent()).toBe(`All ${all} events shown`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a tooltip on hover and opens details on click', async () => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const mark = page.locator('.tl-variant--w960 [data-mark-id="jlr-attack"]');
    const tooltip = page.locator('.chart-explorer-tooltip');
    await mark.locator('.tl-shape').hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain('Cyber attack shuts down Jaguar Land Rover');
    expect(await tooltip.textContent()).toContain('31 August 2025');
    // The tooltip sits inside the chart, near the mark.
    const t = (await tooltip.boundingBox())!;
    const m = (await mark.locator('.tl-shape').boundingBox())!;
    expect(Math.abs(t.x + t.width / 2 - (m.x + m.width / 2))).toBeLessThan(t.width);
    await page.mouse.move(5, 5);
    await expect.poll(() => tooltip.isVisible()).toBe(false);

    await mark.locator('.tl-shape').click();
    expect(await page.locator('.tl-panels [data-details-for="jlr-attack"]').isVisible()).toBe(true);
    expect(await mark.getAttribute('class')).toContain('is-selected');
    await mark.locator('.tl-shape').click();
    expect(await page.locator('.tl-panels [data-details-for="jlr-attack"]').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it.each([320, 375])('shows the vertical list without sideways scrolling at %ipx, and opens details in place', async (width) => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true, enhanced: true });
    expect(await page.locator('.tl-narrow').isVisible()).toBe(true);
    expect(await page.locator('.tl-wide').isVisible()).toBe(false);
    const overflow = await sidewaysScroll(page);
    expect(overflow).toBeLessThanOrEqual(0);
    // Filters are folded away on phones.
    expect(await page.locator('details[data-tl-filters]').getAttribute('open')).toBeNull();

    const ids = await visibleMarkIds(page);
    expect(ids.length).toBeGreaterThan(40);
    await tabIntoChart(page);
    expect((await active(page)).id).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect((await active(page)).id).toBe(ids[1]);
    await page.keyboard.press('Enter');
    const panel = page.locator(`.tl-narrow [data-details-for="${ids[1]}"]`);
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect((await active(page)).id).toBe(ids[1]);

    // Filtering hides months left empty.
    await page.locator('details[data-tl-filters] > summary').click();
    await page.locator('select[data-filter="org"]').selectOption('coop');
    const months = await page.locator('.tl-vmonth:visible .tl-vmonth-label').allTextContents();
    expect(months[0]).toBe('April 2025');
    expect(months).not.toContain('January 2025');
    await page.locator('[data-filter-reset]').click();
    expect(await page.locator('.tl-vmonth:visible .tl-vmonth-label').first().textContent()).toBe('January 2025');

    // A tap opens and closes too.
    const row = page.locator(`.tl-narrow [data-mark-id="${ids[3]}"]`);
    await row.tap();
    expect(await page.locator(`.tl-narrow [data-details-for="${ids[3]}"]`).isVisible()).toBe(true);
    const stillNoOverflow = await sidewaysScroll(page);
    expect(stillNoOverflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('accessibility in every state', () => {
  it.each([
    ['light', 1280],
    ['dark', 1280],
    ['light', 375],
    ['dark', 375],
  ] as const)('has no axe violations with filters used and details open (%s, %ipx)', async (theme, width) => {
    const { context, page, problems } = await openPage(browser, url, { theme, viewport: { width, height: 900 }, enhanced: true });
    await page.locator('details[data-tl-filters] > summary').evaluate((s) => ((s.parentElement as HTMLDetailsElement).open = true));
    await page.locator('input[data-filter="category"][value="official"]').uncheck();
    await tabIntoChart(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-details-for]:visible').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
