/**
 * The Baltic map in Chromium, on /charts/baltic-cables/: readable with JavaScript off; keyboard selection in time
 * order highlights the incident's cables, pipelines and sites and shows its details, Escape closes; a ring on the map
 * selects its incident; no horizontal page scroll at 320px; labels fit the map's size; no console errors; no axe
 * violations with an incident open, in both themes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { accessible } from '../support/accessibility';
import { launchBrowser, openPage, sidewaysScroll } from '../support/browser';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}charts/baltic-cables/`;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const activeMarkId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-mark-id') ?? null);
const linkedAssets = (page: Page) =>
  page.$$eval('.bm-map--main .bm-asset.is-linked', (els) => els.map((e) => e.getAttribute('data-asset-id')).sort());

/** Tabs from the top of the page until a mark of the map has focus. */
async function tabToFirstMark(page: Page): Promise<string | null> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const id = await activeMarkId(page);
    if (id) return id;
  }
  return null;
}

describe('with JavaScript off', () => {
  it('shows the map, every incident’s details as a list, and the table', async () => {
    const { context, page } = await openPage(browser, url, { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    expect(await page.locator('.bm-map--main .bm-svg').isVisible()).toBe(true);
    expect(await page.locator('.bm-map--detail .bm-svg').isVisible()).toBe(true);
    const panels = page.locator('.bm-detail[data-details-for]');
    const n = await panels.count();
    expect(n).toBeGreaterThanOrEqual(10);
    for (let i = 0; i < n; i++) expect(await panels.nth(i).isVisible()).toBe(true);
    expect(await page.locator('.bm-static').first().isVisible()).toBe(true);
    expect(await page.locator('.bm-mark').first().isVisible()).toBe(false);
    expect(await page.locator('.bm-close').first().isVisible()).toBe(false);
    expect(await page.locator('.chart-table table').isVisible()).toBe(false);
    await page.locator('.chart-table > summary').click();
    expect(await page.locator('.chart-table table').isVisible()).toBe(true);
    expect(await page.locator('.chart-table tbody tr').count()).toBe(n);
    const text = await page.locator('.bm').innerText();
    expect(text).toContain('Helsinki District Court dismissed the case for lack of jurisdiction');
    expect(text).toMatch(/Routes schematic/i);
    await context.close();
  });
});

describe('with JavaScript', () => {
  it('selects incidents from the keyboard in time order, highlights their assets and shows details; Escape closes', async () => {
    const { context, page, problems } = await openPage(browser, url, { enhanced: true });
    // Details are hidden until chosen; the static headings give way to buttons.
    expect(await page.locator('.bm-detail[data-details-for]:visible').count()).toBe(0);
    expect(await page.locator('.bm-mark:visible').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.bm-static:visible').count()).toBe(0);

    expect(await tabToFirstMark(page)).toBe('INC-2022-09-NORDSTREAM');
    // The mark's name says what it is; the live region only where it is.
    // (Chromium puts a space before the hidden punctuation; speech is the same.)
    const name = async (id: string) => (await accessible(page, `[data-mark-id="${id}"]`)).name.replace(/ ([,:])/g, '$1');
    expect(await name('INC-2022-09-NORDSTREAM')).toMatch(/^NS: 26 September 2022, Nord Stream .+/);
    expect(await name('INC-2023-10-BALTICCONNECTOR')).toMatch(/^Incident 1: 7–8 October 2023, Balticconnector /);
    expect(await page.locator('#chart-baltic-cables-live').textContent()).toMatch(/^1 of \d+$/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await activeMarkId(page)).toBe('INC-2024-12-EAGLES');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    expect(await activeMarkId(page)).toBe('INC-2024-12-EAGLES');

    await page.keyboard.press('Enter');
    const panel = page.locator('.bm-detail[data-details-for="INC-2024-12-EAGLES"]');
    expect(await panel.isVisible()).toBe(true);
    expect(await page.locator('.bm-detail[data-details-for]:visible').count()).toBe(1);
    expect(await panel.innerText()).toMatch(/Cook Islands/);
    expect(await page.locator('[data-mark-id="INC-2024-12-EAGLES"]').getAttribute('aria-expanded')).toBe('true');
    // Its four cables light up on the main map and on the detail; the others fade.
    expect(await linkedAssets(page)).toEqual(['AST-C-LION1', 'AST-CITIC-FI-EE', 'AST-ELISA-FI-EE', 'AST-ESTLINK2']);
    expect(await page.locator('.bm-map--detail .bm-asset.is-linked').count()).toBe(4);
    expect(await page.locator('.bm-map--main .bm-site.is-linked').filter({ visible: true }).count()).toBe(3);
    // The others get thinner (their colour stays at 3:1, targets-and-states.test.ts); the chosen ones thicker, in ink.
    const width = (id: string) => page.$eval(`.bm-map--main .bm-asset[data-asset-id="${id}"] .bm-line`, (e) => parseFloat(getComputedStyle(e).strokeWidth));
    expect(await width('AST-LVRTC-VENTSPILS-GOTLAND')).toBeLessThan(await width('AST-ESTLINK2'));
    const markerOpacity = await page.$eval('.bm-map--main .bm-labels--roomy .bm-site[data-linked="INC-2026-01-LIEPAJA"]', (e) => getComputedStyle(e).opacity);
    expect(Number(markerOpacity)).toBeLessThan(1);

    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await activeMarkId(page)).toBe('INC-2024-12-EAGLES');
    expect(await linkedAssets(page)).toEqual([]);

    // Space opens too; the close button closes and returns focus to the mark.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    expect(await page.locator('.bm-detail[data-details-for="INC-2025-01-VEZHEN"]').isVisible()).toBe(true);
    expect(await linkedAssets(page)).toEqual(['AST-LVRTC-VENTSPILS-GOTLAND']);
    await page.locator('.bm-detail[data-details-for="INC-2025-01-VEZHEN"] .bm-close').click();
    expect(await page.locator('.bm-detail[data-details-for="INC-2025-01-VEZHEN"]').isVisible()).toBe(false);
    expect(await activeMarkId(page)).toBe('INC-2025-01-VEZHEN');

    // An incident that is not on the map opens its details and lights nothing on the map.
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    expect(await activeMarkId(page)).toBe('INC-2022-09-NORDSTREAM');
    await page.locator('[data-mark-id="INC-2025-05-SWEPOL-NEARMISS"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.bm-detail[data-details-for="INC-2025-05-SWEPOL-NEARMISS"]').innerText()).toMatch(/no damage, so not mapped/);
    expect(await page.locator('.bm-svg .is-linked').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('selects an incident when its ring on the map is clicked, the next one on each click where rings overlap', async () => {
    const { context, page, problems } = await openPage(browser, url, { enhanced: true });
    const open = () => page.$$eval('.bm-detail[data-details-for]', (els) => els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.getAttribute('data-details-for')));
    // On the detail map the Helsinki–Tallinn rings of incidents 1, 3 and 7 overlap.
    // Opening details scrolls them into view (smoothly), so find the ring again before each click.
    const clickRing = async (selector: string) => {
      const ring = page.locator(selector).filter({ visible: true });
      await ring.scrollIntoViewIfNeeded();
      await page.waitForTimeout(600);
      const box = (await ring.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    };
    const click = () => clickRing('.bm-map--detail .bm-site[data-linked="INC-2025-12-FITBURG"] .bm-marker');
    await click();
    expect(await open()).toEqual(['INC-2023-10-BALTICCONNECTOR']);
    await click();
    expect(await open()).toEqual(['INC-2024-12-EAGLES']);
    await click();
    expect(await open()).toEqual(['INC-2025-12-FITBURG']);
    expect(await linkedAssets(page)).toEqual(['AST-ELISA-FI-EE']);
    // A ring of one incident on the main map.
    await clickRing('.bm-map--main .bm-site[data-linked="INC-2026-01-LIEPAJA"] .bm-marker');
    expect(await open()).toEqual(['INC-2026-01-LIEPAJA']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('has no axe violations with an incident open (%s)', async (theme) => {
    const { context, page } = await openPage(browser, url, { theme, enhanced: true });
    await page.locator('[data-mark-id="INC-2023-10-BALTICCONNECTOR"]').click();
    await page.locator('.bm-detail[data-details-for="INC-2023-10-BALTICCONNECTOR"] summary').click();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe.each([320, 375, 1280])('at %ipx wide', (width) => {
  it.each([true, false])('has no horizontal page scroll and labels sized for the map (JavaScript %s)', async (js) => {
    const { context, page, problems } = await openPage(browser, url, { viewport: { width, height: 800 }, javaScriptEnabled: js });
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    const mapWidth = await page.$eval('.bm-map--main', (e) => e.getBoundingClientRect().width);
    expect(mapWidth).toBeLessThanOrEqual(width);
    const shown = await page.$$eval('.bm-map--main .bm-labels', (els) =>
      els.filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.getAttribute('class')),
    );
    // Picked by the map's width in rem (16px here): small under 15rem, roomy from 31.25rem (src/charts/baltic-map/sizes.ts).
    expect(shown).toEqual([`bm-labels bm-labels--${mapWidth >= 500 ? 'roomy' : mapWidth >= 240 ? 'compact' : 'small'}`]);
    // Every label of the shown set lies within the map box.
    const outside = await page.$$eval('.bm-map--main .bm-labels text', (els) => {
      const box = document.querySelector('.bm-map--main')!.getBoundingClientRect();
      return els
        .filter((e) => getComputedStyle((e as SVGTextElement).ownerSVGElement!).display !== 'none')
        .map((e) => ({ t: e.textContent, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        .map(({ t }) => t);
    });
    expect(outside).toEqual([]);
    if (js) expect(problems).toEqual([]);
    await context.close();
  });
});

describe('in the Baltic article (compact: details fetched from the map’s page) and the map page’s address', () => {
  const article = `${baseUrl}articles/baltic-sea-cable-incidents/`;

  it('opens an incident’s details, fetched from the map’s page, with element.click() as a screen reader would', async () => {
    const { context, page, problems } = await openPage(browser, article, { enhanced: true, viewport: { width: 375, height: 800 } });
    expect(await page.locator('.bm [data-details-for]').count()).toBe(0);
    const mark = page.locator('.bm [data-mark-id="INC-2024-12-EAGLES"]');
    // A reader scrolls down the list to the row (rows keep clear of the map that stays above them), then chooses it.
    await mark.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await mark.evaluate((el) => (el as HTMLElement).click());
    const panel = page.locator('.bm [data-details-for="INC-2024-12-EAGLES"]');
    await panel.waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.querySelector('.bm [data-details-for][aria-busy]'));
    expect(await panel.innerText()).toMatch(/Cook Islands/);
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.getAttribute('role')).toBe('region');
    // the map stays in view while the list scrolls: the selected incident's lines are on screen
    const [map, row] = await Promise.all(['.bm-sticky', '.bm [data-mark-id="INC-2024-12-EAGLES"]'].map((sel) => page.$eval(sel, (e) => e.getBoundingClientRect().toJSON() as DOMRect)));
    expect(map!.top).toBeGreaterThanOrEqual(-1);
    expect(map!.bottom).toBeLessThanOrEqual(800 * 0.6);
    expect(row!.top).toBeGreaterThanOrEqual(map!.bottom - 1); // the row is seen below the map, not under it
    expect(await page.locator('.bm-map--detail .bm-asset.is-linked').count()).toBe(4);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the open incident in the map page’s address, and a link with it opens that incident', async () => {
    const { context, page } = await openPage(browser, `${url}?incident=INC-2025-01-VEZHEN`, { enhanced: true });
    const panel = page.locator('.bm-detail[data-details-for="INC-2025-01-VEZHEN"]');
    await panel.waitFor({ state: 'visible' });
    await page.locator('[data-mark-id="INC-2024-12-EAGLES"]').click();
    await page.waitForFunction(() => location.search.includes('INC-2024-12-EAGLES'));
    await page.goBack();
    await panel.waitFor({ state: 'visible' });
    expect(new URL(page.url()).searchParams.get('incident')).toBe('INC-2025-01-VEZHEN');
    await context.close();
  });
});
