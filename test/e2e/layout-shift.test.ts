/**
 * No layout shift: on every chart page and every article, at phone and desktop sizes, a PerformanceObserver for
 * `layout-shift` entries (installed before the page's own scripts run) records nothing while the page loads, its
 * scripts enhance the charts, and the reader scrolls to the end. Each page and size is a test of its own, so a fix to
 * one chart turns its own cases green. A failure names the elements that moved.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectProblems, launchBrowser, newContext } from '../support/browser';
import { distRoot } from '../support/paths';
import { builtPages } from '../support/site-pages';

const baseUrl = inject('baseUrl');
const pages = builtPages(distRoot).filter((p) => /^(articles|charts)\/[^/]+\/$/.test(p));
const SIZES = [
  { name: 'phone', width: 375, height: 740 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/**
 * Cases still known to shift, with the reason, skipped so the rest can gate the build. Keep empty: a page here is a
 * bug that someone owns.
 */
const KNOWN_SHIFTS: Record<string, string> = {
};

interface Shift {
  value: number;
  sources: string[];
}

declare global {
  interface Window {
    __shifts: Shift[];
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('cumulative layout shift is 0', () => {
  const cases = pages.flatMap((p) => SIZES.map((s) => ({ page: p, size: s, key: `${p} ${s.name}` })));
  it('covers every chart page and article', () => {
    expect(pages.filter((p) => p.startsWith('charts/')).length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => p.startsWith('articles/')).length).toBeGreaterThanOrEqual(3);
  });

  for (const c of cases) {
    const skip = KNOWN_SHIFTS[c.key];
    it.skipIf(Boolean(skip))(`${c.page} at ${c.size.width}px (${c.size.name})${skip ? ` (skipped: ${skip})` : ''}`, async () => {
      const context = await newContext(browser, { viewport: { width: c.size.width, height: c.size.height } });
      const page = await context.newPage();
      const problems = collectProblems(page);
      await page.addInitScript(() => {
        window.__shifts = [];
        const describe = (node: Node | null) => {
          if (!(node instanceof Element)) return node ? node.nodeName : '?';
          const cls = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
          return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls}`;
        };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node: Node | null }[] })[]) {
            if (entry.hadRecentInput) continue;
            window.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => describe(s.node)) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl}${c.page}`, { waitUntil: 'networkidle' });
      // Let the enhancements run, then read the page to its end as a reader would.
      const frames = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await frames();
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += c.size.height) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await frames();
      }
      await frames();
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(
        shifts.map((s) => `${s.value.toFixed(4)} ${s.sources.join(', ')}`),
        `layout shift ${cls.toFixed(4)} on /${c.page} at ${c.size.width}px`,
      ).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
