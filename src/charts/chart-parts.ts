/**
 * The parts of each chart kind that render or load content, found in its folder src/charts/<kind>/ by the names its
 * declaration gives (./chart-kind.ts): the component, and table.ts's chartTable. Kept apart from ./registry.ts so
 * the content config, which reads the registry, pulls in no chart component (and no chart's CSS on every page).
 */
import type { CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { ChartTable } from './frame/chart-table';
import { chartKind, type ChartKind } from './registry';

const components = import.meta.glob<{ default: AstroComponentFactory }>(['./*/*.astro', '!./frame/*']);
const tables = import.meta.glob<{ chartTable: (entry: CollectionEntry<'charts'>) => Promise<ChartTable> }>('./*/table.ts');

/** The Astro component that draws a kind. */
export async function chartComponent(kind: ChartKind): Promise<AstroComponentFactory> {
  const file = `./${kind}/${chartKind(kind).component}`;
  const load = components[file];
  if (!load) throw new Error(`chart kind "${kind}": no component src/charts/${file.slice(2)}`);
  return (await load()).default;
}

/** A chart's data as one flat table (the HTML table, the CSV and JSON downloads), by its kind's table.ts. */
export async function chartTable(entry: CollectionEntry<'charts'>): Promise<ChartTable> {
  const load = tables[`./${entry.data.kind}/table.ts`];
  if (!load) throw new Error(`chart kind "${entry.data.kind}": no src/charts/${entry.data.kind}/table.ts`);
  return (await load()).chartTable(entry);
}
