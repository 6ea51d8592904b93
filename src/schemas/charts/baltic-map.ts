/** The Baltic cable map: incidents and the assets they damaged. */
import { z } from 'astro/zod';
import { chartBase } from './base';

export const balticMapChartSchema = chartBase.extend({
  kind: z.literal('baltic-map'),
  /** Show context-only events (e.g. Nord Stream) as well as the anchor incidents. */
  include_context: z.boolean().default(true),
});
