/**
 * What every chart hands its ChartFrame from its entry in content/charts/: id, words, resolved sources and heading
 * level. Charts spread this into <ChartFrame {...frame} table={…}> and override a field only when they build it from
 * the data (the profit chart fills its notes and description in from the figures).
 */
import type { CollectionEntry } from 'astro:content';
import type { Source } from '../../schemas/source';
import { resolveSources } from '../../lib/chart-sources';
import { chartHeadingLevels } from './load-chart-entry';

export interface FrameProps {
  id: string;
  title: string;
  takeaway: string;
  description: string;
  notes: string[];
  sources: Source[];
  headingLevel: 1 | 3;
  standalone: boolean;
}

export async function frameProps(entry: CollectionEntry<'charts'>, standalone: boolean): Promise<FrameProps> {
  const { title, takeaway, description, notes, sources } = entry.data;
  return {
    id: entry.id,
    title,
    takeaway,
    description,
    notes,
    sources: await resolveSources(sources),
    headingLevel: chartHeadingLevels(standalone).title,
    standalone,
  };
}
