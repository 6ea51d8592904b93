/** The baltic-map chart's data as a flat table (HTML table, CSV and JSON downloads): one row per incident. */
import type { CollectionEntry } from 'astro:content';
import type { ChartTable } from '../frame/chart-table';
import { loadBalticModel } from './load';
import { pointText, type BalticModel } from './model';

export function balticTable(model: BalticModel, caption: string): ChartTable {
  return {
    caption,
    columns: [
      { key: 'incident', label: 'Incident' },
      { key: 'map_label', label: 'On the map' },
      { key: 'date', label: 'Date', priority: 'key' },
      { key: 'date_precision', label: 'Date known to', priority: 'detail' },
      { key: 'assets', label: 'Cables and pipelines' },
      { key: 'approximate_location', label: 'Approximate location' },
      { key: 'approximate_points', label: 'Points drawn (approximate)', priority: 'detail' },
      { key: 'vessel', label: 'Ship', priority: 'key' },
      { key: 'flag', label: 'Flag' },
      { key: 'outcome', label: 'Outcome (as of early 2026)', priority: 'key' },
      { key: 'sources', label: 'Sources', priority: 'detail' },
    ],
    rows: model.incidents.map((i) => ({
      incident: i.label,
      map_label: i.code ?? (i.notMapped ? 'not mapped' : null),
      date: i.date,
      date_precision: i.datePrecision === 'hour' ? 'day' : i.datePrecision,
      assets: i.assets.map((a) => a.label).join('; '),
      approximate_location: i.area,
      approximate_points: i.points.length ? i.points.map(pointText).join('; ') : null,
      vessel: i.vesselName && i.vesselSingleSource ? `${i.vesselName} (one source)` : i.vesselName,
      flag: i.flag && i.flagNote ? `${i.flag} (${i.flagNote})` : i.flag,
      outcome: i.status,
      sources: [...new Set(i.sources.map((s) => s.publisher))].join('; '),
    })),
  };
}

export async function chartTable(entry: CollectionEntry<'charts'>): Promise<ChartTable> {
  const { model } = await loadBalticModel(entry);
  return balticTable(model, 'Damage to Baltic Sea cables and pipelines, by incident (locations approximate)');
}
