/**
 * The timeline's React parts rendered on the server as the build does (react-dom/server): the chart as one labelled
 * image of one SVG per row, each event drawn once with its kind's shape and the label the layout placed; the list
 * with one row per event and its details once; the compact list without details; the details panel.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { categoryByKey } from '../../src/charts/timeline/categories';
import { EventList } from '../../src/charts/timeline/EventList';
import { EventPanel } from '../../src/charts/timeline/EventPanel';
import { timelineLayout } from '../../src/charts/timeline/layout';
import { timelineModel } from '../../src/charts/timeline/model';
import { shapePath } from '../../src/charts/timeline/shapes';
import { TimelineSvg } from '../../src/charts/timeline/TimelineSvg';
import { day, realChart, realEvents, realSources } from './timeline-data';

const events = realEvents();
const sources = realSources();
const model = timelineModel(realChart(), events);
const byId = new Map(events.map((e) => [e.id, e]));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const none = new Set<string>();

describe.each([680, 960])('TimelineSvg at %i wide', (width) => {
  const layout = timelineLayout(events, model.rows, model.spans, { width, from: day('2025-04-01'), to: day('2026-07-01') });
  const html = renderToStaticMarkup(
    <TimelineSvg layout={layout} variant="v" titleId="t-title" filterRows={model.filterRows} highlighted={none} />,
  );
  const marks = [...html.matchAll(/<g class="tl-mark tl-cat-([a-z]+)[^"]*" data-linked="([^"]+)" data-filter-category="[a-z]+" data-filter-org="([^"]+)">([\s\S]*?)<\/g>/g)];

  it('is one labelled image: an SVG per row and the axis, each hidden from assistive technology', () => {
    expect(html).toMatch(/^<div class="tl-chart tl-chart--v" role="img" aria-labelledby="t-title">/);
    expect(html.match(/<svg class="tl-row-svg" data-row="([a-z]+)"/g)).toHaveLength(6);
    expect(html.match(/<svg[^>]*aria-hidden="true"/g)).toHaveLength(7);
  });

  it('draws every event once, with its kind’s shape, in its row', () => {
    expect(marks.map((m) => m[2]).sort()).toEqual(events.map((e) => e.id).sort());
    for (const m of marks) {
      const e = byId.get(m[2]!)!;
      expect(m[1]).toBe(e.category);
      expect(m[3]!.split(' ')).toContain(e.row);
      const size = e.category === 'russia' ? 6 * 1.3 : 6;
      expect(m[4]).toContain(`d="${shapePath(categoryByKey.get(e.category)!.shape, size)}"`);
    }
  });

  it('prints every label the layout placed, and the row names', () => {
    const text = decode(html);
    for (const row of layout.rows) {
      expect(text).toContain(`>${row.name}</text>`);
      for (const m of row.marks) for (const line of m.label.lines) expect(text).toContain(line);
    }
  });

  it('uses no inline styles or colour values (colours come from the tokens in CSS)', () => {
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
  });

  it('draws highlighted events strongly and the rest quieter', () => {
    const hl = renderToStaticMarkup(
      <TimelineSvg layout={layout} variant="v" titleId="t" filterRows={model.filterRows} highlighted={new Set(['kido-nurseries'])} />,
    );
    expect(hl).toMatch(/<g class="tl-mark tl-cat-attack" data-linked="kido-nurseries"/);
    expect(hl.match(/tl-quiet/g)).toHaveLength(events.length - 1);
  });
});

describe('EventList (the key under the chart, and the timeline on phones)', () => {
  const html = renderToStaticMarkup(
    <EventList events={events} sources={sources} idPrefix="t" filterRows={model.filterRows} highlighted={none} compact={false} />,
  );

  it('lists every event once in time order, each with its details once, shipped hidden', () => {
    expect([...html.matchAll(/data-mark-id="([^"]+)"/g)].map((m) => m[1])).toEqual(events.map((e) => e.id));
    expect([...html.matchAll(/data-details-for="([^"]+)"/g)].map((m) => m[1])).toEqual(events.map((e) => e.id));
    expect(html.match(/<div class="tl-panel[^"]*"[^>]*role="region" aria-labelledby="t-[^"]+-title" hidden="">/g)).toHaveLength(events.length);
  });

  it('numbers the rows as the chart does, and groups them by month', () => {
    expect([...html.matchAll(/<span class="tl-num">(\d+)<\/span>/g)].map((m) => Number(m[1]))).toEqual(events.map((e) => e.number));
    expect(html).toContain('aria-label="April 2025"');
    expect(html).toContain('aria-label="June 2026"');
  });

  it('gives each row one sentence for assistive technology: "N. date, Category: title (caveat).", which names its panel', () => {
    const said = [...html.matchAll(/<div class="tl-row"[^>]*>[\s\S]*?<span class="visually-hidden" id="t-[^"]+-title">([^<]+)<\/span><\/div>/g)].map((m) => decode(m[1]!));
    expect(said).toHaveLength(events.length);
    for (const [i, e] of events.entries()) {
      const caveat = e.singleSource ? ' (single source)' : e.confidenceText === 'Sources differ' ? ' (sources differ)' : '';
      expect(said[i]).toMatch(new RegExp(`^${e.number}\\. (c\\. )?[^,]*\\d{4}, ${categoryByKey.get(e.category)!.singular}: `));
      expect(said[i]!.endsWith(`${e.title}${caveat}.`) || said[i]!.endsWith(`${e.title}${caveat}`)).toBe(true);
    }
    // The laid-out text the sentence replaces is hidden from assistive technology, so it is not read twice.
    expect(html.match(/<span class="tl-row-text" aria-hidden="true">/g)).toHaveLength(events.length);
  });

  it('puts the filter values on the list item, so a filtered event hides with its details', () => {
    const items = [...html.matchAll(/<li class="tl-item[^"]*" data-filter-category="([^"]+)" data-filter-org="([^"]+)"/g)];
    expect(items.map((m) => m[1])).toEqual(events.map((e) => e.category));
  });

  it('in the compact form, draws the key moments large, folds the rest by month and carries no details', () => {
    const compact = renderToStaticMarkup(
      <EventList events={events} sources={sources} idPrefix="t" filterRows={model.filterRows} highlighted={none} compact />,
    );
    expect(compact).not.toContain('data-details-for');
    expect(compact.match(/tl-item--large/g)!.length).toBeLessThanOrEqual(6);
    expect(compact).toMatch(/<details class="tl-fold" data-month="2025-04"><summary><span aria-hidden="true">Apr 2025<\/span><span class="visually-hidden">April 2025<\/span> <span class="tl-fold-count">\(4\)<\/span>/);
    expect(compact.match(/data-mark-id=/g)).toHaveLength(events.length);
  });
});

describe('EventPanel', () => {
  const panel = (id: string) => decode(renderToStaticMarkup(<EventPanel event={byId.get(id)!} sources={sources} labelledBy="x" />));

  it('shows date and precision, what happened, figures with units, who claimed it, and linked sources', () => {
    const html = panel('cmc-jlr-category3');
    expect(html).toContain('22 October 2025');
    expect(html).toContain('(exact day known)');
    expect(html).toContain(byId.get('cmc-jlr-category3')!.text);
    expect(html).toContain('£1.6bn to £2.1bn');
    expect(html).toMatch(/<a href="https:\/\/[^"]+" rel="noopener">/);
    const claimed = panel('ms-intrusion-discovered');
    expect(claimed).toContain('Claimed by or linked to');
    expect(claimed).toContain('DragonForce');
  });

  it('says "single source" and "month only" where they apply', () => {
    expect(panel('ms-norman-mps')).toContain('Single source.');
    expect(panel('nca-arrests')).not.toContain('Single source');
    expect(panel('jlr-q3-results')).toContain('February 2026');
    expect(panel('jlr-q3-results')).toContain('(month only)');
  });
});
