/** The baltic-map chart's data as a flat table (HTML table, CSV and JSON downloads): one row per incident. */
import type { CollectionEntry } from 'astro:content';
import type { ChartTable } from '../frame/chart-table';
import { normalisePrecision, precisionInTable } from '../../lib/dates';
import { loadBalticModel } from './load';
import { pointText, type BalticModel } from './model';

/** Columns left out of the compact table in articles (the chart's page and the downloads have them all). */
const DETAIL_ONLY = new Set(['date_precision', 'assets', 'approximate_location', 'approximate_points', 'flag', 'sources']);

export function balticTable(model: BalticModel, caption: string, { compact = false }: { compact?: boolean } = {}): ChartTable {
  const table = {
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
      date_precision: precisionInTable(normalisePrecision(i.datePrecision)),
      assets: i.assets.map((a) => a.label).join('; '),
      approximate_location: i.area,
      approximate_points: i.points.length ? i.points.map(pointText).join('; ') : null,
      vessel: i.vesselName && i.vesselSingleSource ? `${i.vesselName} (one source)` : i.vesselName,
      flag: i.flag && i.flagNote ? `${i.flag} (${i.flagNote})` : i.flag,
      outcome: i.status,
      sources: [...new Set(i.sources.map((s) => s.publisher))].join('; '),
    })),
  } satisfies ChartTable;
  if (!compact) return table;
  return {
    caption,
    columns: table.columns.filter((c) => !DETAIL_ONLY.has(c.key)),
    rows: table.rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !DETAIL_ONLY.has(k)))),
  };
}

/** The table's caption, on the page and in the downloads. */
export const TABLE_CAPTION = 'Damage to Baltic Sea cables and pipelines, by incident (locations approximate)';

export async function chartTable(entry: CollectionEntry<'charts'>): Promise<ChartTable> {
  const { model } = await loadBalticModel(entry);
  return balticTable(model, TABLE_CAPTION);
}
