/**
 * The built timeline page (/charts/uk-cyber-timeline/) and its downloads: every event once in the list with its
 * details once, the chart at its two layouts, rows and outage bars, key moments written on the chart, controls in the
 * HTML from the start, no inline styles or colours, dates no more precise than the data, the budget, the CSV/JSON
 * files; and the compact form in the lead article.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';
import { attributeValues, count, decodeEntities } from '../support/html';

const page = 'charts/uk-cyber-timeline/';
const html = readPage(distRoot, page);
const chart = html.slice(html.indexOf('<figure class="chart"'), html.indexOf('</figure>', html.indexOf('<figure class="chart"')) + 9);
const data = JSON.parse(fs.readFileSync(path.join(distRoot, page, 'data.json'), 'utf8')) as {
  rows: Record<string, string>[];
  columns: { key: string }[];
};
const ids = [...new Set(attributeValues(chart, 'data-mark-id'))];

const gz = (html: string) => zlib.gzipSync(html, { level: 9 }).length;
const svgOf = (variant: string) => chart.match(new RegExp(`<div class="tl-variant tl-variant--${variant}">[\\s\\S]*?</svg></div></div>`))![0];

describe('the timeline chart page', () => {
  it('has every event once in the list, with its details once', () => {
    expect(ids.length).toBeGreaterThan(35);
    expect(ids.length).toBe(data.rows.length);
    expect(attributeValues(chart, 'data-details-for')).toEqual(ids);
    expect(attributeValues(chart, 'data-order').map(Number)).toEqual(ids.map((_, i) => i));
  });

  it('draws the chart only at the two layouts that differ, every event once in each', () => {
    expect(count(chart, /<div class="tl-variant /)).toBe(2);
    for (const variant of ['medium', 'wide']) {
      const marks = attributeValues(svgOf(variant), 'data-linked').filter((v) => !v.includes(' '));
      expect(marks.sort(), variant).toEqual([...ids].sort());
    }
  });

  it('draws a row per organisation and the two outages as bars', () => {
    const rows = attributeValues(svgOf('wide'), 'data-row');
    expect(rows).toEqual(['ms', 'coop', 'harrods', 'jlr', 'other', 'government']);
    expect(attributeValues(svgOf('wide'), 'data-linked').filter((v) => v.includes(' '))).toEqual([
      'ms-online-paused ms-online-resumed',
      'jlr-attack jlr-restart',
    ]);
    expect(decodeEntities(svgOf('wide'))).toContain('No online orders');
  });

  it('writes the key moments on the chart', () => {
    const text = decodeEntities(svgOf('wide').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(count(svgOf('wide'), /class="tl-label tl-label--annotation"/)).toBe(4);
    expect(text).toContain("NATO's cyber chief says the Kremlin may be aiding the gangs");
    expect(text).toContain('A newspaper report ties the JLR break-in to a Russian criminal group');
  });

  it('leaves the Baltic to the Baltic map', () => {
    expect(ids.some((id) => id.startsWith('INC-'))).toBe(false);
    expect(ids).not.toContain('nato-baltic-sentry');
  });

  it('has its controls in the HTML from the start (nothing appears later to push the chart down)', () => {
    const controls = chart.slice(chart.indexOf('<div class="tl-controls'), chart.indexOf('<chart-explorer'));
    expect(controls).not.toMatch(/\shidden[\s>=]/);
    expect(count(controls, /data-filter="category"/)).toBe(4);
    expect(controls).toMatch(/<select[^>]*data-filter="org"/);
  });

  it('stays within its budget: at most 40 KB of gzipped HTML', () => {
    expect(gz(html)).toBeLessThanOrEqual(40 * 1024);
  });

  it('uses no inline styles and no colour values in the chart markup', () => {
    expect(chart).not.toMatch(/\sstyle="/);
    expect(chart).not.toMatch(/(fill|stroke|color)="(#|rgb|hsl)/i);
  });

  it('never shows a day for month-only dates, and marks them', () => {
    // The panel up to its source list (a source's own publication date may well be a day).
    const start = chart.indexOf('data-details-for="cmc-retail-category2"');
    const junePanel = decodeEntities(chart.slice(start, chart.indexOf('class="tl-sources"', start)));
    expect(junePanel).toContain('June 2025');
    expect(junePanel).toContain('(month only)');
    expect(junePanel).not.toMatch(/\d{1,2} June 2025/);
  });

  it('says "single source" where only one source was found', () => {
    const panel = decodeEntities(chart.slice(chart.indexOf('data-details-for="ms-norman-mps"')).slice(0, 3000));
    expect(panel).toContain('Single source.');
  });

  it('leaves out the events the chart file excludes', () => {
    expect(ids).not.toContain('nato-baltic-sentry');
    expect(ids).not.toContain('jlr-fy26-results');
    expect(ids).not.toContain('jlr-nyt-attribution-ctx');
  });
});

describe('the timeline downloads', () => {
  it('has the table columns the site promises', () => {
    expect(data.columns.map((c) => c.key)).toEqual(['date', 'date_precision', 'category', 'organisation', 'title', 'confidence', 'sources']);
    expect(data.rows[0]!.date).toBe('19 April 2025');
    expect(data.rows.find((r) => r.title?.startsWith('Retail attacks rated'))!.date).toBe('June 2025');
  });

  it('writes the same rows to CSV', () => {
    const csv = fs.readFileSync(path.join(distRoot, page, 'data.csv'), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('date,date_precision,category,organisation,title,confidence,sources');
    // One line per row (no field holds a line break), plus the header.
    expect(csv.trim().split(/\r?\n/)).toHaveLength(data.rows.length + 1);
  });
});

describe('the timeline in the lead article', () => {
  const article = readPage(distRoot, 'articles/nato-cyber-chief-russia-ransomware/');
  const start = article.indexOf('<figure class="chart" id="chart-uk-cyber-timeline"');
  const embedded = article.slice(start, article.indexOf('</figure>', start));

  it('is compact: key moments large, the rest folded by month, no details (fetched from the chart page)', () => {
    expect(embedded).toContain('tl-list--compact');
    expect(count(embedded, /class="tl-item [^"]*tl-item--large/)).toBeGreaterThan(2);
    expect(count(embedded, /<details class="tl-fold"/)).toBeGreaterThan(5);
    expect(embedded).not.toContain('data-details-for');
    expect(embedded).toMatch(/data-tl-details="\/charts\/uk-cyber-timeline\/"/);
    expect(embedded).toMatch(/<a href="\/charts\/uk-cyber-timeline\/">Open the full chart/);
  });

  it('draws the chart and its list in at most 7 KB of the article’s gzipped HTML (the page’s budget is 30 KB)', () => {
    const explorer = embedded.slice(embedded.indexOf('<chart-explorer'), embedded.indexOf('</chart-explorer>'));
    expect(gz(explorer)).toBeLessThanOrEqual(7 * 1024);
  });
});
