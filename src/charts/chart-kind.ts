/**
 * What a chart kind declares, once, in src/charts/<kind>/kind.ts; src/charts/registry.ts lists the kinds and
 * everything else (the content schema, the MDX components and their check, the chart pages, the downloads, the Data
 * page's "charts drawn from it") is derived from these declarations.
 *
 * The declaration imports no .astro file and no astro:content: the content config and the MDX checker (run from
 * astro.config.mjs) read it. The kind's folder, src/charts/<kind>/, holds the rest, found by name in ./chart-parts.ts:
 * the component named below, and table.ts exporting chartTable(entry), its data as one flat table (the HTML table and
 * the CSV and JSON downloads).
 */
import type { z } from 'astro/zod';
import type { DatasetName } from '../lib/dataset-collections';

export interface ChartKindDeclaration<Kind extends string, Schema extends z.ZodType<{ kind: Kind }>> {
  /** The value of `kind:` in content/charts/<id>.yaml. */
  kind: Kind;
  /** The component's name in MDX, e.g. "ProfitChart" for <ProfitChart chart="ms-profit" />. */
  mdx: string;
  /** The schema of a chart file of this kind: chartBase (schemas/charts/base.ts) extended with kind: z.literal(kind). */
  schema: Schema;
  /** The datasets in content/data/ the chart reads (listed on the Data page). */
  datasets: (chart: z.output<Schema>) => readonly DatasetName[];
  /** File name of the Astro component that draws it, in the kind's folder; it takes `chart` (the chart id) and optional `standalone`. */
  component: `${string}.astro`;
}

/** Declares a chart kind (type-checks the declaration; returns it unchanged). */
export function defineChartKind<const Kind extends string, Schema extends z.ZodType<{ kind: Kind }>>(
  declaration: ChartKindDeclaration<Kind, Schema>,
): ChartKindDeclaration<Kind, Schema> {
  return declaration;
}
