/**
 * How one dataset record is named and dated for readers on its dataset's page (/data/<name>/#<id>), where <Fig>
 * links. Pure: takes the record as loaded.
 */
import { formatPartialDate } from './dates';
import { caveatOfRecord, caveatWords } from './figures';

type Rec = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A record's heading: its title, its name, or what it measures and for which period. */
export function recordHeading(dataset: string, r: Rec): string {
  if (dataset === 'ms-financials') return `${str(r.metric_label_as_reported)}, ${str(r.period_label)}`;
  if (dataset === 'baltic-assets') return str(r.name);
  if (dataset === 'baltic-responses') return `${str(r.actor)}: ${str(r.name) || str(r.type)}`;
  return str(r.title) || str(r.id);
}

/** A record's date at the precision it is known, or null. */
export function recordDate(r: Rec): string | null {
  const date = str(r.date) || str(r.published);
  if (!date) return null;
  const precision = str(r.date_precision) || (date.length === 10 ? 'day' : 'month');
  return formatPartialDate(date, precision);
}

/** The record's mark in words for readers, or null: "one source", "sources differ". */
export function recordCaveat(r: Rec): string | null {
  const c = caveatOfRecord(r);
  return c ? caveatWords[c] : null;
}
