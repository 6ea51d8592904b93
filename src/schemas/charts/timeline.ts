/** The incident timeline: events from the UK incident, policy and Baltic datasets on one time axis. */
import { z } from 'astro/zod';
import { chartBase, } from './base';
import { partialDate } from '../common';

export const timelineChartSchema = chartBase.extend({
  kind: z.literal('timeline'),
  /** Which datasets to draw events from. */
  include: z.array(z.enum(['uk-cyber-incidents', 'policy-events', 'baltic-incidents'])).min(1),
  /** First and last day of the axis (YYYY-MM-DD). Events outside are left out. */
  from: partialDate.optional(),
  to: partialDate.optional(),
});
