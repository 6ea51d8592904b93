/**
 * The built timeline page (/charts/uk-cyber-timeline/) and its downloads: every event in each layout and in the
 * table, details readable without JavaScript, the chart-explorer wiring, no inline styles or colours, dates no more
 * precise than the data, and the CSV/JSON files.
 */
import fs from 'node:fs';
import path from 'node:path';
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

describe('the timeline chart page', () => {
  it('draws the events in every layout: three widths of SVG and the vertical list', () => {
    expect(ids.length).toBeGreaterThan(40);
    expect(ids.length).toBe(data.rows.length);
    for (const variant of ['w640', 'w800', 'w960']) {
      const svg = chart.match(new RegExp(`<svg class="tl-svg tl-svg--${variant}"[\\s\\S]*?</svg>`))![0];
      expect(attributeValues(svg, 'data-mark-id'), variant).toEqual(ids);
    }
    const list = chart.slice(chart.indexOf('class="tl-vlist"'));
    expect(count(list, /class="tl-vrow" data-mark-id=/)).toBe(ids.length);
  });

  it('puts the marks in time order (data-order 0, 1, 2…)', () => {
    const svg = chart.match(/<svg class="tl-svg tl-svg--w960"[\s\S]*?<\/svg>/)![0];
    expect(attributeValues(svg, 'data-order').map(Number)).toEqual(ids.map((_, i) => i));
  });

  it('has every event’s details in the HTML, not hidden, once per layout', () => {
    const panels = attributeValues(chart, 'data-details-for');
    expect(panels).toHaveLength(ids.length * 2);
    expect(chart).not.toMatch(/<div class="tl-panel[^"]*"[^>]*\shidden/);
  });

  it('wires the chart to <chart-explorer> and its polite live region', () => {
    const live = chart.match(/<chart-explorer[^>]*data-live="([^"]+)"/)![1];
    expect(chart).toMatch(new RegExp(`<p id="${live}" class="visually-hidden" aria-live="polite"`));
    expect(html).toMatch(/<script type="module" src="[^"]+\.js"><\/script>|<script type="module">/);
  });

  it('hides the filters until JavaScript can run them', () => {
    expect(chart).toMatch(/<div class="tl-controls" data-explorer-reveal hidden>|<div class="tl-controls"[^>]*data-explorer-reveal[^>]*hidden/);
    expect(count(chart, /data-filter="category"/)).toBe(6);
    expect(chart).toMatch(/<select[^>]*data-filter="org"/);
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
    expect(ids).not.toContain('jlr-fy26-results');
    expect(ids).not.toContain('jlr-nyt-attribution-ctx');
  });
});

describe('the timeline downloads', () => {
  it('has the table columns the site promises', () => {
    expect(data.columns.map((c) => c.key)).toEqual(['date', 'date_precision', 'category', 'organisation', 'title', 'confidence', 'sources']);
    expect(data.rows[0]!.date).toBe('14 January 2025');
    expect(data.rows.find((r) => r.title?.startsWith('Retail attacks rated'))!.date).toBe('June 2025');
  });

  it('writes the same rows to CSV', () => {
    const csv = fs.readFileSync(path.join(distRoot, page, 'data.csv'), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('date,date_precision,category,organisation,title,confidence,sources');
    // One line per row (no field holds a line break), plus the header.
    expect(csv.trim().split(/\r?\n/)).toHaveLength(data.rows.length + 1);
  });
});
