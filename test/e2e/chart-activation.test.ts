/**
 * Chart marks as screen-reader and voice-control users meet them (issue: accessibility beyond axe).
 *
 * - Activation: a screen reader in browse mode (NVDA/JAWS Enter, VoiceOver VO-Space) and voice control ("click …")
 *   deliver a click with no pointer behind it (event.detail 0): element.click() for HTML, the same synthetic click
 *   for SVG. Every kind of mark, in every layout, must open its details that way, and say so (aria-expanded).
 * - Details panels are regions named by their heading, so moving focus into one reads a name, not the whole panel.
 * - Names: each mark's accessible name reads as a sentence (words never run together, what is on screen is in it),
 *   its parts in clear phrases with separators where the screen uses layout (a timeline row: "2. 22 Apr 2025, Attack
 *   or impact: M&S says it is handling a cyber incident."; a map row: "Incident 1: 7–8 October 2023, Balticconnector…");
 *   the live region adds only the position, never the name again.
 * - A hover tooltip is dismissed by Escape wherever focus is (WCAG 1.4.13).
 *
 * Written against behaviour (roles, states, names, what is rendered), not today's markup, so a redesign keeps them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibleAll, accessibleFocus } from '../support/accessibility';
import { launchBrowser, openPage } from '../support/browser';
import { builtLeadArticle } from '../support/paths';

const baseUrl = inject('baseUrl');
/** The chart pages whose marks open details. */
const EXPLORABLE = ['charts/uk-cyber-timeline/', 'charts/baltic-cables/'];
const WIDTHS = [1280, 375];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Ids of the rendered marks, grouped by kind (tag and role), in document order. */
const markKinds = (page: Page) =>
  page.evaluate(() => {
    const kinds: Record<string, string[]> = {};
    for (const m of document.querySelectorAll('chart-explorer [data-mark-id]')) {
      if (m.getClientRects().length === 0 || !m.checkVisibility()) continue;
      const kind = `${m.tagName.toLowerCase()}[role=${m.getAttribute('role') ?? ''}]${m.closest('svg') ? ' in svg' : ''}`;
      (kinds[kind] ??= []).push(m.getAttribute('data-mark-id')!);
    }
    return kinds;
  });

/** What assistive technology does on "activate": a click with no pointer (detail 0), as element.click() sends. */
const activate = (page: Page, id: string) =>
  page.evaluate((markId) => {
    const mark = [...document.querySelectorAll(`chart-explorer [data-mark-id="${CSS.escape(markId)}"]`)].find(
      (m) => m.getClientRects().length > 0 && m.checkVisibility(),
    )!;
    if (mark instanceof HTMLElement) mark.click();
    else mark.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 0 }));
  }, id);

/** The rendered details panels, by the mark id they belong to. */
const openPanels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-details-for]')]
      .filter((p) => p.getClientRects().length > 0 && p.checkVisibility())
      .map((p) => p.getAttribute('data-details-for')),
  );

const renderedMark = (id: string) => `chart-explorer [data-mark-id="${id}"]`;

async function expandedState(page: Page, id: string): Promise<string | null> {
  const all = await accessibleAll(page, `chart-explorer [data-mark-id="${id}"]`);
  const visible = await page.evaluate(
    (markId) => [...document.querySelectorAll(`chart-explorer [data-mark-id="${CSS.escape(markId)}"]`)].map((m) => m.getClientRects().length > 0 && m.checkVisibility()),
    id,
  );
  return all.find((_, i) => visible[i])?.expanded ?? null;
}

