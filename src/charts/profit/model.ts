/**
 * From a profit chart entry and the ms-financials records to everything the chart says: the measures for the layout,
 * the rows of its table, its notes with figures filled in from the data, and a plain-words summary of the values
 * for screen readers. Pure (the caller looks the records up), so it is tested without a build.
 */
import { fillFigures, figureIds } from './figures';
import type { MsFinancialRecord } from '../../schemas/datasets';
import type { ProfitChartData } from '../../schemas/charts/profit';
import { describeChange, formatGbpMillions, percentChange, periodKey, periodLong, periodShort } from './format';
import type { ProfitMeasure, ProfitNote } from './layout';
import { unknownTarget } from '../frame/annotations';

/** An ms-financials record as its schema reads it (src/schemas/datasets.ts). */
export type MsRecord = MsFinancialRecord;

/** The chart entry's fields this module uses (src/schemas/charts/profit.ts); annotations have their figures filled in. */
export type ProfitSpec = Pick<ProfitChartData, 'series' | 'figure_notes' | 'notes'> & Partial<Pick<ProfitChartData, 'annotations'>>;

export interface Period {
  /** "26 weeks to 28 September 2024" */
  long: string;
  /** "H1 2024/25": the record's period_short (or "26 weeks to 28 Sep 2024" when it has none) */
  short: string;
  /** "h1_2024_25", for CSV column keys */
  key: string;
}

export interface ProfitRow {
  key: string;
  label: string;
  before: number;
  after: number;
  /** Unrounded percentage change; null when the earlier value is zero. */
  change: number | null;
  beforeRecord: MsRecord;
  afterRecord: MsRecord;
}

export interface ProfitModel {
  periods: { before: Period; after: Period };
  rows: ProfitRow[];
  measures: ProfitMeasure[];
  /** The annotations, each tied to the bar it explains. */
  annotations: ProfitNote[];
  /** Notes for the frame: figure notes (filled in), caveats the data calls for, then the plain notes. */
  notes: string[];
  /** The values and changes in sentences, added to the chart's description for screen readers. */
  summary: string;
}

const period = (record: MsRecord): Period => ({
  long: periodLong(record.period_label),
  short: record.period_short || periodShort(record.period_label),
  key: periodKey(record.period_short),
});

export function profitModel(chartId: string, spec: ProfitSpec, lookup: (id: string) => MsRecord | undefined): ProfitModel {
  const where = `content/charts/${chartId}.yaml`;
  const figure = (id: string): MsRecord => {
    const record = lookup(id);
    if (!record) throw new Error(`${where}: no record "${id}" in content/data/ms-financials.json`);
    if (typeof record.value !== 'number' || record.unit !== 'GBP m') {
      throw new Error(`${where}: record "${id}" is not a single figure in GBP m`);
    }
    return record;
  };

  const rows: ProfitRow[] = spec.series.map((s, i) => {
    const beforeRecord = figure(s.before);
    const afterRecord = figure(s.after);
    const before = beforeRecord.value as number;
    const after = afterRecord.value as number;
    return { key: `series-${i + 1}`, label: s.label, before, after, change: percentChange(before, after), beforeRecord, afterRecord };
  });
  const first = rows[0];
  if (!first) throw new Error(`${where}: no series`);
  const periods = { before: period(first.beforeRecord), after: period(first.afterRecord) };
  for (const row of rows) {
    if (row.beforeRecord.period_label !== first.beforeRecord.period_label || row.afterRecord.period_label !== first.afterRecord.period_label) {
      throw new Error(`${where}: every series must compare the same two periods ("${row.label}" does not)`);
    }
  }

  // A charted figure that sources disagree on must be explained in a figure note that names its record.
  const named = new Set(spec.figure_notes.flatMap(figureIds));
  for (const record of rows.flatMap((r) => [r.beforeRecord, r.afterRecord])) {
    if (record.conflict && !named.has(record.id)) {
      throw new Error(
        `${where}: sources differ on "${record.id}" (see its "conflict" in ms-financials.json): add a figure note that says so, e.g. "... {${record.id}.conflict.alternative_value} ..."`,
      );
    }
  }

  const figureNotes = spec.figure_notes.map((note, i) => fillFigures(note, lookup, `${where}, figure_notes[${i}]`));
  const singleSource = rows.flatMap((r) =>
    [r.beforeRecord, r.afterRecord]
      .filter((rec) => rec.confidence.startsWith('single-source'))
      .map((rec) => `Only one source was found for ${r.label.toLowerCase()} in the ${period(rec).long}.`),
  );

  const summary = rows
    .map((r) => {
      const change = r.change === null ? '' : `, ${describeChange(r.change)}`;
      return `${r.label}: ${formatGbpMillions(r.before)} in the ${periods.before.long} and ${formatGbpMillions(r.after)} in the ${periods.after.long}${change}.`;
    })
    .join(' ');

  const annotations: ProfitNote[] = (spec.annotations ?? []).map((a, i) => {
    const row = rows.find((r) => r.beforeRecord.id === a.at || r.afterRecord.id === a.at);
    if (!row) throw unknownTarget(where, i, a.at, 'the record id of a bar');
    return { key: a.at, text: a.text, side: a.side, measure: row.key, tone: row.afterRecord.id === a.at ? 'after' : 'before' };
  });
  // The short period labels on the bars, spelled out once.
  const periodNote =
    periods.before.short !== periods.before.long
      ? [`${periods.before.short} is the ${periods.before.long}; ${periods.after.short} is the ${periods.after.long}.`]
      : [];

  const measures: ProfitMeasure[] = rows.map((r) => ({
    key: r.key,
    label: r.label,
    before: { value: r.before, period: periods.before.short },
    after: { value: r.after, period: periods.after.short },
  }));

  return { periods, rows, measures, annotations, notes: [...periodNote, ...figureNotes, ...singleSource, ...spec.notes], summary };
}
