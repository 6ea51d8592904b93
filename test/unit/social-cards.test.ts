/**
 * Social cards: the composed SVG (text wrapped to the card, the chart's own SVG with its page styles), and the
 * renderer's cache: the same SVG twice is drawn once; a changed SVG is drawn again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleCardSvg, chartCardSvg, wrap } from '../../src/lib/cards/compose';
import { chartSvgFromPage, inlineChartStyles, svgSelector } from '../../src/lib/cards/chart-svg';
import { cardFonts } from '../../src/lib/cards/font';
import { cardRenderer } from '../../src/lib/cards/render';

const fonts = cardFonts();

describe('card text', () => {
  it('measures wider text as wider, bold wider than regular', () => {
    expect(fonts.measure('WWWW', 40, 400)).toBeGreaterThan(fonts.measure('iiii', 40, 400));
    expect(fonts.measure('Grey Zone', 40, 700)).toBeGreaterThan(fonts.measure('Grey Zone', 40, 400));
  });

  it('wraps to the width and line limit, ending a cut text with an ellipsis', () => {
    const text = 'Ships dragging their anchors have damaged cables and a gas pipeline under the Baltic Sea since 2023 again and again';
    const lines = wrap(fonts, text, 60, 700, 600, 2);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(fonts.measure(l, 60, 700)).toBeLessThanOrEqual(600);
    expect(lines[1]).toMatch(/…$/);
    expect(wrap(fonts, 'Short headline', 60, 700, 600, 3)).toEqual(['Short headline']);
  });

  it('escapes the headline in the SVG', () => {
    const svg = articleCardSvg(fonts, { kicker: 'cyber', title: 'M&S <profit>', summary: 'A summary of twenty characters or more.' });
    expect(svg).toContain('M&amp;S &lt;profit&gt;');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  });
});

describe('the chart on a chart card', () => {
  const page = `<div class="chart-graphic"><svg class="c" viewBox="0 0 320 200" role="img"><rect class="bar"/></svg>
    <svg class="c" viewBox="0 0 680 200" role="img"><svg class="icon" viewBox="0 0 1 1"></svg><rect class="bar"/></svg></div>`;

  it('takes the widest role="img" SVG, nested SVGs and all', () => {
    const svg = chartSvgFromPage(page);
    expect(svg).toMatch(/^<svg class="c" viewBox="0 0 680 200"/);
    expect(svg).toMatch(/<\/svg><rect class="bar"\/><\/svg>$/);
  });

  it('inlines page styles: light token values, ancestors outside the SVG dropped, states left out', () => {
    const css = ':root{--chart-1:light-dark(#1f5f9e,#6fb1f2)}.wrap[data-astro-cid-x] .bar{fill:var(--chart-1)}.bar.is-selected{fill:red}.bar:hover{fill:red}';
    const out = inlineChartStyles(chartSvgFromPage(page), css, 'Source Sans 3');
    expect(out).toContain('<style>.bar{fill:#1f5f9e}</style>');
    expect(svgSelector('.chart .x.is-on', new Set(['x']))).toBeNull();
  });

  it('places the chart inside the card', () => {
    const svg = chartCardSvg(fonts, { title: 'A chart', takeaway: 'What it shows, in a sentence.', chartSvg: chartSvgFromPage(page) });
    expect(svg).toMatch(/<svg x="\d+" y="\d+" width="\d+" height="\d+" viewBox="0 0 680 200" preserveAspectRatio="xMidYMid meet">/);
  });
});

describe('card rendering', () => {
  it('draws a PNG once and takes it from the cache after, redrawing only what changed', () => {
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-cards-'));
    const renderer = cardRenderer(cache);
    const svg = articleCardSvg(fonts, { kicker: 'cyber', title: 'A headline', summary: 'A summary of twenty characters or more.' });
    const first = renderer.render(svg);
    expect(first.cached).toBe(false);
    expect(first.png.readUInt32BE(16)).toBe(1200);
    expect(first.png.readUInt32BE(20)).toBe(630);
    const again = cardRenderer(cache).render(svg);
    expect(again.cached).toBe(true);
    expect(again.png.equals(first.png)).toBe(true);
    const changed = renderer.render(svg.replace('A headline', 'Another headline'));
    expect(changed.cached).toBe(false);
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.png')).length).toBe(2);
    fs.rmSync(cache, { recursive: true, force: true });
  });

  it('draws on worker threads the very bytes the main thread draws, and caches them the same way', async () => {
    const svgs = ['One', 'Two', 'Three'].map((t) => articleCardSvg(fonts, { kicker: 'cyber', title: `${t} headline`, summary: 'A summary of twenty characters or more.' }));
    const mainCache = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-cards-'));
    const threadCache = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-cards-'));
    const onMain = svgs.map((svg) => cardRenderer(mainCache).render(svg));
    const renderer = cardRenderer(threadCache);
    const onThreads = await Promise.all(svgs.map((svg) => renderer.renderAsync(svg)));
    await renderer.close();
    expect(renderer.drawnOnThreads).toBe(svgs.length);
    onThreads.forEach((r, i) => {
      expect(r.cached).toBe(false);
      expect(r.png.equals(onMain[i]!.png)).toBe(true);
    });
    const again = cardRenderer(threadCache);
    expect((await again.renderAsync(svgs[0]!)).cached).toBe(true);
    await again.close();
    for (const dir of [mainCache, threadCache]) fs.rmSync(dir, { recursive: true, force: true });
  });
});
