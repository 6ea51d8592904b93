/**
 * The timeline's story model, from the chart file and its events: the rows (one per organisation the story follows),
 * the outages drawn as bars from stop to restart, and which rows each event belongs to for the organisation filter.
 * Pure: plain data in, plain data out; fails loudly, naming the chart file's field, when the file points at nothing.
 */
import type { TimelineChartData } from '../../schemas/charts/timeline';
import type { TimelineEvent } from './events';

export interface ModelRow {
  key: string;
  name: string;
}

export interface ModelSpan {
  id: string;
  label: string;
  row: string;
  /** First and last day of the outage (the restart day). */
  start: Date;
  end: Date;
  /** The events at either end. */
  fromId: string;
  toId: string;
}

export interface TimelineModel {
  rows: ModelRow[];
  spans: ModelSpan[];
  /** Event id -> the row keys whose story it belongs to: its own row plus the rows of every organisation it is about. */
  filterRows: Map<string, string[]>;
}

function parseDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** The rows an event's organisations belong to. */
export function rowsOfOrganisations(chart: Pick<TimelineChartData, 'rows'>, about: readonly string[]): string[] {
  return chart.rows.filter((r) => about.some((o) => o === r.key || r.organisations.includes(o))).map((r) => r.key);
}

export function timelineModel(
  chart: Pick<TimelineChartData, 'rows' | 'spans'>,
  events: readonly TimelineEvent[],
): TimelineModel {
  const byId = new Map(events.map((e) => [e.id, e]));
  const spans = chart.spans.map((s, i): ModelSpan => {
    const where = `spans[${i}] (${s.id}) in the chart file`;
    const from = byId.get(s.from);
    const to = byId.get(s.to);
    if (!from) throw new Error(`timeline: ${where}: from: "${s.from}" is not an event on the chart`);
    if (!to) throw new Error(`timeline: ${where}: to: "${s.to}" is not an event on the chart`);
    if (from.row !== to.row) throw new Error(`timeline: ${where}: "${s.from}" and "${s.to}" are in different rows`);
    let start = from.start;
    if (s.from_key) {
      const value = from.impact[s.from_key];
      const parsed = typeof value === 'string' ? parseDay(value) : null;
      if (!parsed) throw new Error(`timeline: ${where}: from_key: "${s.from_key}" is not a YYYY-MM-DD date in the impact of "${s.from}"`);
      start = parsed;
    }
    if (to.start <= start) throw new Error(`timeline: ${where}: it ends before it starts`);
    return { id: s.id, label: s.label, row: from.row, start, end: to.start, fromId: from.id, toId: to.id };
  });
  const filterRows = new Map(events.map((e) => [e.id, [...new Set([e.row, ...rowsOfOrganisations(chart, e.about)])]]));
  const used = new Set(events.map((e) => e.row));
  return { rows: chart.rows.filter((r) => used.has(r.key)).map((r) => ({ key: r.key, name: r.name })), spans, filterRows };
}
