/**
 * The shared chart frame, rendered with Astro's container API (no build): title (the finding) and subtitle, the description the
 * graphic points at, the data table with its disclosure, notes, source line and downloads.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ChartFrame from '../../src/charts/frame/ChartFrame.astro';
import DataTable from '../../src/charts/frame/DataTable.astro';
import { chartIds } from '../../src/charts/frame/chart-ids';
import type { ChartTable } from '../../src/charts/frame/chart-table';

const table: ChartTable = {
  caption: 'Profit (£m)',
  columns: [
    { key: 'measure', label: 'Measure' },
    { key: 'y2024', label: '2024 (£m)', numeric: true },
    { key: 'y2025', label: '2025 (£m)', numeric: true },
    { key: 'change_pct', label: 'Change (%)', numeric: true },
  ],
  rows: [
    { measure: 'Statutory', y2024: 391.9, y2025: 3.4, change_pct: -99.1 },
    { measure: 'Adjusted, "restated"', y2024: 4130.5, y2025: null, change_pct: null },
  ],
};

const sources = [
  { id: 'a', publisher: 'Alliance News', title: 'M&S profit tumbles', date: '2025-11-05', url: 'https://example.org/a' },
  { id: 'b', publisher: 'An archive', title: 'Undated page', date: null, url: null },
  { id: 'c', publisher: 'A monthly', title: 'Month only', date: '2025-11', url: 'https://example.org/c' },
];

const props = {
  id: 'test-chart',
  title: 'Test chart title',
  subtitle: 'What is drawn, in a few words.',
  description: 'What is drawn, for screen readers.',
  notes: ['First note.', 'Second note.'],
  sources,
  table,
};

let container: AstroContainer;
beforeAll(async () => {
  // The frame's share links are absolute, so the container needs the site's origin as the build has it.
  container = await AstroContainer.create({ astroConfig: { site: 'https://example.org' } });
});

const render = (extra: Record<string, unknown> = {}) =>
  container.renderToString(ChartFrame, { props: { ...props, ...extra }, slots: { default: '<svg role="img"></svg>' } });

describe('ChartFrame', () => {
  it('is a figure named by its title, with the subtitle in its caption and the description the graphic points at', async () => {
    const html = await render();
    const ids = chartIds('test-chart');
    expect(html).toMatch(new RegExp(`<figure class="chart" id="${ids.figure}" data-chart="test-chart" aria-labelledby="${ids.title}"`));
    expect(html).toMatch(new RegExp(`<figcaption[^>]*>\\s*<h3 class="chart-title" id="${ids.title}"[^>]*>Test chart title</h3>`));
    expect(html).toMatch(/<p class="chart-subtitle"[^>]*>What is drawn, in a few words\.<\/p>/);
    expect(html).toMatch(new RegExp(`<p class="visually-hidden" id="${ids.description}"[^>]*>What is drawn, for screen readers\\.</p>`));
    expect(html).toContain('<div class="chart-graphic"');
    expect(html).toContain('<svg role="img"></svg>');
  });

  it('adds the notes drawn on the chart to its description, each a sentence', async () => {
    const html = await render({ annotations: ['Counts £101.6m of attack costs', 'Leaves them out.'] });
    expect(html).toMatch(/>What is drawn, for screen readers\. Notes on the chart: Counts £101\.6m of attack costs\. Leaves them out\.<\/p>/);
  });

  it('uses the heading level it is given', async () => {
    expect(await render({ headingLevel: 2 })).toMatch(/<h2 class="chart-title"/);
  });

  it('lists notes under a visible label, and a single note as one line', async () => {
    const html = await render();
    expect(html).toMatch(/<p class="chart-notes-label label"[^>]*>Notes<\/p>\s*<ul class="chart-notes"[^>]*>\s*<li[^>]*>First note\.<\/li>\s*<li[^>]*>Second note\.<\/li>/);
    const one = await render({ notes: ['Only note.'] });
    expect(one).toMatch(/<p class="chart-notes"[^>]*><span class="label"[^>]*>Note:<\/span> Only note\.<\/p>/);
    const none = await render({ notes: [] });
    expect(none).not.toContain('chart-notes');
  });

  it('credits each source, linked when it has an address, dated as precisely as known', async () => {
    const html = await render();
    expect(html).toMatch(/<span class="label"[^>]*>Sources:<\/span>/);
    expect(html).toMatch(/<span class="src-publisher">Alliance News<\/span>, <a href="https:\/\/example\.org\/a" rel="noopener"[^>]*>M&amp;S profit tumbles<\/a>, 5 November 2025/);
    expect(html).toMatch(/<span class="src-publisher">An archive<\/span>, <cite[^>]*>Undated page<\/cite>/);
    expect(html).toMatch(/A monthly<\/span>, <a [^>]*>Month only<\/a>, November 2025/);
    const single = await render({ sources: [sources[0]] });
    expect(single).toMatch(/>Source:<\/span>/);
  });

  it('offers the CSV and JSON downloads and, outside the chart page, a link to it', async () => {
    const html = await render();
    expect(html).toMatch(/<a href="\/charts\/test-chart\/data\.csv" download="test-chart\.csv"[^>]*>CSV<span class="visually-hidden"[^>]*> file of Test chart title<\/span><\/a>/);
    expect(html).toMatch(/<a href="\/charts\/test-chart\/data\.json" download="test-chart\.json"/);
    expect(html).toMatch(/<a href="\/charts\/test-chart\/"[^>]*>Chart page/);
    const standalone = await render({ standalone: true });
    expect(standalone).not.toContain('Chart page');
    // The table starts closed everywhere, chart pages too: the chart comes first.
    expect(standalone).not.toMatch(/<details class="chart-table"[^>]* open/);
    expect(html).not.toMatch(/<details class="chart-table"[^>]* open/);
  });

  it('shows key columns first and details last, whatever order the kind gives them in', async () => {
    const ordered: ChartTable = {
      caption: 'Incidents',
      columns: [
        { key: 'name', label: 'Incident' },
        { key: 'points', label: 'Points', priority: 'detail' },
        { key: 'area', label: 'Area' },
        { key: 'outcome', label: 'Outcome', priority: 'key' },
        { key: 'date', label: 'Date', priority: 'key' },
      ],
      rows: [{ name: 'A', points: '1,2', area: 'Gulf', outcome: 'Open', date: '2024' }],
    };
    const html = await render({ table: ordered });
    const heads = [...html.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]);
    expect(heads).toEqual(['Incident', 'Outcome', 'Date', 'Area', 'Points']);
    const cells = [...html.matchAll(/<td [^>]*data-label="([^"]+)"/g)].map((m) => m[1]);
    expect(cells).toEqual(['Outcome', 'Date', 'Area', 'Points']);
  });
});

describe('DataTable', () => {
  it('is a real table with a caption, column and row headers, in a labelled scrollable region behind a disclosure', async () => {
    const html = await container.renderToString(DataTable, { props: { table } });
    expect(html).toMatch(/<details class="chart-table"[^>]*>\s*<summary[^>]*>Show the data as a table<\/summary>/);
    expect(html).toMatch(/<div class="table-scroll"[^>]* tabindex="0" role="region" aria-label="Profit \(£m\)"/);
    expect(html).toMatch(/<caption[^>]*>Profit \(£m\)<\/caption>/);
    expect([...html.matchAll(/<th scope="col"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['Measure', '2024 (£m)', '2025 (£m)', 'Change (%)']);
    expect([...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['Statutory', 'Adjusted, &quot;restated&quot;']);
  });

  it('writes numbers for readers: digit groups, a real minus sign, a dash for a missing value', async () => {
    const html = await container.renderToString(DataTable, { props: { table } });
    const cells = [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toEqual(['391.9', '3.4', '−99.1', '4,130.5', '–', '–']);
  });

  it('names each cell by its column, for the one-card-per-row view on narrow screens, and keeps table roles', async () => {
    const html = await container.renderToString(DataTable, { props: { table } });
    expect(html).toMatch(/<table class="stackable"[^>]* role="table"/);
    expect(html).toMatch(/<td role="cell" class="num"[^>]* data-label="Change \(%\)"/);
    expect(html).toMatch(/<th scope="row" role="rowheader"/);
    const twoColumns = { ...table, columns: table.columns.slice(0, 2) };
    expect(await container.renderToString(DataTable, { props: { table: twoColumns } })).not.toMatch(/class="stackable"/);
  });
});
