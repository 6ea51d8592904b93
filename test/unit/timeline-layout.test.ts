/**
 * The timeline's pure parts: building events from the datasets (order, date precision, range, our words, figures)
 * and the layout (scale domain, rows, lanes, labels that never overlap, ticks).
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryOf } from '../../src/charts/timeline/categories';
import { APPROX_DAYS, buildEvents, dateRange, GENERAL_ORG } from '../../src/charts/timeline/events';
import { formatFigure, formatImpactValue, normalisePrecision, shortDateText } from '../../src/charts/timeline/format';
import {
  boxesOverlap,
  labelBox,
  markBox,
  markExtent,
  timelineLayout,
  type LayoutEvent,
  type TimelineLayout,
} from '../../src/charts/timeline/layout';
import { textWidth } from '../../src/charts/timeline/text-width';
import { day, realChart, realDatasets, realEvents } from './timeline-data';

const events = realEvents();
const chart = realChart();
const byId = new Map(events.map((e) => [e.id, e]));

describe('events from the datasets', () => {
  it('draws every record in the axis range that is not excluded, and nothing else', () => {
    const datasets = realDatasets();
    const from = day(chart.from!);
    const to = day(chart.to!);
    const expected = chart.include.flatMap((name) =>
      datasets[name]!.filter((r) => !chart.exclude.includes(r.id))
        .filter((r) => {
          const at = dateRange(r.date, normalisePrecision(r.date_precision)).at;
          return at >= from && at <= to;
        })
        .map((r) => r.id),
    );
    expect(events.map((e) => e.id).sort()).toEqual(expected.sort());
    expect(events.length).toBeGreaterThan(40);
    expect(byId.has('INC-2022-09-NORDSTREAM')).toBe(false); // 2022: before the axis starts
    expect(byId.has('jlr-fy26-results')).toBe(false); // excluded: unverified single low-quality source
    expect(byId.has('jlr-nyt-attribution-ctx')).toBe(false); // excluded duplicate
  });

  it('puts events in time order and numbers them in that order', () => {
    for (let i = 1; i < events.length; i++) {
      expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());
      expect(events[i]!.order).toBe(i);
    }
    expect(events[0]!.id).toBe('nato-baltic-sentry');
    expect(events.at(-1)!.id).toBe('jlr-nyt-attribution');
  });

  it('orders events on the same day by id, whatever order the content loader hands them over', () => {
    const sameDay = events.filter((e) => e.date === '2025-09-25').map((e) => e.id);
    expect(sameDay).toEqual(['coop-interim', 'kido-nurseries']);
    const reversed = Object.fromEntries(Object.entries(realDatasets()).map(([k, v]) => [k, [...v!].reverse()]));
    expect(buildEvents(realChart(), reversed).map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('shows month-precision dates as the whole month, never a day', () => {
    const e = byId.get('cmc-retail-category2')!;
    expect(e.precision).toBe('month');
    expect(e.dateText).toBe('June 2025');
    expect(e.start).toEqual(day('2025-06-01'));
    expect(e.end).toEqual(day('2025-07-01'));
    expect(e.at.getTime()).toBe((e.start.getTime() + e.end.getTime()) / 2);
    expect(e.precisionText).toBe('month only');
    for (const m of events.filter((x) => x.precision === 'month')) expect(m.dateText).not.toMatch(/^\d/);
  });

  it('marks approximate dates and gives them a range either side', () => {
    const reeves = byId.get('uk-reeves-russia')!;
    expect(reeves.precision).toBe('approx');
    expect(reeves.dateText).toBe('around 22 September 2025');
    expect((reeves.end.getTime() - reeves.start.getTime()) / 86_400_000).toBe(APPROX_DAYS * 2 + 1);
    // The fact sheet says to show these two no more precisely than this:
    expect(byId.get('nato-dragone-ft')!.dateText).toBe('late November 2025');
    expect(byId.get('nato-ersoy-times')!.dateText).toBe('early December 2025');
  });

  it('shows hour-precision records as a day', () => {
    expect(byId.get('INC-2025-12-FITBURG')!.precision).toBe('day');
    expect(byId.get('INC-2025-12-FITBURG')!.dateText).toBe('31 December 2025');
  });

  it('uses our own words, not the datasets sentences', () => {
    const datasets = realDatasets();
    const records = new Map(Object.values(datasets).flatMap((rs) => rs!.map((r) => [r.id, r] as const)));
    const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9£%' ]+/g, ' ').split(/\s+/).filter(Boolean);
    /** Any run of seven words in a row that our text shares with the dataset's sentences. */
    const shared = (ours: string, theirs: string) => {
      const t = words(theirs).join(' ');
      const o = words(ours);
      const runs: string[] = [];
      for (let i = 0; i + 7 <= o.length; i++) {
        const run = o.slice(i, i + 7).join(' ');
        if (t.includes(run)) runs.push(run);
      }
      return runs;
    };
    for (const e of events) {
      const r = records.get(e.id)!;
      const theirs = [r.title, r.description, r.damage_summary, r.suspected_cause, r.outcome_status, r.notes]
        .filter((v): v is string => typeof v === 'string')
        .join(' | ');
      expect(e.title, e.id).not.toBe(r.title);
      expect(shared(`${e.title}. ${e.text} ${e.claimed ?? ''}`, theirs), e.id).toEqual([]);
    }
  });

  it('flags single-source events and says when sources differ', () => {
    expect(byId.get('ms-norman-mps')!.singleSource).toBe(true);
    expect(byId.get('ms-norman-mps')!.confidenceText).toBe('Single source');
    expect(byId.get('nca-arrests')!.singleSource).toBe(false);
    expect(byId.get('INC-2025-02-CLION1')!.confidenceText).toBe('Sources differ');
  });

  it('files every event under a category and at least one organisation key', () => {
    const orgs = new Set([...Object.keys(chart.organisations)]);
    for (const e of events) {
      expect(CATEGORIES.map((c) => c.key)).toContain(e.category);
      expect(e.about.length).toBeGreaterThan(0);
      for (const k of e.about) expect(orgs.has(k) || k === GENERAL_ORG, `${e.id}: ${k}`).toBe(true);
    }
    expect(byId.get('jlr-attack')!.category).toBe('attack');
    expect(byId.get('nca-arrests')!.category).toBe('justice');
    expect(byId.get('uk-gru-sanctions')!.category).toBe('official');
    expect(byId.get('INC-2025-01-VEZHEN')!.category).toBe('baltic');
    expect(byId.get('uk-gru-sanctions')!.about).toEqual([GENERAL_ORG]);
    expect(() => categoryOf('uk-cyber-incidents', 'alien_invasion')).toThrow(/unknown event_type/);
  });

  it('shows impact figures with their units, read from the data', () => {
    const figures = (id: string) => Object.fromEntries(byId.get(id)!.figures.map((f) => [f.label, f.value]));
    expect(figures('cmc-retail-category2')['Estimated cost to the UK']).toBe('£270m to £440m');
    expect(figures('cmc-jlr-category3')['Central estimate of the cost to the UK']).toBe('£1.9bn');
    expect(figures('cmc-jlr-category3')['Modelled range']).toBe('£1.6bn to £2.1bn');
    expect(figures('jlr-q2-results')['Profit before tax and exceptional items']).toBe('−£485m');
    expect(figures('coop-6-5m')["Members whose details were taken"]).toBe('6,500,000');
    expect(figures('ms-online-paused')['Share price move that afternoon']).toBe('about −4.8%');
    expect(figures('ms-online-resumed')['Online orders paused for']).toBe('46 days');
    expect(figures('jlr-attack')['UK production stopped from']).toBe('1 September 2025');
  });

  it('fails the build when an event has no text of ours, or a figure names a missing value', () => {
    const datasets = realDatasets();
    const { 'nca-arrests': _dropped, ...display } = chart.display;
    expect(() => buildEvents({ ...chart, display }, datasets)).toThrow(/no display text for "nca-arrests"/);
    const bad = { ...chart.display['nca-arrests']!, figures: [{ label: 'Nope', keys: ['no_such_key'], approx: false }] };
    expect(() => buildEvents({ ...chart, display: { ...chart.display, 'nca-arrests': bad } }, datasets)).toThrow(/no key "no_such_key"/);
    expect(() => buildEvents({ ...chart, display: { ...chart.display, 'made-up': chart.display['nca-arrests']! } }, datasets)).toThrow(
      /not drawn.*made-up/,
    );
  });
});

