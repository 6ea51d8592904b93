/**
 * What every chart carries, whatever it draws: the frame's words and the sources.
 * A chart is one YAML file in content/charts/<id>.yaml; editors place it in an article with its id,
 * e.g. <ProfitChart chart="ms-profit" />.
 */
import { z } from 'astro/zod';
import { sourceIds } from '../common';

export const chartBase = z.object({
  /** The chart's title: what it shows, in a few words. */
  title: z.string().min(5).max(100),
  /** One sentence that says what the reader should take away. Shown under the title. */
  takeaway: z.string().min(10).max(200),
  /**
   * The accessible description read by screen readers: what is drawn and the main values, in two or three sentences.
   * Write it for someone who cannot see the chart.
   */
  description: z.string().min(20),
  /** Notes under the chart: caveats, definitions, what is approximate or contested. */
  notes: z.array(z.string()).default([]),
  /** The sources behind the chart, from content/data/sources.json. Listed in the chart's source line. */
  sources: sourceIds,
});
