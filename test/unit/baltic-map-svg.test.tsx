/**
 * BalticMapSvg rendered on the server as the build does: country paths, one line per drawn cable or pipeline with the
 * incidents it links to, site rings with their incidents, both label overlays, the accessible names, and no colours
 * written into the markup (they come from CSS custom properties, so both themes work).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import BalticMapSvg from '../../src/charts/baltic-map/BalticMapSvg';
import { buildBalticModel } from '../../src/charts/baltic-map/model';
import { balticChart, balticData, sourceLookup } from './baltic-map-data';

const { incidents, assets } = balticData();
const { layout } = buildBalticModel(balticChart(), incidents, assets, sourceLookup());
const html = renderToStaticMarkup(<BalticMapSvg layout={layout} labelledBy="chart-b-title" />);

/** The markup of one panel's base SVG (the one with a viewBox). */
const panelSvg = (panel: 'main' | 'detail') => {
  const start = html.indexOf(`data-panel="${panel}"`);
  const open = html.lastIndexOf('<svg', start);
  return html.slice(open, html.indexOf('</svg>', start) + 6);
};
const attrs = (markup: string, tag: string, attr: string) =>
  [...markup.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1]!);

describe('BalticMapSvg', () => {
  const main = panelSvg('main');
  const detail = panelSvg('detail');

  it('names the main map by the chart title and description, and the detail by its own label', () => {
    expect(main).toMatch(/^<svg class="bm-svg" viewBox="0 0 600 \d+" role="img" aria-labelledby="chart-b-title"/);
    expect(detail).toMatch(/role="img"/);
    expect(detail).toMatch(/aria-label="Detail of the Gulf of Finland[^"]+"/);
  });

  it('draws the region’s countries as paths, Russia included', () => {
    const countries = attrs(main, 'path', 'data-country');
    expect(countries.length).toBeGreaterThanOrEqual(10);
    expect(countries).toEqual(expect.arrayContaining(['Russia', 'Finland', 'Sweden', 'Estonia', 'Poland', 'Germany']));
    expect(attrs(detail, 'path', 'data-country').sort()).toEqual(['Estonia', 'Finland', 'Russia']);
  });

  it('draws one group per cable or pipeline, typed, linked to the incidents that damaged it', () => {
    const groups = [...main.matchAll(/<g class="bm-asset bm-asset--(\w+)" data-asset-id="([^"]+)" data-linked="([^"]+)">/g)];
    expect(groups.map((g) => g[2])).toEqual(layout.main.assets.map((a) => a.id));
    for (const [, kind, id, linked] of groups) {
      const asset = layout.main.assets.find((a) => a.id === id)!;
      expect(kind).toBe(asset.kind);
      expect(linked!.split(' ')).toEqual(asset.incidents);
    }
    expect(groups.find((g) => g[2] === 'AST-ESTLINK2')![3]).toBe('INC-2024-12-EAGLES');
    expect(main).toContain('<title>Estlink 2 power cable (Finland–Estonia): power cable, route schematic</title>');
    expect(main.match(/<line class="bm-line"/g)).toHaveLength(layout.main.assets.length);
  });

  it('draws a solid marker per site in each overlay, at the size the layout gave it, linked to its incidents; context sites are marked', () => {
    const mainHtml = html.slice(0, html.indexOf('data-panel="detail"'));
    const roomy = mainHtml.slice(mainHtml.indexOf('bm-labels--roomy'));
    const sites = [...roomy.matchAll(/<g class="bm-site( bm-site--context)?" data-site-id="([^"]+)" data-linked="([^"]+)"/g)];
    expect(sites).toHaveLength(layout.main.markers.length);
    expect(roomy).toMatch(new RegExp(`<circle class="bm-marker" cx="[\\d.]+%" cy="[\\d.]+%" r="${layout.main.labelSets.roomy.markerPx}"`));
    // a hit area of 24 px around each marker
    expect(roomy).toMatch(/<circle class="bm-hit" cx="[\d.]+%" cy="[\d.]+%" r="12"/);
    const shared = sites.find((s) => s[3]!.includes('INC-2025-12-FITBURG'))!;
    expect(shared[3]).toBe('INC-2023-10-BALTICCONNECTOR INC-2024-12-EAGLES INC-2025-12-FITBURG');
    expect(sites.filter((s) => s[1]).map((s) => s[3])).toEqual(['INC-2022-09-NORDSTREAM', 'INC-2022-09-NORDSTREAM']);
    expect(roomy).toContain('<title>Approximate damage site: incidents 1, 3, 7</title>');
    expect(roomy).toContain('<title>Approximate blast site: incident NS</title>');
  });

  it('draws the Eagle S drag as a track through its damage sites, labelled approximate, and the ship and outcome beside the main incidents', () => {
    const track = [...html.matchAll(/<polyline class="bm-track" points="([^"]+)"[^>]*data-linked="INC-2024-12-EAGLES"/g)];
    expect(track).toHaveLength(2); // main and detail
    expect(html).toMatch(/<text class="bm-label bm-label--track"[^>]*data-linked="INC-2024-12-EAGLES"><tspan[^>]*>Eagle S anchor drag<\/tspan><tspan[^>]*>\(approximate\)<\/tspan><\/text>/);
    expect(html).toMatch(/<text class="bm-label bm-label--callout"[^>]*data-linked="INC-2024-12-EAGLES"><tspan[^>]*>3: Eagle S<\/tspan><tspan[^>]*>dismissed; appeal pending<\/tspan>/);
  });

  it('outlines the detail’s area on the main map', () => {
    expect(main).toMatch(/<rect class="bm-frame" x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+"/);
    expect(detail).not.toContain('bm-frame');
  });

  it('puts names and numbers in overlays hidden from screen readers, positioned in percentages', () => {
    const overlays = [...html.matchAll(/<svg class="bm-labels bm-labels--(small|compact|roomy)" aria-hidden="true" focusable="false">/g)];
    expect(overlays.map((o) => o[1])).toEqual(['small', 'compact', 'roomy', 'small', 'compact', 'roomy']);
    // type in rem, so it follows the reader's text size (10 and 11 px at the default 16 px)
    expect(html).toMatch(/<text class="bm-label bm-label--country" x="[\d.]+%" y="[\d.]+%" font-size="0.6875rem" letter-spacing="0.06em" text-anchor="middle" dominant-baseline="central">Finland<\/text>/);
    expect(html).toMatch(/<text class="bm-label bm-label--country" x="[\d.]+%" y="[\d.]+%" font-size="0.625rem" letter-spacing="0.06em" text-anchor="middle" dominant-baseline="central">Finland<\/text>/);
    expect(html).not.toMatch(/<text [^>]*font-size="[\d.]+"/);
    expect(html).toContain('<tspan x="');
    expect(html).toContain('>Kaliningrad</tspan>');
    expect(html).toContain('>(Russia)</tspan>');
    expect(html).toMatch(/<text class="bm-label bm-label--number"[^>]*data-linked="INC-2023-10-BALTICCONNECTOR INC-2024-12-EAGLES INC-2025-12-FITBURG">1 3 7<\/text>/);
  });

  it('writes no colours or inline styles: the theme’s CSS custom properties colour everything', () => {
    expect(html).not.toMatch(/style="/);
    expect(html).not.toMatch(/(fill|stroke)="#/);
    expect(html).not.toMatch(/#[0-9a-f]{6}\b/i);
  });

  it('renders without a detail map when the layout has none', () => {
    const solo = renderToStaticMarkup(<BalticMapSvg layout={{ ...layout, detail: null }} label="Map" />);
    expect(solo).not.toContain('data-panel="detail"');
    expect(solo).toMatch(/role="img" aria-label="Map"/);
  });
});
