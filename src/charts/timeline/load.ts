/**
 * Loads a timeline chart's events from the content collections (build time only): the chart entry, the datasets it
 * includes, and every source the events cite.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadChartEntry } from '../frame/load-chart-entry';
import { sourceLookup } from '../../lib/content';
import type { Source } from '../../schemas/source';
import type { TimelineChartData } from '../../schemas/charts/timeline';
import { datasetCollections } from '../../lib/dataset-collections';
import { buildEvents, type Datasets, type TimelineEvent } from './events';


export interface LoadedTimeline {
  chart: TimelineChartData;
  events: TimelineEvent[];
  /** Every source any event cites, by id. */
  sources: Record<string, Source>;
}

export function timelineData(entry: CollectionEntry<'charts'>): TimelineChartData {
  if (entry.data.kind !== 'timeline') throw new Error(`chart "${entry.id}" is a ${entry.data.kind} chart, not a timeline`);
  return entry.data;
}

export async function loadTimeline(entry: CollectionEntry<'charts'>): Promise<LoadedTimeline> {
  const chart = timelineData(entry);
  const dataOf = <T>(entries: readonly { data: T }[]): T[] => entries.map((e) => e.data);
  const datasets: Datasets = {
    'uk-cyber-incidents': dataOf(await getCollection(datasetCollections['uk-cyber-incidents'])),
    'policy-events': dataOf(await getCollection(datasetCollections['policy-events'])),
    'baltic-incidents': dataOf(await getCollection(datasetCollections['baltic-incidents'])),
  };
  const events = buildEvents(chart, datasets);
  const lookup = await sourceLookup();
  const sources: Record<string, Source> = {};
  for (const id of new Set(events.flatMap((e) => e.sources))) {
    const s = lookup(id);
    if (!s) throw new Error(`timeline: unknown source id "${id}"`);
    sources[id] = s;
  }
  return { chart, events, sources };
}

export async function loadTimelineById(id: string): Promise<{ entry: CollectionEntry<'charts'> } & LoadedTimeline> {
  const entry = await loadChartEntry(id, 'timeline', 'IncidentTimeline');
  return { entry, ...(await loadTimeline(entry)) };
}
