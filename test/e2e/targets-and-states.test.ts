/**
 * What axe does not measure on the charts:
 * - Target size (WCAG 2.5.8): every chart mark takes pointer input over at least 24 × 24 CSS px, and a click at the
 *   middle of its shape lands on it (not on a neighbour drawn over it); the timeline's SVG marks too, or spaced 24 px
 *   apart, at every layout; footnote links are at least 24 px tall.
 * - Quiet states (1.4.11): with an incident selected on the map, what fades (the other numbers, rings and lines) still
 *   reaches 3:1 against the sea; the selected row is marked by more than a background tint.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/browser';
import { builtLeadArticle } from '../support/paths';

const baseUrl = inject('baseUrl');
const leadArticle = builtLeadArticle();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['charts/uk-cyber-timeline/', 'charts/baltic-cables/'])('/%s targets', (url) => {
  it.each([1280, 960, 375])('every mark takes pointer input over 24 × 24 px and its middle lands on it at %ipx', async (width) => {
    const { context, page } = await openPage(browser, baseUrl + url, { viewport: { width, height: 900 }, enhanced: true });
    // A chart drawn wider than its own size (an SVG scaled up to fill its column) is measured where it is drawn at
    // its own size, the narrowest its layout is shown at: the viewport is narrowed by the difference.
    const excess = await page.evaluate(() =>
      Math.max(
        0,
        ...[...document.querySelectorAll<SVGSVGElement>('chart-explorer svg[viewBox]')]
          .filter((s) => s.checkVisibility() && s.querySelector('[data-mark-id]'))
          .map((s) => s.getBoundingClientRect().width - s.viewBox.baseVal.width),
      ),
    );
    if (excess > 1) {
      await page.setViewportSize({ width: Math.floor(width - excess), height: 900 });
      await page.waitForTimeout(200);
    }
    const result = await page.evaluate(() => {
      const small: string[] = [];
      const covered: string[] = [];
      const marks = [...document.querySelectorAll('chart-explorer [data-mark-id]')].filter((m) => m.getClientRects().length > 0 && m.checkVisibility());
      for (const mark of marks) {
        const id = mark.getAttribute('data-mark-id');
        // The target: the mark or the largest part of it that takes pointer input.
        const parts = [mark, ...mark.querySelectorAll('*')].filter((el) => getComputedStyle(el).pointerEvents !== 'none' && el.getClientRects().length > 0);
        const sizes = parts.map((el) => el.getBoundingClientRect()).map((r) => Math.min(r.width, r.height));
        // A labelled SVG mark counts its shape's hit area, not its text.
        const shapeParts = parts.filter((el) => el.tagName !== 'text' && el.tagName !== 'tspan' && el !== mark);
        const size = mark instanceof SVGElement && shapeParts.length ? Math.max(...shapeParts.map((el) => Math.min(el.getBoundingClientRect().width, el.getBoundingClientRect().height))) : Math.max(...sizes);
        if (size < 23.5) small.push(`${id}: ${size.toFixed(1)}px`);
        // The middle of what is drawn for it (its shape, else itself) hits the mark.
        const shape = mark.querySelector('path, polygon, rect:not([fill="transparent"])') ?? mark;
        shape.scrollIntoView({ block: 'center', inline: 'center' });
        const r = shape.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        if (!hit || hit.closest('[data-mark-id]') !== mark) covered.push(`${id} under ${hit?.closest('[data-mark-id]')?.getAttribute('data-mark-id') ?? hit?.tagName}`);
      }
      return { count: marks.length, small, covered };
    });
    expect(result.count).toBeGreaterThan(5);
    const at = `${url} at ${Math.floor(width - (excess > 1 ? excess : 0))}px`;
    expect(result.small, `${at}: marks with a target under 24px`).toEqual([]);
    expect(result.covered, `${at}: marks whose middle lands on something else`).toEqual([]);
    await context.close();
  });
});

/**
 * The timeline's SVG marks (pointer targets; the list under the chart is the keyboard's). WCAG 2.5.8, measured in the
 * browser at each layout, at the narrowest box it is shown in and wider: either the 24 × 24 CSS px square centred on
 * the mark's shape takes pointer input for that mark alone (every point of a 7 × 7 grid over it hits the mark), or the
 * spacing exception holds (a 24 px circle centred on the undersized mark meets no other mark's box or circle). And a
 * layout is never drawn smaller than its own size, which is what keeps the targets at 24 px.
 */
