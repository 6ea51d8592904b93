/**
 * The story's visual up front: on every article, at 375 and 1440 px, the first visual (a chart figure, an image
 * figure or a "claimed vs established" strip) starts within two screens of the top of the page; and where an article
 * has a compact "what we know, and what we don't" box, that box starts within two screens too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { distRoot } from '../support/paths';
import { builtPages } from '../support/site-pages';

const baseUrl = inject('baseUrl');
const articles = builtPages(distRoot).filter((p) => /^articles\/[^/]+\/$/.test(p));
/** A phone and a desktop window. */
const windows = [
  { width: 375, height: 812 },
  { width: 1440, height: 900 },
];

interface Tops {
  visual: { label: string; top: number } | null;
  inBrief: number | null;
}

/** The document-relative top of the first visual in the article body and of the compact in-brief box. */
async function tops(tab: Page): Promise<Tops> {
  return tab.evaluate(() => {
    const body = document.querySelector('main article') ?? document.querySelector('main');
    if (!body) return { visual: null, inBrief: null };
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return getComputedStyle(el).display !== 'none' && r.width > 2 && r.height > 2;
    };
    const first = [...body.querySelectorAll('figure, [data-claims-strip]')].filter(visible)[0];
    const top = (el: Element) => Math.round(el.getBoundingClientRect().top + window.scrollY);
    const brief = [...body.querySelectorAll('aside.in-brief')].filter(visible)[0];
    return {
      visual: first ? { label: `${first.tagName.toLowerCase()}.${first.className.toString().split(/\s+/)[0]}${first.id ? '#' + first.id : ''}`, top: top(first) } : null,
      inBrief: brief ? top(brief) : null,
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

for (const { width, height } of windows) {
  describe(`${width}×${height}`, () => {
    let context: BrowserContext;
    let tab: Page;
    const measured = new Map<string, Tops>();
    beforeAll(async () => {
      context = await newContext(browser, { viewport: { width, height } });
      tab = await context.newPage();
      for (const page of articles) {
        await tab.goto(baseUrl + page, { waitUntil: 'load' });
        measured.set(page, await tops(tab));
      }
    });
    afterAll(async () => {
      await context?.close();
    });

    it('finds the articles', () => {
      expect(articles.length).toBeGreaterThanOrEqual(5);
    });

    it('opens every article with its visual within two screens', () => {
      const late = articles
        .map((page) => ({ page, ...measured.get(page)! }))
        .filter(({ visual }) => !visual || visual.top > 2 * height)
        .map(({ page, visual }) => `${page}: ${visual ? `first visual ${visual.label} starts at ${visual.top} px` : 'no visual'} (limit ${2 * height} px)`);
      expect(late).toEqual([]);
    });

    it('shows the compact "what we know" box within two screens', () => {
      const late = articles
        .map((page) => ({ page, top: measured.get(page)!.inBrief }))
        .filter(({ top }) => top !== null && top > 2 * height)
        .map(({ page, top }) => `${page}: in-brief box starts at ${top} px (limit ${2 * height} px)`);
      expect(late).toEqual([]);
    });
  });
}
