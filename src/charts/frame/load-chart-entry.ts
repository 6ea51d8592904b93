/**
 * Finds a chart entry by the id an editor wrote in MDX (chart="…") and checks it is the kind the component draws.
 * Every chart component starts here, so a wrong id or kind fails the build with the same clear message.
 */
import { getEntry, type CollectionEntry } from 'astro:content';
import type { ChartKind } from '../registry';

export async function loadChartEntry(chart: string, kind: ChartKind, component: string): Promise<CollectionEntry<'charts'>> {
  const entry = await getEntry('charts', chart);
  if (!entry) throw new Error(`<${component} chart="${chart}">: unknown chart (no content/charts/${chart}.yaml)`);
  if (entry.data.kind !== kind) {
    throw new Error(`<${component} chart="${chart}">: that chart is a "${entry.data.kind}" chart; <${component}> draws "${kind}" charts`);
  }
  return entry;
}

/**
 * Heading levels for a chart: on its own page the title is the page's h1 and items inside are h2;
 * as an article's lead visual, before its first section, the title is an h2 under the headline and items are h3;
 * inside an article's sections the title is an h3 under the section's h2 and items are h4.
 */
export function chartHeadingLevels(standalone: boolean, lead = false): { title: 1 | 2 | 3; item: 2 | 3 | 4 } {
  return standalone ? { title: 1, item: 2 } : lead ? { title: 2, item: 3 } : { title: 3, item: 4 };
}
