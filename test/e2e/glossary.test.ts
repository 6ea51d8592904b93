/**
 * Glossary behaviour in Chromium: the <Term> pop-up (hover, focus, Escape, Tab, touch, 320px, reduced motion, axe
 * with it open), the category filter with JavaScript off (plain links) and on (in place, focus kept, announced,
 * address updated, Back works), and no console or CSP errors from the JSON-LD. Axe on every page in both themes is
 * in every-page.test.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { collectProblems, launchBrowser, newContext, openPage } from '../support/browser';

const baseUrl = inject('baseUrl');
const TERM_PAGE = 'glossary/ransomware/';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: BrowserContextOptions & { theme?: 'light' | 'dark' } = {}) {
  return openPage(browser, baseUrl + path, options);
}

const popover = (page: Page) => page.locator('[data-term-popover]');
const popoverOpen = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-term-popover]');
    return !!el && !el.hidden && el.checkVisibility();
  });
const waitOpen = (page: Page) => page.waitForSelector('[data-term-popover]:not([hidden])', { state: 'visible', timeout: 2000 });
const waitClosed = (page: Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('[data-term-popover]')?.hidden !== false, null, { timeout: 2000 });

/** What assistive technology gets from a term link: its text, its description reference and the described text. */
const accessible = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const a = document.querySelector(sel)!;
    const ids = (a.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return {
      name: a.textContent?.trim(),
      describedby: a.getAttribute('aria-describedby'),
      description: ids.map((id) => document.getElementById(id)?.textContent?.trim()).join(' '),
      role: a.getAttribute('role'),
    };
  }, selector);

const activeTerm = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? null);

