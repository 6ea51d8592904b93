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
  /** Impact figures to show, in this order. */
  figures: z.array(figure).default([]),
});

export const timelineChartSchema = chartBase
  .extend({
    kind: z.literal('timeline'),
    /** Which datasets to draw events from. */
    include: z.array(z.enum(['uk-cyber-incidents', 'policy-events', 'baltic-incidents'])).min(1),
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
