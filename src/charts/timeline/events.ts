/**
 * Turns dataset records plus the chart entry's display text into the timeline's events, in time order.
 * Pure: takes plain records (as in content/data/*.json), so it runs the same in the build and in unit tests.
 * Fails loudly when an included event has no display text, a figure names a missing impact key, or a display entry
 * names a record that is not drawn.
 */
import { utcDay, utcMonth } from 'd3-time';
import { categoryOf, type CategoryKey, type DatasetName } from './categories';
import { dateText, formatFigure, normalisePrecision, precisionText, type Precision } from './format';
import type { TimelineChartData } from '../../schemas/charts/timeline';
import type { BalticIncidentRecord, PolicyEventRecord, UkIncidentRecord } from '../../schemas/datasets';
import { singleSourceNote, type NamedSource, type OneSource } from '../../lib/figures';

/** The records of each dataset a timeline can include, as their schemas read them (src/schemas/datasets.ts). */
export interface Datasets {
  'uk-cyber-incidents'?: readonly UkIncidentRecord[];
  'policy-events'?: readonly PolicyEventRecord[];
  'baltic-incidents'?: readonly BalticIncidentRecord[];
}

/** A record of dataset D. */
type RecordOf<D extends DatasetName> = NonNullable<Datasets[D]>[number];

/** A record of any dataset a timeline can include. */
export type SourceRecord = RecordOf<DatasetName>;

export interface TimelineFigure {
  label: string;
  value: string;
  note?: string;
}

export interface TimelineEvent {
  id: string;
  dataset: DatasetName;
  /** The record's date as written (YYYY-MM-DD or YYYY-MM). */
  date: string;
  precision: Precision;
  /** Start and end of the period the date could fall in (a day, a month, or ± APPROX_DAYS around an approximate day). */
  start: Date;
  end: Date;
  /** Where the mark sits on the axis: the day, or the middle of the month or range. Also the sort key. */
  at: Date;
  category: CategoryKey;
  /** The key of the row the event is drawn in. */
  row: string;
  /** A key moment: the sentence written on the chart beside the mark. */
  annotation?: string;
  /** The organisation or actor as the dataset names it (a fact, shown in the table). */
  organisation: string;
  /** Filter keys of the organisations this event is about; ["general"] when none. */
  about: string[];
  title: string;
  label?: string;
  text: string;
  claimed?: string;
  /** The date as readers see it. */
  dateText: string;
  /** "exact day known", "month only", "approximate". */
  precisionText: string;
  /** The editor wrote the date out (date_text), e.g. "late November 2025": it says its own precision. */
  dateWritten: boolean;
  figures: TimelineFigure[];
  /** The record's impact values as the dataset has them (read by the chart file's spans). */
  impact: Record<string, unknown>;
  sources: string[];
  confidence: string;
  singleSource: boolean;
  /** What a single-source event's one source is, where it lists several (`one_source` in the data), else undefined. */
  oneSource?: OneSource;
  /** The confidence in words: "Single source", "Sources differ", "Several sources"… */
  confidenceText: string;
  /** 0-based position in time order: the navigation order. */
  order: number;
  /** 1-based number shown beside unlabelled marks and in the list (the key). */
  number: number;
}

/** How far either side of an approximate date the "could be" range is drawn. */
export const APPROX_DAYS = 7;

/** The organisation filter's key for events that are not about one organisation. */
export const GENERAL_ORG = 'general';

function parseDay(value: string): Date {
  const [y, m = 1, d = 1] = value.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
}

/** The period a dated record could fall in, and where its mark goes. */
export function dateRange(date: string, precision: Precision): { start: Date; end: Date; at: Date } {
  const day = parseDay(date);
  if (precision === 'month' || date.length === 7) {
    const start = utcMonth.floor(day);
    const end = utcMonth.offset(start, 1);
    return { start, end, at: new Date((start.getTime() + end.getTime()) / 2) };
  }
  if (precision === 'approx') {
    return { start: utcDay.offset(day, -APPROX_DAYS), end: utcDay.offset(day, APPROX_DAYS + 1), at: day };
  }
  return { start: day, end: utcDay.offset(day, 1), at: day };
}

interface Read {
  /** Who or what the event is about, as its dataset names it. */
  organisation: string;
  /** The record's kind (UK incidents only). */
  eventType?: string;
  /** Its impact figures (UK incidents only: the other datasets' schemas have none). */
  impact: Record<string, unknown>;
}

/** What the timeline reads from a record beyond the fields all three datasets share, per dataset. */
const READ: { [D in DatasetName]: (r: RecordOf<D>) => Read } = {
  'uk-cyber-incidents': (r) => ({ organisation: r.organisation, eventType: r.event_type, impact: r.impact }),
  'policy-events': (r) => ({ organisation: r.actor, impact: {} }),
  'baltic-incidents': (r) => {
    const operators = [...new Set(r.sites.map((s) => s.operator).filter((o): o is string => typeof o === 'string' && o !== ''))];
    return { organisation: operators.length > 0 ? operators.join('; ') : 'Not identified', impact: {} };
  },
};

const read = <D extends DatasetName>(dataset: D, r: RecordOf<D>): Read => READ[dataset](r);

/** The fact sheets' confidence marks, in words for readers. */
export function confidenceText(confidence: string): string {
  if (confidence.startsWith('single-source')) return 'Single source';
  if (confidence.startsWith('conflicting')) return 'Sources differ';
  if (confidence.startsWith('multi-source')) return 'Several sources';
  if (confidence.startsWith('primary')) return 'Primary source';
  return 'Not verified';
}

