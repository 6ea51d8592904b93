/**
 * The datasets in content/data, described for readers of the Data page, and the pure helpers that page and its
 * downloads use: the sources a dataset cites (however deeply nested), its flat fields for CSV, its confidence marks
 * and the period it covers. Loading from the content collections is in ./dataset-catalogue-content.ts.
 */
import type { DatasetName } from './dataset-collections';

export { datasetNames, type DatasetName } from './dataset-collections';
/** The datasets a chart reads: declared by its kind (src/charts/<kind>/kind.ts). */
export { datasetsOfChart } from '../charts/registry';

export interface DatasetInfo {
  /** File name in content/data without ".json"; also the download's name: /data/<name>.json and .csv. */
  name: DatasetName;
  /** Heading on the Data page. */
  title: string;
  /** What is in it and how it is organised, in a sentence or three. */
  description: string;
  /** What one record is, in the singular and plural ("event", "events"). */
  unit: [string, string];
  /** The field holding each record's date, when it has one (for the period covered). */
  dateField?: string;
  /** Fields left out when the data was imported, and why (shown prominently on the Data page and in the JSON). */
  leftOut?: string;
  /** The same in a few words, for the top of the Data page: "cable lengths from …". */
  leftOutSummary?: string;
}

export const datasets: DatasetInfo[] = [
  {
    name: 'ms-financials',
    title: 'M&S reported figures',
    description:
      'Figures Marks and Spencer published before and after the 2025 cyber attack: profit before tax on the statutory and adjusted measures, revenue, sales, the costs it put down to the attack, insurance income and its guidance. One record per measure and period, labelled with the period as M&S words it. Where outlets quote a different figure, the alternative is kept beside the one used, with its sources.',
    unit: ['figure', 'figures'],
  },
  {
    name: 'uk-cyber-incidents',
    title: 'UK cyber incidents, 2025',
    description:
      'A dated log of the 2025 cyber attacks on UK organisations and what followed: the attacks on M&S, the Co-op, Harrods, the Legal Aid Agency, Jaguar Land Rover, Collins Aerospace and the Kido nurseries; disclosures, recoveries and results; arrests and court dates; and the ratings and statistics of the Cyber Monitoring Centre and the NCSC. Who claimed or is linked to each attack is recorded as reported, not as established.',
    unit: ['event', 'events'],
    dateField: 'date',
  },
  {
    name: 'policy-events',
    title: 'NATO and UK government statements',
    description:
      'What NATO officials and UK ministers said or did about hybrid threats in the period: the launch of Baltic Sentry, sanctions on Russian military intelligence units, and statements on who might be behind the attacks. Several interview dates are known only approximately, and are marked so.',
    unit: ['event', 'events'],
    dateField: 'date',
  },
  {
    name: 'baltic-incidents',
    title: 'Damage to Baltic Sea cables and pipelines',
    description:
      'Each case of damage to undersea infrastructure in the Baltic Sea from the Nord Stream explosions of September 2022 (kept for context) to January 2026: what was damaged and where, the vessel suspected, the suspected cause, and how investigations and court cases ended. Damage locations are mostly estimates from published descriptions and are marked approximate.',
    unit: ['incident', 'incidents'],
    dateField: 'date',
  },
  {
    name: 'baltic-assets',
    title: 'Baltic Sea cables and pipelines',
    description:
      'The cables and pipelines named in the incidents: type, operator, the countries they link and both landing points, with capacity and dates of service where a freely usable source gives them. Routes are not included; the map draws straight lines between landing points.',
    unit: ['cable or pipeline', 'cables and pipelines'],
    leftOut:
      "Cable lengths and ready-for-service dates taken from TeleGeography's 2021 submarine cable data are not included: that data is licensed under CC BY-NC-SA 3.0 and is not cleared for republishing here. The records still cite TeleGeography where its data helped to identify which cable was damaged.",
    leftOutSummary: "cable lengths and service dates from TeleGeography's licensed submarine cable data",
  },
  {
    name: 'baltic-responses',
    title: 'NATO and EU responses to the Baltic incidents',
    description:
      'Statements, patrols, plans and assessments that followed the Baltic incidents, from NATO, the EU, governments and security services, including the counts and claims that reached the press (such as AP’s “at least 11 cables”).',
    unit: ['response', 'responses'],
    dateField: 'date',
  },
  {
    name: 'sources',
    title: 'Sources',
    description:
      'Every document the datasets and charts cite: original publisher, title, date and web address, and whether it is a primary document (an organisation’s own text). Where only a republished copy was read, such as a syndicated news story or a reproduction of a stock-exchange announcement, the entry still names the original and says who published the copy.',
    unit: ['source', 'sources'],
  },
];

