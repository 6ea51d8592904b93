/** Chart components for MDX, keyed by the names in src/lib/mdx/chart-components.ts. */
import { chartComponentsByKind } from '../../charts/components';

export const chartMdxComponents = {
  ProfitChart: chartComponentsByKind.profit,
  IncidentTimeline: chartComponentsByKind.timeline,
  BalticMap: chartComponentsByKind['baltic-map'],
};