describe('the timeline chart marks', () => {
  // Containers of 680 and 959 px (medium layout), 960 and 1088 px (wide layout).
  it.each([712, 991, 992, 1280])('each take pointer input over 24 × 24 px, or are spaced 24 px apart, at %ipx', async (width) => {
    const { context, page } = await openPage(browser, `${baseUrl}charts/uk-cyber-timeline/`, { viewport: { width, height: 900 }, enhanced: true });
    const result = await page.evaluate(() => {
      const svgs = [...document.querySelectorAll<SVGSVGElement>('.tl-row-svg')].filter((s) => s.checkVisibility());
      const shrunk = svgs.filter((s) => s.getBoundingClientRect().width < s.viewBox.baseVal.width - 0.5).map((s) => `${s.dataset.row}: ${s.getBoundingClientRect().width.toFixed(0)} of ${s.viewBox.baseVal.width}`);
      const marks = [...document.querySelectorAll<SVGGElement>('.tl-mark')].filter((m) => m.checkVisibility() && m.getClientRects().length > 0);
      // The mark's point: its shape is drawn around (0, 0) of its own coordinates.
      const centre = (m: Element) => new DOMPoint(0, 0).matrixTransform(m.querySelector<SVGGraphicsElement>('.tl-shape')!.getScreenCTM()!);
      const partBoxes = (m: Element) => [...m.querySelectorAll('*')].filter((el) => getComputedStyle(el).pointerEvents !== 'none' && el.getClientRects().length > 0).map((el) => el.getBoundingClientRect());
      const undersized: { id: string; x: number; y: number; m: Element }[] = [];
      for (const mark of marks) {
        mark.querySelector('.tl-shape')!.scrollIntoView({ block: 'center', inline: 'center' });
        const c = centre(mark);
        let all = true;
        for (let i = 0; i < 7 && all; i++) {
          for (let j = 0; j < 7 && all; j++) {
            const hit = document.elementFromPoint(c.x - 11.5 + (23 * i) / 6, c.y - 11.5 + (23 * j) / 6);
            if (hit?.closest('.tl-mark') !== mark) all = false;
          }
        }
        if (!all) undersized.push({ id: mark.getAttribute('data-linked') ?? '', x: c.x, y: c.y, m: mark });
      }
      // The spacing exception for the undersized ones (page coordinates, so scrolling does not matter).
      window.scrollTo(0, 0);
      const failing: string[] = [];
      for (const u of undersized) {
        const c = centre(u.m);
        const meets = marks
          .filter((o) => o !== u.m)
          .filter((o) => {
            const boxes = partBoxes(o);
            const hitsBox = boxes.some((b) => {
              const dx = Math.max(b.left - c.x, 0, c.x - b.right);
              const dy = Math.max(b.top - c.y, 0, c.y - b.bottom);
              return Math.hypot(dx, dy) < 12;
            });
            const oc = centre(o);
            return hitsBox || (undersized.some((x) => x.m === o) && Math.hypot(oc.x - c.x, oc.y - c.y) < 24);
          })
          .map((o) => o.getAttribute('data-linked'));
        if (meets.length) failing.push(`${u.id} (near ${meets.join(', ')})`);
      }
      return { count: marks.length, shrunk, undersized: undersized.map((u) => u.id), failing };
    });
    expect(result.count, 'no timeline marks shown').toBeGreaterThan(30);
    expect(result.shrunk, `at ${width}px a layout is drawn below its own size`).toEqual([]);
    expect(result.failing, `at ${width}px: marks under 24 × 24 px with a neighbour within 24 px`).toEqual([]);
    await context.close();
  });
});

