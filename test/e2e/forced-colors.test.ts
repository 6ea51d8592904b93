/**
 * Forced colours (Windows High Contrast, WCAG 1.4.3 and 1.4.11): with "Dark theme" saved on the site and a light
 * high-contrast palette forced by the system, every chart's text, marks and focus ring must stand out from the forced
 * page colour. Chromium forces HTML colours itself but leaves SVG fills and strokes as authored, so the charts must
 * switch to system colours under @media (forced-colors: active).
 *
 * Two checks per chart page: the computed colours of every drawn SVG element against the forced page colour, and a
 * screenshot of the chart in which each mark's pixels must reach 3:1 against that colour.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext } from '../support/browser';
import { builtChartPages, builtLeadArticle } from '../support/paths';

const baseUrl = inject('baseUrl');
const chartPages = builtChartPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type RGB = [number, number, number];
const luminance = ([r, g, b]: RGB) => {
  const f = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
const parse = (css: string): RGB | null => {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(css);
  if (!m || (m[4] !== undefined && Number(m[4]) === 0)) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};

/** Each drawn SVG element in the charts: kind (text or graphic), what it is, its painted fill and stroke. */
const paints = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('figure[data-chart] svg :is(text, path, circle, rect, line, polyline, polygon, ellipse)')]
      .filter((el) => el.getClientRects().length > 0 && el.checkVisibility() && !el.closest('defs, [aria-hidden="true"] .tl-grid, .bm-sea'))
      .filter((el) => Number(getComputedStyle(el).opacity) > 0)
      .map((el) => {
        const s = getComputedStyle(el);
        const cls = el.getAttribute('class') ?? el.parentElement?.getAttribute('class') ?? '';
        return {
          text: el.tagName === 'text',
          what: `${el.tagName}.${cls.split(' ')[0]}${el.tagName === 'text' ? ` "${el.textContent?.slice(0, 20)}"` : ''}`,
          fill: s.fill.startsWith('rgb') ? s.fill : '',
          stroke: s.stroke.startsWith('rgb') && parseFloat(s.strokeWidth) > 0 ? s.stroke : '',
          // Strokes drawn under text (halos) only outline the letters: the fill is what must contrast.
          halo: s.paintOrder.startsWith('stroke'),
          // Backgrounds inside the chart (sea, land) are surfaces, not marks.
          surface: /sea|land|country|bg|background|band|grid/.test(cls),
        };
      }),
  );

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * For each box in a PNG screenshot, the highest contrast any of its pixels reaches against `canvas`. The PNG is decoded
 * by the browser in a blank tab (no dependency), and the pixels never leave it.
 */
function bestContrasts(blank: Page, png: Buffer, boxes: Box[], canvas: RGB): Promise<{ id: string; best: number }[]> {
  return blank.evaluate(
    async ({ b64, boxes, canvas }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const el = document.createElement('canvas');
      el.width = img.naturalWidth;
      el.height = img.naturalHeight;
      const ctx = el.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, el.width, el.height);
      const lum = (r: number, g: number, b: number) => {
        const f = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const bg = lum(...canvas);
      const ratio = (l: number) => (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05);
      return boxes.map((m) => {
        let best = 1;
        for (let y = Math.max(0, Math.floor(m.y)); y < Math.min(height, Math.ceil(m.y + m.h)); y++) {
          for (let x = Math.max(0, Math.floor(m.x)); x < Math.min(width, Math.ceil(m.x + m.w)); x++) {
            const i = (y * width + x) * 4;
            best = Math.max(best, ratio(lum(data[i]!, data[i + 1]!, data[i + 2]!)));
          }
        }
        return { id: m.id, best };
      });
    },
    { b64: png.toString('base64'), boxes, canvas },
  );
}