describe.each(EXPLORABLE)('/%s', (url) => {
  it.each(WIDTHS)('every kind of mark opens and closes its details with a pointer-less click (screen reader, voice control) at %ipx', async (width) => {
    const { context, page, problems } = await openPage(browser, baseUrl + url, { viewport: { width, height: 900 }, enhanced: true });
    const kinds = await markKinds(page);
    expect(Object.keys(kinds).length).toBeGreaterThan(0);
    for (const [kind, ids] of Object.entries(kinds)) {
      // The first, a middle and the last of each kind.
      for (const id of new Set([ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!])) {
        expect(await expandedState(page, id), `${kind} ${id} before`).toBe('false');
        await activate(page, id);
        expect(await openPanels(page), `${kind} ${id}: panels open after activation`).toEqual([id]);
        expect(await expandedState(page, id), `${kind} ${id} after`).toBe('true');
        await activate(page, id);
        expect(await openPanels(page), `${kind} ${id}: panels open after a second activation`).toEqual([]);
        expect(await expandedState(page, id), `${kind} ${id} closed`).toBe('false');
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each(WIDTHS)('details open with the keyboard move focus to a region named by its heading or mark, not the whole panel, at %ipx', async (width) => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width, height: 900 }, enhanced: true });
    const ids = Object.values(await markKinds(page)).flat();
    for (const id of [ids[0]!, ids[Math.floor(ids.length / 2)]!]) {
      await page.locator(renderedMark(id)).filter({ visible: true }).first().focus();
      await page.keyboard.press('Enter');
      expect(await openPanels(page)).toEqual([id]);
      const focused = await accessibleFocus(page);
      expect(focused.role, `${id}: focus after Enter`).toBe('region');
      expect(focused.name.length, `${id}: region name "${focused.name.slice(0, 80)}…"`).toBeGreaterThan(3);
      expect(focused.name.length, `${id}: region name is the whole panel`).toBeLessThan(160);
      // The name is the panel's heading (which heading navigation also finds), or where a panel opens in place under
      // its mark, the name of that mark.
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll('[data-details-for] :is(h1, h2, h3, h4, h5, h6, [role="heading"])')]
          .filter((h) => h.checkVisibility())
          .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
      );
      const markNames = (await accessibleAll(page, renderedMark(id))).map((m) => m.name);
      // A panel that opens in place under its list row may be named by the title that row shows (part of the row's name).
      const named = headings.includes(focused.name) || markNames.some((n) => n === focused.name || n.includes(focused.name));
      expect(named, `${id}: region named "${focused.name}"`).toBe(true);
      await page.keyboard.press('Escape');
      expect(await openPanels(page)).toEqual([]);
    }
    await context.close();
  });

  it.each(WIDTHS)('every mark has a name that reads as a sentence, with what is on screen in it, at %ipx', async (width) => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width, height: 900 }, enhanced: true });
    const marks = await namedMarks(page);
    expect(marks.length).toBeGreaterThan(5);
    for (const { id, runs, name } of marks) {
      expect(name.length, `${id}: no name`).toBeGreaterThan(10);
      for (const run of runs) {
        const at = name.indexOf(run);
        expect(at, `${id}: "${run}" (on screen) is not in its name "${name}"`).toBeGreaterThanOrEqual(0);
        // Words never run together: what follows a run in the name is a space, punctuation or the end.
        const next = name.slice(at + run.length, at + run.length + 1);
        expect(/^[\p{L}\p{N}]$/u.test(next), `${id}: "${run}" runs into "${name.slice(at + run.length, at + run.length + 12)}" in "${name}"`).toBe(false);
      }
      // A bare number is not read against the date after it ("1 7–8 October 2023"; "1. 19 Apr 2025" is separated).
      expect(name, `${id}`).not.toMatch(/^[^\s.:,;]{1,3} \d/);
    }
    await context.close();
  });

  it('says the position when the arrow keys move, without repeating the name just read', async () => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const live = page.locator('chart-explorer [aria-live]');
    const ids = Object.values(await markKinds(page)).flat();
    await page.locator(renderedMark(ids[0]!)).filter({ visible: true }).first().focus();
    await page.keyboard.press('ArrowRight');
    const name = (await accessibleFocus(page)).name;
    await expect.poll(() => live.textContent()).toMatch(/\b2 of \d+\b/);
    const said = (await live.textContent()) ?? '';
    expect(said.length, `live region: "${said}"`).toBeLessThan(40);
    expect(name).not.toContain(said.trim());
    await context.close();
  });

  it('lets Escape dismiss a hover tooltip while focus is elsewhere (1.4.13)', async () => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width: 1280, height: 900 }, enhanced: true });
    const withTooltip = await page.evaluate(() =>
      [...document.querySelectorAll('chart-explorer [data-mark-id]')]
        .filter((m) => m.closest('svg') && m.getClientRects().length > 0 && m.checkVisibility() && m.getAttribute('data-tooltip') !== '')
        .map((m) => m.getAttribute('data-mark-id')!),
    );
    if (withTooltip.length === 0) return; // this chart's marks show their text on screen: no tooltips
    const mark = page.locator(`chart-explorer [data-mark-id="${withTooltip[Math.floor(withTooltip.length / 2)]}"]`).filter({ visible: true }).first();
    const tooltip = page.locator('chart-explorer [class*="tooltip"]');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await mark.hover();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible(), { timeout: 1000 }).toBe(false);
    // It stays away while the pointer rests on the same mark.
    await page.waitForTimeout(400);
    expect(await tooltip.isVisible()).toBe(false);
    await context.close();
  });
});