describe('formatting', () => {
  it('writes values with units', () => {
    expect(formatImpactValue('loan_guarantee_gbp_bn', 1.5)).toBe('£1.5bn');
    expect(formatImpactValue('cyber_costs_h1_gbp_m', 101.6)).toBe('£101.6m');
    expect(formatImpactValue('ransom_demand_gbp_approx', 600000)).toBe('£600,000');
    expect(formatImpactValue('revenue_change_pct', -24)).toBe('−24%');
    expect(formatImpactValue('tips', 1727)).toBe('1,727');
    expect(formatImpactValue('repayment_years', 5, 'years')).toBe('5 years');
    expect(formatFigure({ a_gbp_m: 1 }, ['a_gbp_m'], { approx: true })).toBe('about £1m');
  });

  it('shortens dates without adding precision', () => {
    expect(shortDateText('2025-04-19', 'day')).toBe('19 Apr 2025');
    expect(shortDateText('2025-06', 'month')).toBe('Jun 2025');
    expect(shortDateText('2025-09-22', 'approx')).toBe('c. 22 Sep 2025');
  });
});

/** Every mark and label box must be clear of every other. */
function overlapsIn(layout: TimelineLayout): string[] {
  const boxes = layout.marks.flatMap((m) => [
    { what: `mark ${m.id}`, box: markBox(m, layout), owner: m.id },
    ...(m.label ? [{ what: `label ${m.id}`, box: labelBox(m.label, layout), owner: m.id }] : []),
  ]);
  const clashes: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.owner === b.owner) continue;
      // Marks in the same row and lane must not touch; labels must not touch anything.
      if (boxesOverlap(a.box, b.box)) clashes.push(`${a.what} / ${b.what}`);
    }
  }
  return clashes;
}

