/**
 * "In this article" on phones: at 320 and 375 px each entry's number sits level with the first line of its entry
 * (not beside a wrapped entry's last line), the wrapped lines hang under the entry's text (not under the number), and
 * each link is at least 24 px tall (WCAG 2.5.8).
 *
 * The numbers are the list's own markers (::marker), which the DOM cannot measure: their boxes are read through the
 * DevTools protocol (DOM.getBoxModel on the marker pseudo-element), the entry's lines from a Range over its text.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { distRoot } from '../support/paths';
import { builtPages } from '../support/site-pages';

const baseUrl = inject('baseUrl');
const articles = builtPages(distRoot).filter((p) => /^articles\/[^/]+\/$/.test(p));

interface CdpNode {
  nodeId: number;
  localName?: string;
  pseudoType?: string;
  children?: CdpNode[];
  pseudoElements?: CdpNode[];
}

interface Entry {
  text: string;
  /** Top and bottom of each line of the entry's text, in page order. */
  lines: { top: number; bottom: number; left: number }[];
  link: { height: number };
  marker: { top: number; bottom: number; right: number } | null;
}

/** Each contents entry's lines, link box and marker box on the page now. */
async function entries(tab: Page, context: BrowserContext): Promise<Entry[]> {
  const found = await tab.evaluate(() =>
    [...document.querySelectorAll('main nav.toc li')].map((li) => {
      const a = li.querySelector('a')!;
      const range = document.createRange();
      range.selectNodeContents(a);
      // One rect per line: merge the rects of each line (inline boxes on the same line share a top).
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const lines: { top: number; bottom: number; left: number }[] = [];
      for (const r of rects) {
        const same = lines.find((l) => Math.abs(l.top - r.top) < 2);
        if (same) same.left = Math.min(same.left, r.left);
        else lines.push({ top: r.top, bottom: r.bottom, left: r.left });
      }
      return { text: a.textContent!.trim(), lines, link: { height: a.getBoundingClientRect().height } };
    }),
  );
  const cdp = await context.newCDPSession(tab);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'main nav.toc li' });
  const byId = new Map<number, CdpNode>();
  const walk = (n: CdpNode) => {
    byId.set(n.nodeId, n);
    n.children?.forEach(walk);
    n.pseudoElements?.forEach(walk);
  };
  walk(root);
  const markers: Entry['marker'][] = [];
  for (const id of nodeIds) {
    const marker = byId.get(id)?.pseudoElements?.find((p) => p.pseudoType === 'marker');
    if (!marker) {
      markers.push(null);
      continue;
    }
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: marker.nodeId })) as { model: { content: number[] } };
    const ys = [model.content[1]!, model.content[3]!, model.content[5]!, model.content[7]!];
    const xs = [model.content[0]!, model.content[2]!, model.content[4]!, model.content[6]!];
    markers.push({ top: Math.min(...ys), bottom: Math.max(...ys), right: Math.max(...xs) });
  }
  await cdp.detach();
  return found.map((e, i) => ({ ...e, marker: markers[i] ?? null }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([320, 375])('the contents list at %i px', (width) => {
  let context: BrowserContext;
  let tab: Page;
  beforeAll(async () => {
    context = await newContext(browser, { viewport: { width, height: 900 } });
    tab = await context.newPage();
  });
  afterAll(async () => context?.close());

  it.each(articles)('/%s: each number is level with its entry\'s first line; wrapped lines hang under the text', async (page) => {
    await tab.goto(baseUrl + page, { waitUntil: 'load' });
    const list = await entries(tab, context);
    if (list.length === 0) return; // articles with fewer than three sections have no contents list
    for (const e of list) {
      expect(e.marker, `"${e.text}" has a number`).not.toBeNull();
      const first = e.lines[0]!;
      const lineHeight = first.bottom - first.top;
      const markerMiddle = (e.marker!.top + e.marker!.bottom) / 2;
      // Level with the first line: the number's middle within the first line, and its top close to the line's top.
      expect(markerMiddle, `"${e.text}" (${e.lines.length} lines): its number's middle lies on the first line`).toBeGreaterThanOrEqual(first.top);
      expect(markerMiddle, `"${e.text}" (${e.lines.length} lines): its number's middle lies on the first line`).toBeLessThanOrEqual(first.bottom);
      expect(Math.abs(e.marker!.top - first.top), `"${e.text}": its number's top is level with the first line's`).toBeLessThanOrEqual(lineHeight / 4);
      // Hanging indent: every line starts at the first line's left edge, right of the number.
      for (const l of e.lines) {
        expect(l.left, `"${e.text}": each line starts where the first does`).toBeCloseTo(first.left, 0);
        expect(l.left, `"${e.text}": the text starts right of its number`).toBeGreaterThanOrEqual(e.marker!.right - 0.5);
      }
      expect(e.link.height, `"${e.text}": a target at least 24 px tall`).toBeGreaterThanOrEqual(24);
    }
  });

  it('some entry wraps at this width (so the test measures wrapped entries)', async () => {
    let wrapped = 0;
    for (const page of articles) {
      await tab.goto(baseUrl + page, { waitUntil: 'load' });
      wrapped += (await entries(tab, context)).filter((e) => e.lines.length > 1).length;
    }
    expect(wrapped).toBeGreaterThan(0);
  });
});
