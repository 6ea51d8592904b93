/** Chart components for MDX, keyed by the names in src/lib/mdx/chart-components.ts. */
import ChartPending from './ChartPending.astro';

export const chartMdxComponents = {
  ProfitChart: ChartPending,
  IncidentTimeline: ChartPending,
  BalticMap: ChartPending,
};