describe.each([640, 800, 960])('layout of the real events at %i wide', (width) => {
  const layout = timelineLayout(events, { width, from: day(chart.from!), to: day('2026-07-01') });

  it('spans the axis from the chart entry and keeps every mark on it', () => {
    expect(layout.domain).toEqual([day('2025-01-01'), day('2026-07-01')]);
    for (const m of layout.marks) {
      expect(m.x).toBeGreaterThanOrEqual(layout.plotLeft);
      expect(m.x).toBeLessThanOrEqual(layout.plotRight);
    }
  });

  it('places marks left to right in time order', () => {
    expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
    for (let i = 1; i < layout.marks.length; i++) expect(layout.marks[i]!.x).toBeGreaterThanOrEqual(layout.marks[i - 1]!.x);
  });

  it('draws one row per category in order, rows not overlapping, marks inside their row', () => {
    const order = CATEGORIES.map((c) => c.key).filter((k) => events.some((e) => e.category === k));
    expect(layout.rows.map((r) => r.category)).toEqual(order);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.top).toBeGreaterThan(layout.rows[i - 1]!.bottom);
    for (const m of layout.marks) {
      const row = layout.rows.find((r) => r.category === m.category)!;
      expect(m.y).toBeGreaterThan(row.headingY);
      expect(m.y).toBeLessThan(row.bottom);
    }
    expect(layout.axisY).toBeGreaterThan(layout.rows.at(-1)!.bottom);
  });

  it('never lets marks or labels overlap, and keeps labels inside the chart', () => {
    expect(overlapsIn(layout)).toEqual([]);
    for (const m of layout.marks) {
      if (!m.label) continue;
      expect(m.label.x0).toBeGreaterThanOrEqual(0);
      expect(m.label.x1).toBeLessThanOrEqual(width);
    }
  });

  it('labels most of the key events', () => {
    const labelled = events.filter((e) => e.label).length;
    const placed = layout.marks.filter((m) => m.label).length;
    expect(placed).toBeGreaterThanOrEqual(Math.floor(labelled * (width >= 800 ? 0.85 : 0.6)));
  });

  it('labels months without crowding and names each year', () => {
    const labelled = layout.ticks.filter((t) => t.label);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(layout.fontSize * 3.4 - 0.01);
    expect(labelled[0]!.year).toBe('2025');
    expect(layout.ticks.filter((t) => t.year).map((t) => t.year)).toEqual(['2025', '2026']);
    expect(layout.ticks.filter((t) => t.major)).toHaveLength(2);
  });
});

