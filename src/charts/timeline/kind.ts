/** The incident timeline kind: events from the datasets it includes on one time axis (see ../chart-kind.ts). */
import { timelineChartSchema } from '../../schemas/charts/timeline';
import { defineChartKind } from '../chart-kind';

export default defineChartKind({
  kind: 'timeline',
  mdx: 'IncidentTimeline',
  schema: timelineChartSchema,
  datasets: (chart) => chart.include,
  component: 'IncidentTimeline.astro',
});
