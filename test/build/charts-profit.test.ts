/**
 * The M&S profit chart in the built site: on its own page and in the article that places it. The figure, its
 * title (its finding) and subtitle, the notes drawn on it, the SVG's accessible name and description, the four values and the changes worked out from
 * them, the notes with figures from the data, the source links, and downloads that exist and agree with the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities, textOf } from '../support/html';
import { distRoot, distSubpath, subpathBase } from '../support/paths';
import { readPage } from '../support/site-pages';

const page = readPage(distRoot, 'charts/ms-profit/');
const figure = page.match(/<figure class="chart" id="chart-ms-profit"[\s\S]*?<\/figure>/)?.[0] ?? '';
const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const texts = (html: string, cls: string) => [...html.matchAll(new RegExp(`<text class="${cls}"[^>]*>([^<]*)</text>`, 'g'))].map((m) => decodeEntities(m[1]!));

describe('the chart page /charts/ms-profit/', () => {
  it('has the chart in one figure named by its finding, with what is drawn in the subtitle under it', () => {
    expect(figure).not.toBe('');
    expect(figure).toMatch(/aria-labelledby="chart-ms-profit-title"/);
    expect(textOf(figure, 'h1', 'id="chart-ms-profit-title"')).toMatch(/statutory profit almost vanished and adjusted profit more than halved/);
    expect(textOf(figure, 'p', 'class="chart-subtitle"')).toMatch(/profit before tax in the first half of its financial year, £m/);
  });

  it('draws the attack costs and the insurance income beside the bars they explain, and reads them with the description', () => {
    for (const variant of ['small', 'narrow', 'medium', 'wide', 'full']) {
      const svg = figure.match(new RegExp(`data-variant="${variant}"[\\s\\S]*?</svg>`))?.[0] ?? '';
      const notes = [...svg.matchAll(/<g class="chart-annotation" data-annotation="([^"]+)"[\s\S]*?<\/g>/g)].map((m) => [m[1], text(m[0]).trim()]);
      expect(notes.map((n) => n[0]), variant).toEqual(['ms-h1-2526-statutory-pbt', 'ms-h1-2526-adjusted-pbt']);
      expect(notes[0]![1]).toMatch(/£101\.6m of costs M&S put down to the attack/);
      expect(notes[1]![1]).toMatch(/£100m of insurance income/);
    }
    const desc = textOf(page, 'p', 'id="chart-ms-profit-desc"')!;
    expect(desc).toMatch(/Notes on the chart: Counts the £101\.6m .*£100m of insurance income/);
  });

  it('draws SVGs that are images named by the title, after a description in words with every value', () => {
    const svgs = figure.match(/<svg [^>]*>/g) ?? [];
    expect(svgs).toHaveLength(5);
    for (const svg of svgs) {
      expect(svg).toMatch(/role="img"/);
      expect(svg).toMatch(/aria-labelledby="chart-ms-profit-title"/);
      // The description paragraph is read in order; pointing at it from the SVG would read it twice.
      expect(svg).not.toMatch(/aria-describedby/);
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    }
    const desc = textOf(page, 'p', 'id="chart-ms-profit-desc"')!;
    for (const phrase of ['£391.9m', '£3.4m', 'down 99.1%', '£413.1m', '£184.1m', 'down 55.4%', '26 weeks to 27 September 2025']) {
      expect(desc).toContain(phrase);
    }
  });

  it('labels each bar with its value and each pair with its change, in every layout', () => {
    for (const variant of ['small', 'narrow', 'medium', 'wide', 'full']) {
      const svg = figure.match(new RegExp(`data-variant="${variant}"[\\s\\S]*?</svg>`))?.[0] ?? '';
      expect(texts(svg, 'profit-value'), variant).toEqual(['£391.9m', '£3.4m', '£413.1m', '£184.1m']);
      expect(texts(svg, 'profit-change-label'), variant).toEqual(['−99.1%', '−55.4%']);
      expect(svg.match(/<rect /g), variant).toHaveLength(4);
    }
  });

  it('agrees with its title: statutory profit down by more than 95%, adjusted profit by more than half', () => {
    const drawn = texts(figure, 'profit-change-label').slice(0, 2).map((t) => Math.abs(Number(t.replace(/[−%]/g, ''))));
    expect(drawn[0]).toBeGreaterThan(95);
    expect(drawn[1]).toBeGreaterThan(50);
    expect(drawn[1]).toBeLessThan(75);
  });

  it('has the data table, closed at first, with the four values and the changes', () => {
    expect(figure).not.toMatch(/<details class="chart-table"[^>]* open/);
    const table = figure.match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!).trim());
    expect(rows).toEqual([
      'Measure H1 2024/25 (£m) H1 2025/26 (£m) Change (%)',
      'Statutory profit before tax 391.9 3.4 −99.1',
      'Adjusted profit before tax 413.1 184.1 −55.4',
    ]);
  });

  it('notes the cyber costs and insurance income from the data, and that sources differ on the earlier half', () => {
    const notes = text(figure.match(/<ul class="chart-notes"[\s\S]*?<\/ul>/)?.[0] ?? '');
    expect(notes).toMatch(/H1 2024\/25 is the 26 weeks to 28 September 2024; H1 2025\/26 is the 26 weeks to 27 September 2025/);
    expect(notes).toMatch(/Sources differ.*£413\.1m.*£407\.8m/);
    expect(notes).not.toMatch(/\{[a-z0-9-]+/);
  });

  it('credits its sources with links', () => {
    const line = figure.match(/<p class="chart-source"[\s\S]*?<\/p>/)?.[0] ?? '';
    const links = [...line.matchAll(/<a href="(https:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(3);
    // Primary documents (the company's own results) first, marked as such; then the reporting.
    expect(text(line)).toMatch(/^\s*Sources: Primary document Marks and Spencer Group plc\s*,/);
    expect(text(line)).toMatch(/Alliance News\s*,/);
    expect(text(line)).toMatch(/\(read via a republished copy at [^)]+\)/);
  });

  it('links downloads that exist and agree with the table', () => {
    const hrefs = [...figure.matchAll(/<a href="([^"]+)" download="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(hrefs).toEqual([
      ['/charts/ms-profit/data.csv', 'ms-profit.csv'],
      ['/charts/ms-profit/data.json', 'ms-profit.json'],
    ]);
    const csv = fs.readFileSync(path.join(distRoot, 'charts/ms-profit/data.csv'), 'utf8');
    expect(csv).toBe(
      'measure,h1_2024_25_gbp_m,h1_2025_26_gbp_m,change_pct\r\n' +
        'Statutory profit before tax,391.9,3.4,-99.1\r\n' +
        'Adjusted profit before tax,413.1,184.1,-55.4\r\n',
    );
    const json = JSON.parse(fs.readFileSync(path.join(distRoot, 'charts/ms-profit/data.json'), 'utf8'));
    expect(json.rows).toEqual([
      { measure: 'Statutory profit before tax', h1_2024_25_gbp_m: 391.9, h1_2025_26_gbp_m: 3.4, change_pct: -99.1 },
      { measure: 'Adjusted profit before tax', h1_2024_25_gbp_m: 413.1, h1_2025_26_gbp_m: 184.1, change_pct: -55.4 },
    ]);
    expect(json.sources.map((s: { id: string }) => s.id)).toContain('alliance-2025-11-05');
  });

  it('writes no colour into the chart markup (its stylesheet colours it from the theme tokens)', () => {
    const svgs = figure.match(/<svg class="profit-svg"[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const svg of svgs) expect(svg).not.toMatch(/\s(fill|stroke)="/);
  });
});

describe('the profit chart in its article', () => {
  const article = readPage(distRoot, 'articles/marks-and-spencer-hack-cost/');
  const inArticle = article.match(/<figure class="chart" id="chart-ms-profit"[\s\S]*?<\/figure>/)?.[0] ?? '';

  it('is there once, as the lead visual with a level-2 title (before the first section), the table closed and a link to the chart page', () => {
    expect(inArticle).not.toBe('');
    expect(article.match(/id="chart-ms-profit"/g)).toHaveLength(1);
    expect(inArticle).toMatch(/<h2 class="chart-title" id="chart-ms-profit-title"/);
    // It comes before the article's first section heading.
    expect(article.indexOf('id="chart-ms-profit"')).toBeLessThan(article.search(/<h2 id="how-the-attackers-got-in"/));
    expect(inArticle).not.toMatch(/<details class="chart-table"[^>]* open/);
    expect(inArticle).toMatch(/<a href="\/charts\/ms-profit\/"[^>]*>Chart page/);
    expect(texts(inArticle, 'profit-change-label').slice(0, 2)).toEqual(['−99.1%', '−55.4%']);
  });
});

// The sub-path build is made by the test runner next to dist/; a private build (GREYZONE_TEST_DIST) has none of its own.
const subpathBuilt = !process.env.GREYZONE_TEST_DIST && fs.existsSync(path.join(distSubpath, 'charts/ms-profit/index.html'));
describe.skipIf(!subpathBuilt)('under a sub-path', () => {
  it('prefixes the chart downloads with the base path', () => {
    const sub = readPage(distSubpath, 'charts/ms-profit/');
    expect(sub).toContain(`href="${subpathBase}charts/ms-profit/data.csv"`);
    expect(sub).toContain(`href="${subpathBase}charts/ms-profit/data.json"`);
    expect(fs.existsSync(path.join(distSubpath, 'charts/ms-profit/data.csv'))).toBe(true);
  });
});