describe('lane assignment on made-up events', () => {
  const ev = (id: string, date: string, extra: Partial<LayoutEvent> = {}): LayoutEvent => {
    const r = dateRange(date, 'day');
    return { id, order: 0, category: 'attack', precision: 'day', ...r, ...extra };
  };
  const withOrder = (list: LayoutEvent[]) => list.map((e, i) => ({ ...e, order: i }));

  it('stacks events on the same day in separate lanes', () => {
    const layout = timelineLayout(withOrder([ev('a', '2025-05-01'), ev('b', '2025-05-01'), ev('c', '2025-05-01')]), { width: 600 });
    expect(layout.marks.map((m) => m.lane)).toEqual([0, 1, 2]);
    expect(new Set(layout.marks.map((m) => m.y)).size).toBe(3);
    expect(layout.rows[0]!.lanes).toBe(3);
  });

  it('keeps far-apart events in one lane', () => {
    const layout = timelineLayout(withOrder([ev('a', '2025-01-10'), ev('b', '2025-06-10'), ev('c', '2025-11-10')]), {
      width: 600,
      from: day('2025-01-01'),
      to: day('2026-01-01'),
    });
    expect(layout.marks.map((m) => m.lane)).toEqual([0, 0, 0]);
  });

  it('moves a label to the left of its mark near the right edge', () => {
    const layout = timelineLayout(withOrder([ev('a', '2025-12-28', { label: 'Late event label' })]), {
      width: 600,
      from: day('2025-01-01'),
      to: day('2026-01-01'),
    });
    expect(layout.marks[0]!.label!.anchor).toBe('end');
    expect(layout.marks[0]!.label!.x1).toBeLessThanOrEqual(600);
  });

  it('drops labels that find no room rather than overlapping them', () => {
    // Marks 15 days apart fit side by side in one lane, but their long labels do not.
    const dates = ['2025-03-01', '2025-03-16', '2025-03-31', '2025-04-15', '2025-04-30', '2025-05-15', '2025-05-30', '2025-06-14'];
    const crowd = withOrder(dates.map((d) => ev(d, d, { label: 'A rather long label here' })));
    const layout = timelineLayout(crowd, { width: 400, from: day('2025-01-01'), to: day('2026-01-01'), maxLabelLanes: 2 });
    expect(layout.marks.filter((m) => m.label).length).toBeLessThan(dates.length);
    expect(layout.marks.some((m) => m.labelDropped)).toBe(true);
    expect(overlapsIn(layout)).toEqual([]);
  });

  it('draws month-only dates as a span across the month and approximate dates as a dashed range', () => {
    const month = { ...ev('m', '2025-06-01'), ...dateRange('2025-06', 'month'), precision: 'month' as const };
    const approx = { ...ev('x', '2025-09-22'), ...dateRange('2025-09-22', 'approx'), precision: 'approx' as const };
    const layout = timelineLayout(withOrder([month, approx]), { width: 730, from: day('2025-01-01'), to: day('2026-01-01') });
    const [m, a] = layout.marks;
    expect(m!.span!.kind).toBe('month');
    expect(m!.span!.x1 - m!.span!.x0).toBeCloseTo((30 / 365) * (730 - 20), 0);
    expect(m!.x).toBeCloseTo((m!.span!.x0 + m!.span!.x1) / 2, 5);
    expect(a!.span!.kind).toBe('approx');
    expect(markExtent(a!, layout.markSize)[1]).toBeGreaterThan(a!.x + layout.markSize);
  });

  it('estimates text widths that grow with the text', () => {
    expect(textWidth('M&S hacked', 12)).toBeGreaterThan(textWidth('M&S', 12));
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
  });
});
