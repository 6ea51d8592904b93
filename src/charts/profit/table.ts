/**
 * The profit chart's data as a flat table (HTML table, CSV and JSON downloads): one row per measure,
 * one column per period in £m, and the percentage change worked out from those figures (rounded to 0.1).
 */
import type { CollectionEntry } from 'astro:content';
import type { ChartTable } from '../frame/chart-table';
import { loadProfitModel } from './data';
import { roundChange } from './format';
import type { ProfitModel } from './model';

/** The table from a built model (pure; used by chartTable and the tests). */
export function profitTable(title: string, model: ProfitModel): ChartTable {
  const { before, after } = model.periods;
  const beforeKey = `${before.key}_gbp_m`;
  const afterKey = `${after.key}_gbp_m`;
  return {
    caption: `${title} (£m)`,
    columns: [
      { key: 'measure', label: 'Measure' },
      { key: beforeKey, label: `${before.short} (£m)`, numeric: true },
      { key: afterKey, label: `${after.short} (£m)`, numeric: true },
      { key: 'change_pct', label: 'Change (%)', numeric: true },
    ],
    rows: model.rows.map((r) => ({
      measure: r.label,
      [beforeKey]: r.before,
      [afterKey]: r.after,
      change_pct: r.change === null ? null : roundChange(r.change),
    })),
    notes: model.notes,
  };
}

export async function chartTable(entry: CollectionEntry<'charts'>): Promise<ChartTable> {
  return profitTable(entry.data.title, await loadProfitModel(entry));
}
