/** The timeline chart's data as a flat table (HTML table, CSV and JSON downloads): one row per event, in time order. */
import type { CollectionEntry } from 'astro:content';
import type { ChartTable } from '../frame/chart-table';
import type { Source } from '../../schemas/source';
import { precisionInTable } from '../../lib/dates';
import { categoryByKey } from './categories';
import { loadTimeline } from './load';
import { eventSourceNote, type TimelineEvent } from './events';
import { namedSource } from '../../lib/source-line';

/** "Publisher, Title, date" for the table and downloads (the links are in each event's details). */
export function sourceText(s: Source): string {
  return [s.publisher, s.title, s.date].filter(Boolean).join(', ');
}

/**
 * With `withSources: false` (charts embedded in articles) the table keeps date, kind and event, what the compact list
 * shows: each event's organisation, sourcing and sources are on the chart's own page and in the downloads.
 */
export function timelineTable(
  title: string,
  events: readonly TimelineEvent[],
  sources: Record<string, Source>,
  { withSources = true }: { withSources?: boolean } = {},
): ChartTable {
  const table: ChartTable = {
    caption: `${title}: events in time order`,
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'date_precision', label: 'Date known to', priority: 'detail' },
      { key: 'category', label: 'Category' },
      { key: 'organisation', label: 'Organisation or actor', priority: 'key' },
      { key: 'title', label: 'Event', priority: 'key' },
      { key: 'confidence', label: 'Sourcing', priority: 'detail' },
      { key: 'sources', label: 'Sources', priority: 'detail' },
    ],
    rows: events.map((e) => ({
      date: e.dateText,
      date_precision: precisionInTable(e.precision),
      category: categoryByKey.get(e.category)!.singular,
      organisation: e.organisation,
      title: e.title,
      confidence: [e.confidenceText, e.singleSource ? eventSourceNote(e, (id) => namedSource(sources[id]!), false) : null].filter(Boolean).join('. '),
      sources: e.sources.map((id) => sourceText(sources[id]!)).join('; '),
    })),
  };
  if (withSources) return table;
  return {
    ...table,
    columns: table.columns.filter((c) => ['date', 'category', 'title'].includes(c.key)),
    rows: table.rows.map(({ date, category, title }) => ({ date: date!, category: category!, title: title! })),
  };
}

export async function chartTable(entry: CollectionEntry<'charts'>): Promise<ChartTable> {
  const { chart, events, sources } = await loadTimeline(entry);
  return timelineTable(chart.title, events, sources);
}
