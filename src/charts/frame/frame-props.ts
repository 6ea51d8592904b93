/**
 * What every chart hands its ChartFrame from its entry in content/charts/: id, words, resolved sources and heading
 * level. Charts spread this into <ChartFrame {...frame} table={…}> and override a field only when they build it from
 * the data (the profit chart fills its notes and description in from the figures).
 */
import type { CollectionEntry } from 'astro:content';
import type { Source } from '../../schemas/source';
import { resolveSources } from '../../lib/chart-sources';
import { chartHeadingLevels } from './load-chart-entry';
import type { SliceWords } from './option-words';

/** Everything ChartFrame takes except the data table (ChartFrame's Props extend this). */
export interface FrameProps {
  /** The chart's id (file name in content/charts/). */
  id: string;
  /** The finding, as the chart's heading. */
  title: string;
  /** What is drawn, under the title. */
  subtitle: string;
  /**
   * The whole chart's title, where it differs from `title` (a slice with its own words): the chart page link and the
   * share box name the whole chart, which is what they lead to.
   */
  chartTitle?: string;
  /** Screen-reader description of what is drawn. */
  description: string;
  notes: string[];
  /** The text of the notes drawn on the chart (its `annotations`), read with the description. */
  annotations?: string[];
  sources: Source[];
  /** Heading level of the title within the page. */
  headingLevel?: 1 | 2 | 3;
  /** On the chart's own page the table starts open and the "chart page" link is left out. */
  standalone?: boolean;
}

/**
 * `lead`: the chart is an article's lead visual, before its first section (its title is then an h2). `slice`: the
 * editor's own title, subtitle and description for a slice of the chart (option-words.ts), which replace the chart's in the heading,
 * the figure's label, the table caption and the download links.
 */
export async function frameProps(
  entry: CollectionEntry<'charts'>,
  standalone: boolean,
  lead = false,
  slice: SliceWords = {},
): Promise<FrameProps> {
  const { title, subtitle, description, notes, annotations, sources } = entry.data;
  return {
    id: entry.id,
    title: slice.title ?? title,
    subtitle: slice.subtitle ?? subtitle,
    ...(slice.title !== undefined && slice.title !== title ? { chartTitle: title } : {}),
    description: slice.description ?? description,
    notes,
    annotations: annotations.map((a) => a.text),
    sources: await resolveSources(sources),
    headingLevel: chartHeadingLevels(standalone, lead).title,
    standalone,
  };
}