/** Every source id a record cites, at any depth (`sources`, `change_sources`, `alternative_sources`, ...), in first-seen order. */
export function citedSourceIds(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) citedSourceIds(v, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if ((key === 'sources' || key.endsWith('_sources')) && Array.isArray(v)) {
        for (const id of v) if (typeof id === 'string') found.add(id);
      } else {
        citedSourceIds(v, found);
      }
    }
  }
  return found;
}

type Flat = string | number | boolean | null;
const isScalar = (v: unknown): v is Flat => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const isScalarList = (v: unknown): v is Flat[] => Array.isArray(v) && v.every(isScalar);
const isScalarObject = (v: unknown): v is Record<string, Flat> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every(isScalar);

/**
 * The fields that fit a CSV, in the order they first appear: those holding a single value or a list of single values
 * in at least one record (a record that holds a small set of named values there instead, such as a cost split into
 * parts, gets them written out as "name: value; name: value"). Fields that only ever hold structured values
 * (lists of objects, nested records) are `nested`: they are in the JSON only.
 */
export function flatFields(records: readonly Record<string, unknown>[]): { flat: string[]; nested: string[] } {
  const order: string[] = [];
  const flat = new Set<string>();
  const named = new Set<string>();
  const blocked = new Set<string>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      if (!order.includes(key)) order.push(key);
      if ((isScalar(value) && value !== null) || isScalarList(value)) flat.add(key);
      else if (isScalarObject(value)) named.add(key);
      else if (value !== null) blocked.add(key);
    }
  }
  // Flat: never structured, and either a plain value somewhere or never anything but empty.
  const isFlat = (k: string) => !blocked.has(k) && (flat.has(k) || !named.has(k));
  return { flat: order.filter(isFlat), nested: order.filter((k) => !isFlat(k)) };
}

/** A record's flat fields as one CSV row: lists joined with "; ", named values as "name: value; name: value". */
export function flatRow(record: Record<string, unknown>, fields: readonly string[]): Record<string, Flat> {
  const text = (x: Flat) => (x === null ? '' : String(x));
  const row: Record<string, Flat> = {};
  for (const f of fields) {
    const v = record[f];
    if (v === undefined) row[f] = null;
    else if (isScalarList(v)) row[f] = v.map(text).join('; ');
    else if (isScalarObject(v)) row[f] = Object.entries(v).map(([k, x]) => `${k}: ${text(x)}`).join('; ');
    else if (isScalar(v)) row[f] = v;
    else throw new Error(`field "${f}" does not fit a CSV cell`);
  }
  return row;
}

/**
 * How records are marked, in words, most common first, unmarked records last:
 * [["from several sources", 24], ["from one source", 4], ["with no mark", 1]].
 */
export function confidenceCounts(records: readonly Record<string, unknown>[]): [string, number][] {
  const words = (c: unknown): string => {
    if (typeof c !== 'string' || c === '') return 'with no mark';
    if (c.startsWith('multi-source')) return 'from several sources';
    if (c.startsWith('single-source')) return 'from one source';
    if (c.startsWith('conflicting')) return 'where sources conflict';
    if (c.startsWith('not-verified') || c.startsWith('unverified')) return 'not verified';
    if (c.startsWith('primary')) return 'from the primary source';
    return 'other';
  };
  const counts = new Map<string, number>();
  for (const r of records) counts.set(words(r.confidence), (counts.get(words(r.confidence)) ?? 0) + 1);
  const last = (w: string) => (w === 'with no mark' ? 1 : 0);
  return [...counts.entries()].sort((a, b) => last(a[0]) - last(b[0]) || b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The earliest and latest value of a date field (YYYY, YYYY-MM or YYYY-MM-DD), compared as text; null if none. */
export function dateSpan(records: readonly Record<string, unknown>[], field: string): { from: string; to: string } | null {
  const dates = records.map((r) => r[field]).filter((d): d is string => typeof d === 'string' && /^\d{4}/.test(d));
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return { from: sorted[0] as string, to: sorted[sorted.length - 1] as string };
}

/** "12 KB" for a download link. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  return kb < 1024 ? `${Math.max(1, Math.round(kb))} KB` : `${(kb / 1024).toFixed(1)} MB`;
}
