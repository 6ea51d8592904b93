/** The Astro component that draws each chart kind (each takes `dataset` and optional `standalone`). */
import ChartPending from '../components/mdx/ChartPending.astro';
import type { ChartKind } from '../schemas/chart';

export const chartComponentsByKind: Record<ChartKind, typeof ChartPending> = {
  profit: ChartPending,
  timeline: ChartPending,
  'baltic-map': ChartPending,
};
