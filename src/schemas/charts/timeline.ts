/**
 * The incident timeline: events from the UK incident, policy and Baltic datasets on one time axis.
 * The facts (dates, precision, figures, sources) come from the datasets; every sentence readers see comes from
 * `display` below, written in the site's own words.
 */
import { z } from 'astro/zod';
import { chartBase } from './base';
import { partialDate } from '../common';

/** One impact figure shown in an event's details: a label in our words, the value read from the record's `impact`. */
const figure = z.object({
  /** What the figure is, e.g. "Estimated cost to the UK". Units come from the value's key (…_gbp_m shows as £…m). */
  label: z.string().min(3),
  /** One key of the record's `impact` (a single value) or two (a range: low, high). A missing key fails the build. */
  keys: z.array(z.string()).min(1).max(2),
  /** Say "about" before the value (the source gives an approximate figure). */
  approx: z.boolean().default(false),
  /** A word after a plain number: "days", "weeks", "years". */
  unit: z.string().optional(),
  /** A short caveat shown after the value, e.g. "one source" or "our sum of the two quarters". */
  note: z.string().optional(),
});

/** What readers see for one event, keyed by the record id in its dataset. */
const eventDisplay = z.object({
  /** The event's title in the site's own words: one line, a few words (list, details, table, tooltip). */
  title: z.string().min(5).max(90),
  /** An even shorter label drawn beside the mark on wide screens, for key events only (<= 26 characters). */
  label: z.string().min(2).max(26).optional(),
  /** What happened, in one to three plain sentences of our own. Never add a figure that is not in the data. */
  text: z.string().min(20),
  /** Who claimed it or is linked to it, in our words. Leave out when nobody has. */
  claimed: z.string().optional(),
  /**
   * The date as readers should see it when the precision alone would say too much or too little,
   * e.g. "late November 2025". Never more precise than the record's date_precision.
   */
  date_text: z.string().optional(),
  /** Keys of `organisations` whose story this event belongs to (for the organisation filter). None: "wider context". */
  about: z.array(z.string()).default([]),
  /**
   * The row the event is drawn in (a key of `rows`). Leave out to use the row of the first organisation in `about`.
   * An event that falls in no row fails the build.
   */
  row: z.string().optional(),
  /**
   * The kind of mark: attack (attack or impact), response (official response: government, police, courts, NATO),
   * russia (claims about Russia), cost (costs and estimates). Leave out to take it from the record's event type.
   */
  kind: z.enum(['attack', 'response', 'russia', 'cost']).optional(),
  /** Impact figures to show, in this order. */
  figures: z.array(figure).default([]),
});

/** One row of the chart: the story of one organisation (or a group of them). */
const row = z.object({
  /** Short id used by events' `row:` and in MDX options (only=, highlight=). */
  key: z.string().regex(/^[a-z0-9-]+$/),
  /** The row's heading, a few words. */
  name: z.string().min(2).max(40),
  /** Keys of `organisations` whose events go in this row (besides an organisation with the row's own key). */
  organisations: z.array(z.string()).default([]),
});

/** An outage or disruption drawn as a bar from the event that started it to the event that ended it. */
const span = z.object({
  /** Short id, unique in the chart. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Words inside the bar, e.g. "Online orders stopped" (no figures: the dates come from the events). */
  label: z.string().min(3).max(40),
  /** The event that started it (a record id drawn on the chart). */
  from: z.string(),
  /**
   * Optional: a key of that record's `impact` holding the day the outage began, when it differs from the event's
   * date (JLR was attacked on 31 August; production stopped from 1 September).
   */
  from_key: z.string().optional(),
  /** The event that ended it. */
  to: z.string(),
});

export const timelineChartSchema = chartBase
  .extend({
    kind: z.literal('timeline'),
    /** Which datasets to draw events from. */
    include: z.array(z.enum(['uk-cyber-incidents', 'policy-events', 'baltic-incidents'])).min(1),
    /** The rows, top to bottom: one per organisation the story follows. */
    rows: z.array(row).min(1),
    /** Outages drawn as bars from stop to restart. */
    spans: z.array(span).default([]),
    /** First and last day of the axis (YYYY-MM-DD). Events outside are left out. */
    from: partialDate.optional(),
    to: partialDate.optional(),
    /** Record ids left out on purpose (say why in a comment next to each). */
    exclude: z.array(z.string()).default([]),
    /** The organisation filter's choices: key -> name shown to readers, in the order listed. */
    organisations: z.record(z.string().regex(/^[a-z0-9-]+$/), z.string().min(2)).default({}),
    /** Our words for every event drawn: record id -> title, text, figures… An event without an entry fails the build. */
    display: z.record(z.string(), eventDisplay),
  })
  .check((ctx) => {
    const orgs = new Set(Object.keys(ctx.value.organisations));
    const rowKeys = new Set(ctx.value.rows.map((r) => r.key));
    ctx.value.rows.forEach((r, i) => {
      for (const key of r.organisations) {
        if (!orgs.has(key)) {
          ctx.issues.push({ code: 'custom', input: key, path: ['rows', i, 'organisations'], message: `unknown organisation "${key}": add it to organisations in the chart file` });
        }
      }
    });
    for (const [id, d] of Object.entries(ctx.value.display)) {
      if (d.row !== undefined && !rowKeys.has(d.row)) {
        ctx.issues.push({ code: 'custom', input: d.row, path: ['display', id, 'row'], message: `unknown row "${d.row}": use one of ${[...rowKeys].join(', ')}` });
      }
    }
    for (const [id, d] of Object.entries(ctx.value.display)) {
      for (const key of d.about) {
        if (!orgs.has(key)) {
          ctx.issues.push({
            code: 'custom',
            input: key,
            path: ['display', id, 'about'],
            message: `unknown organisation "${key}": add it to organisations in the chart file`,
          });
        }
      }
    }
  });

export type TimelineChartData = z.infer<typeof timelineChartSchema>;
export type TimelineEventDisplay = z.infer<typeof eventDisplay>;
export type TimelineRow = z.infer<typeof row>;
export type TimelineSpan = z.infer<typeof span>;
/** The kinds of mark (see eventDisplay.kind). */
export type TimelineKind = NonNullable<TimelineEventDisplay['kind']>;
