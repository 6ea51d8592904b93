/**
 * Golden files: each chart's server-rendered SVG at each layout the page ships, from the real content, compared with
 * the files committed in test/golden/. Any change to what a chart draws shows as a diff of those files.
 *
 * After a deliberate change, rewrite them and read the diff before committing:
 *   npm run golden:update
 */
import fs from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import ProfitSvg from '../../src/charts/profit/ProfitSvg';
import { profitLayout } from '../../src/charts/profit/layout';
import { profitModel, type MsRecord } from '../../src/charts/profit/model';
import { chartSchema, type ChartEntry, type ChartKind } from '../../src/charts/registry';
import { TimelineSvg } from '../../src/charts/timeline/TimelineSvg';
import { timelineLayout } from '../../src/charts/timeline/layout';
import BalticMapSvg from '../../src/charts/baltic-map/BalticMapSvg';
import { buildBalticModel } from '../../src/charts/baltic-map/model';
import { buildEvents } from '../../src/charts/timeline/events';
import { timelineModel } from '../../src/charts/timeline/model';
import { EventList } from '../../src/charts/timeline/EventList';
import { isHighlighted, parseTimelineOptions } from '../../src/charts/timeline/options';
import { balticData, sourceLookup } from './baltic-map-data';
import { inDateRange } from '../../src/charts/frame/option-words';
import { realDatasets, realSources } from './timeline-data';

/** One element per line, so a diff points at the mark that changed. */
const pretty = (element: ReactElement) => `${renderToStaticMarkup(element).replace(/></g, '>\n<')}\n`;
const golden = (name: string) => `../golden/${name}`;
/** Between the parts of a golden file that the page holds apart. */
const PART_BREAK = '<!-- part -->';

/** A chart file parsed as the build parses it (figure references in its words filled in). */
function chartFile<K extends ChartKind>(id: string, kind: K): Extract<ChartEntry, { kind: K }> {
  const chart = chartSchema.parse(parse(fs.readFileSync(`content/charts/${id}.yaml`, 'utf8')));
  if (chart.kind !== kind) throw new Error(`content/charts/${id}.yaml is not a ${kind} chart`);
  return chart as Extract<ChartEntry, { kind: K }>;
}

describe('profit chart', () => {
  const chart = chartFile('ms-profit', 'profit');
  const records = new Map((JSON.parse(fs.readFileSync('content/data/ms-financials.json', 'utf8')) as MsRecord[]).map((r) => [r.id, r]));
  const model = profitModel('ms-profit', chart, (id) => records.get(id));
  it.each([
    ['small', 170],
    ['narrow', 320],
    ['medium', 440],
    ['wide', 680],
    ['full', 1000],
  ])('%s (%i)', async (name, width) => {
    const svg = pretty(<ProfitSvg layout={profitLayout(model.measures, width, model.annotations)} labelledBy="chart-ms-profit-title" />);
    await expect(svg).toMatchFileSnapshot(golden(`profit-${name}.svg`));
  });
});

describe('incident timeline', () => {
  const chart = chartFile('uk-cyber-timeline', 'timeline');
  const events = buildEvents(chart, realDatasets());
  const model = timelineModel(chart, events);
  const from = new Date(Date.UTC(2025, 3, 1));
  const to = new Date(Date.UTC(2026, 6, 1));
  // The two layouts the page ships (IncidentTimeline.astro's VARIANTS); phones get the list.
  it.each([
    ['medium', 680, 170],
    ['wide', 960, 200],
  ])('%s', async (name, width, annotationWidth) => {
    const layout = timelineLayout(events, model.rows, model.spans, { width, from, to, annotationWidth });
    const svg = pretty(
      <TimelineSvg layout={layout} titleId="chart-uk-cyber-timeline-title" variant={name} filterRows={model.filterRows} highlighted={new Set()} />,
    );
    await expect(svg).toMatchFileSnapshot(golden(`timeline-${name}.svg`));
  });

  // The form an article embeds (compact: the wide chart without filters, and the list with the key moments large and
  // the rest folded by month), plain and with an editor's highlight (highlight="russia", as the lead article has it: those drawn strongly,
  // the rest quieter), as IncidentTimeline.astro renders them.
  it.each([
    ['compact', ''],
    ['highlighted', 'russia'],
  ])('%s (embedded in an article)', async (name, highlight) => {
    const options = parseTimelineOptions({ highlight });
    const highlighted = new Set(events.filter((e) => isHighlighted({ ...e, rows: model.filterRows.get(e.id) ?? [e.row] }, options)).map((e) => e.id));
    if (highlight) expect(highlighted.size).toBeGreaterThan(0);
    const layout = timelineLayout(events, model.rows, model.spans, { width: 960, from, to, annotationWidth: 200 });
    // Two parts, as the page has them with other markup between: test/build/golden-in-build.test.ts finds each.
    const html = [
      pretty(<TimelineSvg layout={layout} titleId="chart-uk-cyber-timeline-title" variant="wide" highlighted={highlighted} />),
      pretty(<EventList events={events} sources={realSources()} idPrefix="chart-uk-cyber-timeline" filterRows={model.filterRows} highlighted={highlighted} compact />),
    ].join(`${PART_BREAK}\n`);
    await expect(html).toMatchFileSnapshot(golden(`timeline-${name}.html`));
  });
});

describe('Baltic map', () => {
  const { incidents, assets } = balticData();
  const { layout } = buildBalticModel(chartFile('baltic-cables', 'baltic-map'), incidents, assets, sourceLookup());
  it('both panels with both label sets', async () => {
    const html = pretty(<BalticMapSvg layout={layout} labelledBy="chart-baltic-cables-title" />);
    await expect(html).toMatchFileSnapshot(golden('baltic-map.html'));
  });
  // With an editor's highlight (highlight="INC-2024-12-EAGLES"): that incident's marks drawn strongly, the rest quieter.
  it('a highlight', async () => {
    const html = pretty(<BalticMapSvg layout={layout} labelledBy="chart-baltic-cables-title" highlighted={new Set(['INC-2024-12-EAGLES'])} titles={false} />);
    expect(html).toContain('bm-quiet');
    await expect(html).toMatchFileSnapshot(golden('baltic-map-highlighted.html'));
  });

  // As the NATO pre-emptive article slices it (from="2024-11" to="2025-12", compact): the other incidents' sites,
  // tracks and notes left off, shared numbers naming only the incidents kept.
  it('a date slice, as an article embeds it', async () => {
    const shown = new Set(incidents.filter((i) => inDateRange(new Date(`${i.date.slice(0, 10).padEnd(10, '-01')}T00:00:00Z`), '2024-11', '2025-12')).map((i) => i.id));
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(incidents.length);
    const html = pretty(<BalticMapSvg layout={layout} labelledBy="chart-baltic-cables-title" shown={shown} titles={false} />);
    await expect(html).toMatchFileSnapshot(golden('baltic-map-sliced.html'));
  });
});