/** Builds the events the chart draws, in time order (ties keep the datasets' order). */
export function buildEvents(chart: TimelineChartData, datasets: Datasets): TimelineEvent[] {
  const from = chart.from ? parseDay(chart.from) : null;
  const to = chart.to ? utcDay.offset(parseDay(chart.to), 1) : null;
  const excluded = new Set(chart.exclude);
  const out: Omit<TimelineEvent, 'order' | 'number'>[] = [];
  const seen = new Set<string>();

  for (const dataset of chart.include) {
    const records = datasets[dataset];
    if (!records) throw new Error(`timeline: dataset "${dataset}" was not loaded`);
    for (const r of records) {
      if (excluded.has(r.id)) continue;
      const precision = normalisePrecision(r.date_precision);
      const range = dateRange(r.date, precision);
      if ((from && range.at < from) || (to && range.at >= to)) continue;
      const d = chart.display[r.id];
      if (!d) {
        throw new Error(
          `timeline: no display text for "${r.id}" (${dataset}): add it under display: in the chart file, or list it under exclude:`,
        );
      }
      if (seen.has(r.id)) throw new Error(`timeline: record id "${r.id}" appears twice`);
      seen.add(r.id);
      const { organisation, eventType, impact } = read(dataset, r);
      const about = d.about.length > 0 ? d.about : [GENERAL_ORG];
      out.push({
        id: r.id,
        dataset,
        date: r.date,
        precision,
        ...range,
        category: d.kind ?? categoryOf(dataset, eventType),
        row: rowOf(chart, r.id, d.row, about),
        annotation: chart.annotations.find((a) => a.at === r.id)?.text,
        organisation,
        about,
        title: d.title,
        label: d.label,
        text: d.text,
        claimed: d.claimed,
        dateText: d.date_text ?? dateText(r.date, precision),
        precisionText: precisionText(precision),
        dateWritten: d.date_text !== undefined,
        figures: d.figures.map((f) => ({
          label: f.label,
          value: formatFigure(impact, f.keys, { approx: f.approx, unit: f.unit }),
          note: f.note,
        })),
        impact,
        sources: r.sources,
        confidence: r.confidence,
        singleSource: r.confidence.startsWith('single-source'),
        ...(r.one_source ? { oneSource: r.one_source as OneSource } : {}),
        // A record that keeps a `conflict` (sources differ on its date or value) is marked like a conflicting one.
        confidenceText: 'conflict' in r ? 'Sources differ' : confidenceText(r.confidence),
      });
    }
  }
  const notDrawn = chart.annotations.filter((a) => !seen.has(a.at)).map((a) => a.at);
  if (notDrawn.length > 0) {
    throw new Error(`timeline: annotations at events that are not drawn (excluded, out of range or misspelt): ${notDrawn.join(', ')}`);
  }
  const unused = Object.keys(chart.display).filter((id) => !seen.has(id));
  if (unused.length > 0) {
    throw new Error(`timeline: display text for events that are not drawn (excluded, out of range or misspelt): ${unused.join(', ')}`);
  }
  // Same-day events by id, so the order never depends on the order the content loader hands the records over.
  return out
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e, order) => ({ ...e, order, number: order + 1 }));
}

/** The row an event goes in: its own `row:`, else the row of the first organisation it is about. */
export function rowOf(chart: Pick<TimelineChartData, 'rows'>, id: string, row: string | undefined, about: readonly string[]): string {
  if (row !== undefined) return row;
  const first = about[0];
  const found = chart.rows.find((r) => r.key === first || r.organisations.includes(first ?? ''));
  if (!found) {
    throw new Error(
      `timeline: event "${id}" is about "${first}", which is in no row: give it a row: (one of ${chart.rows.map((r) => r.key).join(', ')}) in the chart file`,
    );
  }
  return found.key;
}

/** The caveat after an event's title, if any: " (single source)", " (sources differ)". */
export function caveatSuffix(e: TimelineEvent): string {
  if (e.singleSource) return ' (single source)';
  return e.confidenceText === 'Sources differ' ? ' (sources differ)' : '';
}

/**
 * What a list row says to assistive technology, as one sentence with its parts separated: number, date and category
 * as the row shows them, then the title and its caveat, "2. 22 Apr 2025, Attack or impact: M&S says it is handling a
 * cyber incident.", "1. 19 Apr 2025, Attack or impact: M&S finds hackers inside its systems (single source)." The row lays these out on two lines (layout, not punctuation), so its visible text is hidden from
 * assistive technology and this sentence, visually hidden, is read instead. It holds every word the row shows, in the
 * row's case, so voice control finds the row by what is on screen (WCAG 2.5.3).
 */
export function rowName(e: TimelineEvent, shortDate: string, categoryName: string): string {
  const sentence = `${e.number}. ${shortDate}, ${categoryName}: ${e.title.trim()}${caveatSuffix(e)}`;
  return /[.?!]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * What a single-source event's mark rests on, in words, where it lists several sources ("One source for the date: The
 * Grocer, 11 August 2025; the other sources back other details."), else null. `list` names the other sources too.
 */
export function eventSourceNote(e: Pick<TimelineEvent, 'confidence' | 'oneSource' | 'sources'>, named: (id: string) => NamedSource, list: boolean): string | null {
  if (!e.oneSource) return null;
  return singleSourceNote({ confidence: e.confidence, one_source: e.oneSource }, e.sources.map(named), { list });
}