describe('term pop-ups', () => {
  it('open on hover with the short definition, stay while the pointer moves onto them, close when it leaves', async () => {
    const { context, page, problems } = await open(TERM_PAGE);
    const first = '[data-related] a[data-term]';
    const before = await accessible(page, first);
    expect(before.description).toMatch(/^Glossary: \S/);
    expect(await popoverOpen(page)).toBe(false);

    await page.locator(first).first().hover();
    await waitOpen(page);
    const text = (await popover(page).innerText()).replace(/\s+/g, ' ');
    expect(text).toContain(before.description.replace(/^Glossary: /, ''));
    expect(text).toContain(before.name);
    expect(await popover(page).getAttribute('aria-hidden')).toBe('true');
    expect(await accessible(page, first)).toEqual(before);

    // The reader can move the pointer onto the pop-up to read it (WCAG 1.4.13).
    const box = (await popover(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(500);
    expect(await popoverOpen(page)).toBe(true);

    await page.mouse.move(5, 5, { steps: 4 });
    await waitClosed(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('open on keyboard focus; Escape closes without moving focus; Tab moves on normally', async () => {
    const { context, page, problems } = await open(TERM_PAGE);
    const related = await page.locator('[data-related] a[data-term]').evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.term));
    expect(related.length).toBeGreaterThanOrEqual(2);

    // Tab from the top of the page to the first related term.
    for (let i = 0; i < 40 && (await activeTerm(page)) !== related[0]; i++) await page.keyboard.press('Tab');
    expect(await activeTerm(page)).toBe(related[0]);
    await waitOpen(page);
    expect(await popover(page).evaluate((el) => el.querySelectorAll('a, button, input, [tabindex]').length)).toBe(0);

    await page.keyboard.press('Escape');
    await waitClosed(page);
    expect(await activeTerm(page)).toBe(related[0]);

    await page.keyboard.press('Tab');
    expect(await activeTerm(page)).toBe(related[1]);
    await waitOpen(page);
    const second = await accessible(page, `[data-related] a[data-term="${related[1]}"]`);
    expect((await popover(page).innerText()).replace(/\s+/g, ' ')).toContain(second.description.replace(/^Glossary: /, ''));

    // Back to the first term: Escape only dismissed it while it had focus.
    await page.keyboard.press('Shift+Tab');
    expect(await activeTerm(page)).toBe(related[0]);
    await waitOpen(page);

    // Leaving the terms closes it.
    for (let i = 0; i < related.length; i++) await page.keyboard.press('Tab');
    expect(await activeTerm(page)).toBeNull();
    await waitClosed(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a tap on a touchscreen follows the link and never opens the pop-up', async () => {
    const context = await newContext(browser, { hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
    // Record in sessionStorage (it survives the navigation) if a pop-up ever becomes visible.
    await context.addInitScript(() => {
      new MutationObserver(() => {
        const el = document.querySelector<HTMLElement>('[data-term-popover]');
        if (el && !el.hidden) sessionStorage.setItem('popover-shown', '1');
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const page = await context.newPage();
    await page.goto(baseUrl + TERM_PAGE, { waitUntil: 'load' });
    const link = page.locator('[data-related] a[data-term]').first();
    const slug = await link.getAttribute('data-term');
    await link.scrollIntoViewIfNeeded();
    await Promise.all([page.waitForURL(`**/glossary/${slug}/`), link.tap()]);
    expect(await page.evaluate(() => sessionStorage.getItem('popover-shown'))).toBeNull();
    await context.close();
  });

  it('stays inside a 320px-wide viewport without sideways scrolling', async () => {
    const { context, page } = await open(TERM_PAGE, { viewport: { width: 320, height: 640 } });
    const links = page.locator('[data-related] a[data-term]');
    const n = Math.min(await links.count(), 3);
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) {
      await links.nth(i).hover();
      await waitOpen(page);
      await page.waitForTimeout(150);
      const fit = await page.evaluate(() => {
        const r = document.querySelector('[data-term-popover]')!.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth };
      });
      expect(fit.left).toBeGreaterThanOrEqual(0);
      expect(fit.right).toBeLessThanOrEqual(fit.width);
      expect(fit.top).toBeGreaterThanOrEqual(0);
      expect(fit.bottom).toBeLessThanOrEqual(640);
      expect(fit.scroll).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  it('fades in normally but not when the reader prefers reduced motion', async () => {
    const longest: Record<string, number> = {};
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const { context, page } = await open(TERM_PAGE, { reducedMotion });
      await page.locator('[data-related] a[data-term]').first().hover();
      await waitOpen(page);
      const css = await popover(page).evaluate((el) => getComputedStyle(el).transitionDuration);
      // "0.12s, 0.12s" or "1e-05s": the longest transition in milliseconds.
      longest[reducedMotion] = Math.max(...css.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
      await context.close();
    }
    expect(longest['no-preference']).toBeGreaterThanOrEqual(50);
    expect(longest.reduce).toBeLessThan(1);
  });

  it.each(['light', 'dark'] as const)('has no axe violations with the pop-up open (%s)', async (theme) => {
    const { context, page, problems } = await open(TERM_PAGE, { theme });
    await page.locator('[data-related] a[data-term]').first().focus();
    await waitOpen(page);
    await page.waitForTimeout(200);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

const visibleEntries = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-term-entry]')].filter((e) => e.checkVisibility()).map((e) => e.dataset.category));

describe('glossary category filter', () => {
  it('works as plain links with JavaScript off', async () => {
    const { context, page } = await open('glossary/', { javaScriptEnabled: false });
    const all = await visibleEntries(page);
    expect(all).toHaveLength(50);
    const expected = all.filter((c) => c === 'threat-actor').length;
    expect(expected).toBeGreaterThan(0);

    await Promise.all([page.waitForURL('**/glossary/category/threat-actor/'), page.locator('a[data-filter="threat-actor"]').click()]);
    const shown = await visibleEntries(page);
    expect(shown).toHaveLength(expected);
    expect(new Set(shown)).toEqual(new Set(['threat-actor']));
    expect(await page.locator('a[data-filter="threat-actor"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('main h1').innerText()).toBe('Glossary: threat actors');

    // Letter links jump to the letter's heading.
    const letter = page.locator('[data-letter-on]:visible').first();
    const target = (await letter.getAttribute('href'))!;
    await letter.click();
    expect(page.url()).toContain(target);
    expect(await page.locator(`${target}`).isVisible()).toBe(true);

    await Promise.all([page.waitForURL(/\/glossary\/$/), page.locator('a[data-filter]').first().click()]);
    expect(await visibleEntries(page)).toHaveLength(50);
    await context.close();
  });

  it('filters in place with JavaScript: no reload, focus kept, result announced, address updated, Back works', async () => {
    const { context, page, problems } = await open('glossary/');
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const stayed = () => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
    const all = await visibleEntries(page);
    const count = (c: string) => all.filter((x) => x === c).length;

    // Keyboard: focus the filter and press Enter.
    await page.locator('a[data-filter="threat-actor"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /threat actors/.test(document.querySelector('[data-glossary-status]')?.textContent ?? ''));
    expect(await stayed()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/glossary/category/threat-actor/');
    expect(await visibleEntries(page)).toHaveLength(count('threat-actor'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.filter)).toBe('threat-actor');
    expect(await page.locator('a[data-filter="threat-actor"]').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('a[data-filter]').first().getAttribute('aria-current')).toBeNull();
    const status = page.locator('[data-glossary-status]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.innerText()).toBe(`Showing ${count('threat-actor')} terms of 50: threat actors.`);
    expect(await page.title()).toBe('Glossary: threat actors | Grey Zone');
    expect(await page.locator('main h1').innerText()).toBe('Glossary: threat actors');
    // Every visible letter link leads to a visible section; letters without terms are not links.
    const letters = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('[data-letter-on]')].map((a) => ({
        on: a.checkVisibility(),
        sectionShown: document.querySelector<HTMLElement>(a.hash)?.checkVisibility() ?? false,
      })),
    );
    expect(letters.every((l) => l.on === l.sectionShown)).toBe(true);
    expect(letters.some((l) => !l.on)).toBe(true);

    // Mouse: another category.
    await page.locator('a[data-filter="organisation"]').click();
    await page.waitForFunction(() => /organisations/.test(document.querySelector('[data-glossary-status]')?.textContent ?? ''));
    expect(await visibleEntries(page)).toHaveLength(count('organisation'));
    expect(new URL(page.url()).pathname).toBe('/glossary/category/organisation/');

    // Back and Forward follow the filters without reloading.
    await page.goBack();
    await page.waitForFunction(() => location.pathname.endsWith('/threat-actor/'));
    await page.waitForFunction((n) => document.querySelectorAll('[data-term-entry]:not([hidden])').length === n, count('threat-actor'));
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('[data-term-entry]:not([hidden])').length === 50);
    expect(new URL(page.url()).pathname).toBe('/glossary/');
    expect(await page.title()).toBe('Glossary | Grey Zone');
    expect(await stayed()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on a category page, "All terms" shows the whole list in place', async () => {
    const { context, page } = await open('glossary/category/infrastructure/');
    const before = await visibleEntries(page);
    expect(new Set(before)).toEqual(new Set(['infrastructure']));
    await page.locator('a[data-filter]').first().click();
    await page.waitForFunction(() => location.pathname === '/glossary/');
    expect(await visibleEntries(page)).toHaveLength(50);
    await context.close();
  });
});

describe('structured data', () => {
  it.each(['glossary/', TERM_PAGE])('/%s: JSON-LD parses and causes no console or CSP errors', async (path) => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const page = await context.newPage();
    const problems = collectProblems(page);
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    const types = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent ?? '')['@type']),
    );
    expect(types).toEqual([path === TERM_PAGE ? 'DefinedTerm' : 'DefinedTermSet']);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
