/** ProfitSvg rendered on the server as the build does: bars, value labels, changes, accessible name, theme colours. */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ProfitSvg from '../../src/charts/profit/ProfitSvg';
import { profitLayout } from '../../src/charts/profit/layout';
import { msProfit } from './profit-data';

const measures = msProfit;

const render = (width: number) =>
  renderToStaticMarkup(<ProfitSvg layout={profitLayout(measures, width)} labelledBy="chart-t-title" />);

const texts = (html: string, cls: string) =>
  [...html.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

describe.each([320, 440, 680])('ProfitSvg at %i wide', (width) => {
  const html = render(width);
  const layout = profitLayout(measures, width);

  it('is one image named by the chart title, not described again (the frame\'s paragraph is read in order)', () => {
    expect(html).toMatch(/^<svg [^>]*role="img"/);
    expect(html).toMatch(/^<svg [^>]*aria-labelledby="chart-t-title"/);
    expect(html).not.toMatch(/^<svg [^>]*aria-describedby/);
    expect(html).toContain(`viewBox="0 0 ${width} ${layout.height}"`);
    expect(html).toContain(`width="${width}"`);
  });

  it('draws four bars, earlier periods and later ones told apart by tone (coloured in profit.css)', () => {
    const rects = [...html.matchAll(/<rect [^>]*>/g)].map((m) => m[0]);
    expect(rects).toHaveLength(4);
    expect([...html.matchAll(/class="profit-bar" data-tone="([^"]+)"/g)].map((m) => m[1])).toEqual(['before', 'after', 'before', 'after']);
    const widths = rects.map((r) => Number(r.match(/ width="([^"]+)"/)![1]));
    // Longest bar for £413.1m, a sliver for £3.4m.
    expect(Math.max(...widths)).toBe(widths[2]);
    expect(widths[1]).toBeLessThan(4);
    expect(widths[1]).toBeGreaterThan(0);
    expect([...html.matchAll(/data-value="([^"]+)"/g)].map((m) => m[1])).toEqual(['391.9', '3.4', '413.1', '184.1']);
  });

  it('labels every bar with its value and its period, and each pair with its change', () => {
    expect(texts(html, 'profit-value')).toEqual(['£391.9m', '£3.4m', '£413.1m', '£184.1m']);
    expect(texts(html, 'profit-period')).toEqual([
      '26 weeks to 28 Sep 2024',
      '26 weeks to 27 Sep 2025',
      '26 weeks to 28 Sep 2024',
      '26 weeks to 27 Sep 2025',
    ]);
    expect(texts(html, 'profit-change-label')).toEqual(['−99.1%', '−55.4%']);
    expect(texts(html, 'profit-heading').join(' ')).toBe('Statutory profit before tax Adjusted profit before tax');
  });

  it('hides the decorative axis, gridlines, zero line and brackets from assistive technology', () => {
    expect(html).toMatch(/<g class="profit-axis" aria-hidden="true">/);
    expect(html).toMatch(/<g class="profit-zero" aria-hidden="true">/);
    for (const path of html.match(/<path [^>]*>/g) ?? []) expect(path).toContain('aria-hidden="true"');
    expect(texts(html, 'profit-tick')[0]).toBe('0');
  });

  it('writes no colour into the markup: colours come from profit.css on the theme tokens', () => {
    expect(html).not.toMatch(/\s(fill|stroke)="/);
    expect(html).not.toMatch(/style=/);
  });
});

it('uses a bracket in the wide layout and none in the narrow one', () => {
  expect(render(680)).toMatch(/<path [^>]*d="M[^"]+H[^"]+V[^"]+H[^"]+"/);
  expect(render(320)).not.toMatch(/<path /);
  expect(render(680)).toContain('data-layout="wide"');
  expect(render(320)).toContain('data-layout="stacked"');
});
