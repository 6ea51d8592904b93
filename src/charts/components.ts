/** The Astro component that draws each chart kind (each takes `chart` and optional `standalone`). */
import ChartPending from '../components/mdx/ChartPending.astro';
import ProfitChart from './profit/ProfitChart.astro';
import BalticMap from './baltic-map/BalticMap.astro';
import IncidentTimeline from './timeline/IncidentTimeline.astro';
import type { ChartKind } from '../schemas/chart';

export const chartComponentsByKind: Record<ChartKind, typeof ChartPending> = {
  profit: ProfitChart,
  timeline: IncidentTimeline,
  'baltic-map': BalticMap,
};
