/**
 * The chart kinds: one entry per kind, declared in src/charts/<kind>/kind.ts (see ./chart-kind.ts for the fields).
 * To add a kind, add its folder and one entry here; everything below is derived (README: "Add a chart kind").
 * No .astro file and no astro:content are imported from here: the content config and the MDX checker read this file.
 * The components and tables are found from these declarations in ./chart-parts.ts.
 */
import { z } from 'astro/zod';
import profit from './profit/kind';
import timeline from './timeline/kind';
import balticMap from './baltic-map/kind';
import type { DatasetName } from '../lib/dataset-collections';
import { withFigureRefs } from '../schemas/chart';

export const chartKinds = [profit, timeline, balticMap] as const;

type Declared = (typeof chartKinds)[number];
export type ChartKind = Declared['kind'];

/**
 * The schema of content/charts/<id>.yaml: one of the kinds, told apart by `kind:`, with figure references in its
 * words filled in from the datasets.
 */
export const chartKindSchemas = z.discriminatedUnion('kind', chartKinds.map((k) => k.schema) as [Declared['schema'], ...Declared['schema'][]]);
export const chartSchema = withFigureRefs(chartKindSchemas);
export type ChartEntry = z.infer<typeof chartSchema>;

/** A kind's declaration by its `kind:` value. */
export function chartKind(kind: ChartKind): Declared {
  const found = chartKinds.find((k) => k.kind === kind);
  if (!found) throw new Error(`unknown chart kind "${kind}"`);
  return found;
}

/** The MDX component names editors may use, e.g. "ProfitChart". */
export const chartMdxNames: string[] = chartKinds.map((k) => k.mdx);

/** The datasets a chart reads, as its kind declares. */
export function datasetsOfChart(chart: ChartEntry): DatasetName[] {
  // Each kind's function reads its own fields; `kind` picks the function that matches the entry.
  const datasets = chartKind(chart.kind).datasets as (c: ChartEntry) => readonly DatasetName[];
  return [...datasets(chart)];
}