describe.each(chartPages)('/%s under forced colours (light palette, dark theme saved)', (url) => {
  it('draws chart text at 4.5:1 and marks at 3:1 against the forced page colour, on screen and in a screenshot', async () => {
    const context = await newContext(browser, { theme: 'light', forcedColors: 'active' });
    await context.addInitScript(() => localStorage.setItem('greyzone-theme', 'dark'));
    const page = await context.newPage();
    await page.goto(baseUrl + url, { waitUntil: 'load' });
    if (await page.locator('chart-explorer').count()) await page.waitForSelector('chart-explorer[data-enhanced]');
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    const canvas = parse(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))!;

    const failures: string[] = [];
    for (const p of await paints(page)) {
      if (p.surface) continue;
      const colours = p.text ? [p.fill] : [p.fill, p.halo ? '' : p.stroke];
      const drawn = colours.map(parse).filter((c): c is RGB => c !== null);
      if (drawn.length === 0) continue;
      const best = Math.max(...drawn.map((c) => contrast(c, canvas)));
      if (best < (p.text ? 4.5 : 3)) failures.push(`${p.what}: ${best.toFixed(2)}:1`);
    }
    expect([...new Set(failures)], `${url}: colours too faint under forced colours`).toEqual([]);

    // The screenshot: each mark's most contrasting pixel reaches 3:1 against the page colour.
    const graphic = page.locator('figure[data-chart] .chart-graphic').first();
    const box = (await graphic.boundingBox())!;
    const marks = await page.evaluate(
      ({ x, y }) =>
        [...document.querySelectorAll('figure[data-chart] .chart-graphic :is([data-mark-id], .bm-site, .profit-svg rect)')]
          .filter((m) => m.getClientRects().length > 0 && m.checkVisibility())
          .slice(0, 80)
          .map((m) => {
            // The mark's shape, not its label: the smallest drawn child, else the mark.
            const shapes = [...m.querySelectorAll('path, circle, rect, polygon')].filter((s) => s.getClientRects().length > 0);
            const r = (shapes.at(-1) ?? m).getBoundingClientRect();
            return { id: m.getAttribute('data-mark-id') ?? m.getAttribute('class') ?? '', x: r.x - x, y: r.y - y, w: r.width, h: r.height };
          }),
      box,
    );
    expect(marks.length).toBeGreaterThan(0);
    const png = await graphic.screenshot();
    const blank = await context.newPage();
    const faint = (await bestContrasts(blank, png, marks, canvas)).filter((m) => m.best < 3).map((m) => `${m.id}: ${m.best.toFixed(2)}:1`);
    expect(faint, `${url}: marks too faint in the screenshot`).toEqual([]);
    await context.close();
  });
});

/** The system colours as this forced palette resolves them (a probe element per colour). */
const systemColours = (page: Page) =>
  page.evaluate(() => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    svg.append(rect);
    document.body.append(svg);
    const out: Record<string, string> = {};
    for (const name of ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'LinkText']) {
      rect.style.fill = name;
      out[name] = getComputedStyle(rect).fill;
    }
    svg.remove();
    return out;
  });

/** A page under forced colours (light palette) with "Dark theme" saved, charts enhanced. */
async function forcedPage(url: string, width = 1280) {
  const context = await newContext(browser, { theme: 'light', forcedColors: 'active', viewport: { width, height: 900 } });
  await context.addInitScript(() => localStorage.setItem('greyzone-theme', 'dark'));
  const page = await context.newPage();
  await page.goto(baseUrl + url, { waitUntil: 'load' });
  if (await page.locator('chart-explorer').count()) await page.waitForSelector('chart-explorer[data-enhanced]');
  const canvas = parse(await page.evaluate(() => getComputedStyle(document.body).backgroundColor))!;
  return { context, page, canvas };
}

/**
 * The focus ring as drawn: a screenshot of the element and the 10 px around it, blurred and then focused. Along each
 * of the four sides, in the 8 px just outside the element's box, the focused shot must have a pixel of 3:1 against
 * the page colour that the blurred shot did not have, over at least 90% of the side's length.
 */
