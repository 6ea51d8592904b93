/**
 * Chart kinds and what each provides to the shared pages: its data table (for downloads and the Data page)
 * and the Astro component that draws it. Add a kind here, in src/schemas/chart.ts and in src/components/mdx/charts.ts.
 */
import type { CollectionEntry } from 'astro:content';
import type { ChartKind } from '../schemas/chart';
import type { ChartTable } from './frame/chart-table';
import { chartTable as profitTable } from './profit/table';
import { chartTable as timelineTable } from './timeline/table';
import { chartTable as balticMapTable } from './baltic-map/table';

export const chartTables: Record<ChartKind, (entry: CollectionEntry<'charts'>) => Promise<ChartTable>> = {
  profit: profitTable,
  timeline: timelineTable,
  'baltic-map': balticMapTable,
};
