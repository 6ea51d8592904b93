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
import { builtChartPages } from '../support/paths';

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
