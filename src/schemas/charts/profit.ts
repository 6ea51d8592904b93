/** The M&S profit chart: pairs of reported figures, before and after the attack. */
import { z } from 'astro/zod';
import { chartBase } from './base';

export const profitChartSchema = chartBase.extend({
  kind: z.literal('profit'),
  /** One row per measure: the record ids in content/data/ms-financials.json for the earlier and the later period. */
  series: z
    .array(
      z.object({
        /** How the measure is labelled on the chart, e.g. "Statutory profit before tax". */
        label: z.string(),
        /** Record id of the earlier period's figure. */
        before: z.string(),
        /** Record id of the later period's figure. */
        after: z.string(),
      }),
    )
    .min(1),
});
