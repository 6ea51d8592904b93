/** A chart entry in content/charts/<id>.yaml: `kind` says which chart draws it. */
import { z } from 'astro/zod';
import { profitChartSchema } from './charts/profit';
import { timelineChartSchema } from './charts/timeline';
import { balticMapChartSchema } from './charts/baltic-map';

export const chartSchema = z.discriminatedUnion('kind', [profitChartSchema, timelineChartSchema, balticMapChartSchema]);

export type ChartEntry = z.infer<typeof chartSchema>;
export type ChartKind = ChartEntry['kind'];