describe('footnotes', () => {
  it(`on /${leadArticle} are links at least 24px tall`, async () => {
    const { context, page } = await openPage(browser, baseUrl + leadArticle);
    const heights = await page.locator('main sup a[href^="#"]').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(24);
    await context.close();
  });
});

type RGB = [number, number, number];
const luminance = ([r, g, b]: RGB) => {
  const f = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe.each(['light', 'dark'] as const)('the Baltic map with an incident selected (%s)', (theme) => {
  it('keeps what fades at 3:1 against the sea, and marks the selected row with a border', async () => {
    const { context, page } = await openPage(browser, `${baseUrl}charts/baltic-cables/`, { theme, viewport: { width: 1280, height: 900 }, enhanced: true });
    const mark = page.locator('chart-explorer [data-mark-id]').filter({ visible: true }).nth(2);
    await mark.click();
    expect(await mark.getAttribute('aria-expanded')).toBe('true');
    const faded = await page.evaluate(() => {
      const rgb = (css: string): [number, number, number] | null => {
        const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
        return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
      };
      const sea = rgb(getComputedStyle(document.querySelector('[data-chart] svg .bm-sea, [data-chart] svg rect')!).fill)!;
      const out: { what: string; colour: [number, number, number]; alpha: number; sea: [number, number, number] }[] = [];
      const svgs = [...document.querySelectorAll('[data-chart] svg')].filter((s) => s.checkVisibility());
      for (const svg of svgs) {
        for (const el of svg.querySelectorAll('text, line, circle, path')) {
          if (!el.checkVisibility() || el.closest('[data-linked].is-linked, .is-linked') || el.matches('.bm-country, .bm-sea')) continue;
          // Only what belongs to an incident fades: elements tied to one through data-linked.
          if (!el.closest('[data-linked]')) continue;
          let alpha = 1;
          for (let a: Element | null = el; a && a !== svg.parentElement; a = a.parentElement) alpha *= Number(getComputedStyle(a).opacity);
          const s = getComputedStyle(el);
          const paint = el.tagName === 'text' || (s.fill !== 'none' && !s.fill.startsWith('rgba(0, 0, 0, 0)')) ? s.fill : s.stroke;
          const colour = rgb(paint);
          if (colour && alpha < 1) out.push({ what: `${el.tagName}.${el.getAttribute('class')} ${el.textContent?.trim().slice(0, 10) ?? ''}`, colour, alpha, sea });
        }
      }
      return out;
    });
    expect(faded.length, 'nothing fades when an incident is selected').toBeGreaterThan(0);
    const tooFaint = faded
      .map((f) => {
        const blended = f.colour.map((c, i) => Math.round(c * f.alpha + f.sea[i]! * (1 - f.alpha))) as RGB;
        return { what: f.what, ratio: contrast(blended, f.sea) };
      })
      .filter((f) => f.ratio < 3)
      .map((f) => `${f.what}: ${f.ratio.toFixed(2)}:1`);
    expect([...new Set(tooFaint)], `${theme}: faded below 3:1`).toEqual([]);

    // The selected row: a border (or outline) of 3:1, not only a background.
    const row = await mark.evaluate((el) => {
      const s = getComputedStyle(el);
      const sides = ['Left', 'Top', 'Right', 'Bottom'] as const;
      const widths = sides.map((side) => parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)));
      const colours = sides.map((side) => s.getPropertyValue(`border-${side.toLowerCase()}-color`));
      const i = widths.findIndex((w) => w >= 2);
      const page = getComputedStyle(document.body).backgroundColor;
      return { width: i >= 0 ? widths[i] : Math.max(parseFloat(s.outlineWidth) || 0, 0), colour: i >= 0 ? colours[i] : s.outlineColor, page };
    });
    expect(row.width, 'the selected row has no border or outline of 2px or more').toBeGreaterThanOrEqual(2);
    const parse = (css: string) => (/rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css) ?? []).slice(1).map(Number) as RGB;
    expect(contrast(parse(row.colour!), parse(row.page))).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