/**
 * A name as speech says it: Chromium puts a space before punctuation held in an out-of-flow (visually hidden) span
 * ("Incident 1 : 7–8 October 2023 ,"), which a screen reader does not voice; the phrase patterns ignore it.
 */
const spoken = (name: string) => name.replace(/\s+(?=[.,:;])/g, '');

/** The visible, rendered marks of the page, each with the text runs a sighted reader sees in it, and its name. */
async function namedMarks(page: Page) {
  const marks = await page.evaluate(() =>
    [...document.querySelectorAll('chart-explorer [data-mark-id]')]
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => m.getClientRects().length > 0 && m.checkVisibility())
      .map(({ m, index }) => {
        const runs: string[] = [];
        const walk = document.createTreeWalker(m, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          const el = n.parentElement!;
          if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
          const t = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (t && /[\p{L}\p{N}]/u.test(t)) runs.push(t);
        }
        return { id: m.getAttribute('data-mark-id')!, index, runs };
      }),
  );
  const names = await accessibleAll(page, 'chart-explorer [data-mark-id]');
  return marks.map((m) => ({ ...m, name: names[m.index]!.name }));
}

/** Number, date, category, title, caveat: "1. 19 Apr 2025, Attack or impact: M&S finds hackers … systems (single source)." */
const TIMELINE_ROW =
  /^(?<n>\d+)\. (?<date>(?:c\. )?(?:\d{1,2} )?[A-Z][a-z]{2} \d{4}), (?<category>[A-Z][^:,.]+): (?<title>\S.*?)(?<caveat> \((?:single source|sources differ)\))?\.?$/;
/**
 * Incident code (rows the site does not count have none), date, what was damaged: "Incident 1: 7–8 October 2023,
 * Balticconnector gas pipeline and three telecom cables"; "20 May 2025, Tanker over … (not on the map)".
 */
const MAP_ROW = /^(?:(?:Incident \d+|[A-Z]{1,3}): )?(?<date>[^,:]*\d{4}), (?<label>\p{Lu}.+)$/u;

describe('mark names read as clear phrases, one per item, with separators between their parts', () => {
  it.each([
    ['charts/uk-cyber-timeline/', 1280],
    ['charts/uk-cyber-timeline/', 375],
    [builtLeadArticle(), 1280],
  ] as const)('timeline rows on /%s at %ipx: "N. date, Category: title (caveat)."', async (url, width) => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width, height: 900 }, enhanced: true });
    const rows = (await namedMarks(page)).filter((m) => m.runs.length >= 3);
    expect(rows.length).toBeGreaterThan(3);
    // Every row, which includes the sample the issue quoted (rows 1, 2 and 37: a caveat, none, "c." dates).
    for (const { id, runs, name } of rows) {
      const said = spoken(name);
      const parts = TIMELINE_ROW.exec(said)?.groups;
      expect(parts, `${id}: "${said}" is not "N. date, Category: title."`).toBeDefined();
      expect(said.endsWith('.') || /[?!]$/.test(said), `${id}: "${said}" ends as a sentence`).toBe(true);
      // The parts are the ones the row shows: its number, date, title, and the caveat when it shows one.
      expect(parts!.n, id).toBe(runs[0]);
      expect(parts!.date, id).toBe(runs[1]);
      expect(parts!.title!.replace(/[.?!]$/, ''), id).toBe(runs.at(-1)!.replace(/[.?!]$/, ''));
      const caveat = runs.find((r) => /^,? ?(single source|sources differ)$/.test(r))?.replace(/^,? ?/, '');
      expect(parts!.caveat?.trim().slice(1, -1), `${id}: the caveat it shows`).toBe(caveat);
    }
    await context.close();
  });

  it.each([1280, 375])('map rows on /charts/baltic-cables/ at %ipx: "Incident N: date, what was damaged"', async (width) => {
    const { context, page } = await openPage(browser, baseUrl + 'charts/baltic-cables/', { viewport: { width, height: 900 }, enhanced: true });
    const rows = await namedMarks(page);
    expect(rows.length).toBeGreaterThan(5);
    for (const { id, name } of rows) {
      expect(spoken(name), id).toMatch(MAP_ROW);
    }
    await context.close();
  });
});
