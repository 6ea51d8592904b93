/** The timeline chart's data as a flat table (HTML table, CSV and JSON downloads). Not built yet. */
import type { CollectionEntry } from 'astro:content';
import type { ChartTable } from '../frame/chart-table';

export async function chartTable(entry: CollectionEntry<'charts'>): Promise<ChartTable> {
  return { caption: entry.data.title, columns: [{ key: 'note', label: 'Note' }], rows: [{ note: 'This chart is being built.' }] };
}