async function ringCoverage(page: Page, selector: string, canvas: RGB) {
  const el = page.locator(selector).filter({ visible: true }).first();
  await el.scrollIntoViewIfNeeded();
  await el.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const box = (await el.boundingBox())!;
  const pad = 10;
  const clip = { x: Math.floor(box.x - pad), y: Math.floor(box.y - pad), width: Math.ceil(box.width + 2 * pad), height: Math.ceil(box.height + 2 * pad) };
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const before = await page.screenshot({ clip });
  await el.focus();
  const focusVisible = await el.evaluate((e) => e.matches(':focus-visible'));
  const after = await page.screenshot({ clip });
  const inner = { x: box.x - clip.x, y: box.y - clip.y, w: box.width, h: box.height };
  const blank = await page.context().newPage();
  const sides = await blank.evaluate(
    async ({ a, b, inner, canvas }) => {
      const pixels = async (b64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const [pa, pb] = [await pixels(a), await pixels(b)];
      const lum = (r: number, g: number, bl: number) => {
        const f = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(bl);
      };
      const bg = lum(...canvas);
      const strong = (d: ImageData, x: number, y: number) => {
        if (x < 0 || y < 0 || x >= d.width || y >= d.height) return false;
        const i = (y * d.width + x) * 4;
        const l = lum(d.data[i]!, d.data[i + 1]!, d.data[i + 2]!);
        return (Math.max(l, bg) + 0.05) / (Math.min(l, bg) + 0.05) >= 3;
      };
      const ring = (x: number, y: number) => strong(pb, x, y) && !strong(pa, x, y);
      const x0 = Math.round(inner.x);
      const y0 = Math.round(inner.y);
      const x1 = Math.round(inner.x + inner.w);
      const y1 = Math.round(inner.y + inner.h);
      const share = (positions: number[], hit: (p: number) => boolean) => positions.filter(hit).length / Math.max(1, positions.length);
      const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
      const band = range(1, 9);
      return {
        top: share(range(x0, x1), (x) => band.some((d) => ring(x, y0 - d))),
        bottom: share(range(x0, x1), (x) => band.some((d) => ring(x, y1 - 1 + d))),
        left: share(range(y0, y1), (y) => band.some((d) => ring(x0 - d, y))),
        right: share(range(y0, y1), (y) => band.some((d) => ring(x1 - 1 + d, y))),
      };
    },
    { a: before.toString('base64'), b: after.toString('base64'), inner, canvas },
  );
  await blank.close();
  return { focusVisible, sides };
}

describe('focus rings under forced colours (light palette, dark theme saved)', () => {
  const lead = builtLeadArticle();
  it.each([
    ['a chart mark (timeline event)', 'charts/uk-cyber-timeline/', 'chart-explorer .tl-row[data-mark-id]'],
    ['a map list row', 'charts/baltic-cables/', 'chart-explorer li [data-mark-id]'],
    ['a glossary term link', lead, 'main a.term'],
    ['a footnote link', lead, 'main sup a[href^="#"]'],
  ])('%s shows a ring of 3:1 on all four sides', async (_what, url, selector) => {
    const { context, page, canvas } = await forcedPage(url);
    const { focusVisible, sides } = await ringCoverage(page, selector, canvas);
    expect(focusVisible, `${selector} does not match :focus-visible when focused`).toBe(true);
    for (const [side, share] of Object.entries(sides)) {
      expect(share, `${url} ${selector}: the ring covers ${Math.round(share * 100)}% of the ${side} side`).toBeGreaterThanOrEqual(0.9);
    }
    await context.close();
  });
});

describe('the timeline under forced colours (light palette, dark theme saved)', () => {
  it('draws every kind of mark, the outage bars, a faded and a selected mark in system colours that stay visible', async () => {
    const { context, page, canvas } = await forcedPage('charts/uk-cyber-timeline/', 1280);
    const system = await systemColours(page);
    // An editor's highlight draws the other events quieter (class tl-quiet, from the server: see the golden files);
    // here one mark of each kind is made quiet in place, and one other mark is selected with a click.
    const picked = await page.evaluate(() => {
      const marks = [...document.querySelectorAll('.tl-mark')].filter((m) => m.checkVisibility());
      const kinds = ['attack', 'response', 'russia', 'cost'];
      const first = (k: string, skip = 0) => marks.filter((m) => m.classList.contains(`tl-cat-${k}`))[skip]!;
      for (const k of kinds) first(k, 1)?.classList.add('tl-quiet');
      return kinds.map((k) => first(k).getAttribute('data-linked'));
    });
    await page.locator('.tl-variant--wide .tl-mark.tl-cat-attack:not(.tl-quiet) .tl-shape').nth(1).click();
    await page.waitForSelector('.tl-variant--wide .tl-mark.is-linked');
    const drawn = await page.evaluate(() => {
      const shown = (el: Element) => el.checkVisibility() && el.getClientRects().length > 0;
      // Boxes relative to the chart (the page may still be scrolling to the opened details).
      const chart = document.querySelector('.tl-variant--wide .tl-chart')!.getBoundingClientRect();
      const pick = (sel: string, what: string) =>
        [...document.querySelectorAll(`.tl-variant--wide ${sel}`)].filter(shown).map((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const mark = el.closest('.tl-mark, .tl-outage');
          return {
            what: `${what} ${mark?.getAttribute('data-linked') ?? ''}`,
            fill: s.fill,
            stroke: s.stroke,
            strokeWidth: parseFloat(s.strokeWidth),
            linked: mark?.classList.contains('is-linked') ?? false,
            box: { x: r.x - chart.x, y: r.y - chart.y, w: r.width, h: r.height },
          };
        });
      return {
        shapes: pick('.tl-mark:not(.tl-quiet):not(.is-linked) .tl-shape', 'mark'),
        quiet: pick('.tl-mark.tl-quiet .tl-shape', 'faded mark'),
        selected: pick('.tl-mark.is-linked .tl-shape', 'selected mark'),
        bars: pick('.tl-outage-bar', 'outage bar'),
        ranges: pick('.tl-mark:not(.tl-quiet) .tl-range', 'date range'),
        kinds: [...new Set([...document.querySelectorAll('.tl-variant--wide .tl-mark')].filter(shown).map((m) => m.getAttribute('class')?.match(/tl-cat-(\w+)/)?.[1]))],
      };
    });
    expect(drawn.kinds.sort()).toEqual(['attack', 'cost', 'response', 'russia']);
    expect(picked.every(Boolean)).toBe(true);
    expect(drawn.quiet.length).toBeGreaterThanOrEqual(4);
    expect(drawn.selected.length).toBe(1);
    expect(drawn.bars.length).toBeGreaterThan(0);

    const wrong: string[] = [];
    for (const s of drawn.shapes) if (s.fill !== system.CanvasText) wrong.push(`${s.what}: fill ${s.fill}`);
    for (const s of drawn.quiet) if (s.fill !== system.GrayText) wrong.push(`${s.what}: fill ${s.fill}`);
    for (const s of drawn.selected) if (s.fill !== system.Highlight || s.stroke !== system.Highlight) wrong.push(`${s.what}: fill ${s.fill}, stroke ${s.stroke}`);
    for (const s of drawn.bars) if (s.stroke !== (s.linked ? system.Highlight : system.CanvasText) || s.strokeWidth < 1) wrong.push(`${s.what}: stroke ${s.stroke}`);
    for (const s of drawn.ranges) if (s.stroke !== system.CanvasText) wrong.push(`${s.what}: stroke ${s.stroke}`);
    expect(wrong, 'timeline parts not in the system colours').toEqual([]);

    // And as drawn: each shape, bar and range reaches 3:1 against the page colour in a screenshot.
    const graphic = page.locator('.tl-variant--wide .tl-chart');
    const all = [...drawn.shapes, ...drawn.quiet, ...drawn.selected, ...drawn.bars, ...drawn.ranges];
    const boxes = all.map((s, i) => ({ id: `${i} ${s.what}`, ...s.box }));
    const png = await graphic.screenshot();
    const blank = await context.newPage();
    const faint = (await bestContrasts(blank, png, boxes, canvas)).filter((m) => m.best < 3).map((m) => `${m.id}: ${m.best.toFixed(2)}:1`);
    expect(faint, 'timeline parts too faint in the screenshot').toEqual([]);

    // The selected event's row in the list is marked by more than its (forced-away) background: a ring in Highlight.
    const row = await page.evaluate(() => {
      const r = document.querySelector('.tl-row.is-selected')!;
      const s = getComputedStyle(r);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
    });
    expect(row.style, 'the selected row has no outline under forced colours').not.toBe('none');
    expect(row.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });
});
