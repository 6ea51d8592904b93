/**
 * What every chart carries, whatever it draws: the frame's words and the sources.
 * A chart is one YAML file in content/charts/<id>.yaml; editors place it in an article with its id,
 * e.g. <ProfitChart chart="ms-profit" />.
 */
import { z } from 'astro/zod';
import { sourceIds } from '../common';

/**
 * A note on the chart itself, pointing at the mark it explains ("Counts {ms-h1-2526-cyber-adjusting-items} of attack
 * costs"). The layout places it beside that mark where it collides with nothing (src/charts/frame/annotations.ts);
 * screen readers hear it in the chart's description. Keep it to a short phrase: it is drawn at about 13 px.
 */
export const chartAnnotation = z.object({
  /**
   * What the note points at, by id: for the profit chart the record id of a bar (e.g. ms-h1-2526-statutory-pbt);
   * for the timeline an event id; for the map an incident id. An id the chart does not draw stops the build.
   */
  at: z.string().min(1),
  /** The note, in the site's own words; write figures as {record-id}. */
  text: z.string().min(3).max(120),
  /** Which side of the mark to try first; the layout takes another side if this one has no room. */
  side: z.enum(['right', 'left', 'above', 'below']).optional(),
});

export const chartBase = z.object({
  /**
   * The chart's title: its finding, the one thing the reader should see, as a sentence without a full stop
   * ("In the half the attack hit, M&S's statutory profit almost vanished"). Only what the data shows.
   */
  title: z.string().min(5).max(120),
  /** The subtitle: what is drawn, plainly, with units and period ("Profit before tax, first half of the year, £m"). */
  subtitle: z.string().min(10).max(200),
  /**
   * The accessible description read by screen readers: what is drawn and the main values, in two or three sentences.
   * Write it for someone who cannot see the chart.
   */
  description: z.string().min(20),
  /** Notes under the chart: caveats, definitions, what is approximate or contested. */
  notes: z.array(z.string()).default([]),
  /** Notes drawn on the chart at the key moments, at most four (see chartAnnotation above). */
  annotations: z.array(chartAnnotation).max(4).default([]),
  /** The sources behind the chart, from content/data/sources.json. Listed in the chart's source line. */
  sources: sourceIds,
});

export type ChartAnnotation = z.infer<typeof chartAnnotation>;
