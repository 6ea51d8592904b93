/**
 * One record, one figure. A figure the datasets hold is written by reference, never retyped:
 * `<Fig of="cmc-jlr-category3.impact.estimated_cost_gbp_bn" />` in MDX, `{cmc-jlr-category3.impact.estimated_cost_gbp_bn}`
 * in glossary and chart YAML. A reference is a record id from any dataset in content/data, then optionally a path of
 * fields inside it; without a path it is the record's `value` (the M&S figures).
 *
 * The figure is formatted as the site formats it: in the record's `unit` (M&S figures), or in the unit its key names
 * (`…_gbp_bn` -> £1.9bn, `…_gbp_m` -> £300m, `…_pct` -> 7.8%, `…_km` -> 90 km, `…_mw` -> 650 MW, otherwise a plain count).
 * Text such as ">5,000" reads "more than 5,000"; a figure in an object marked `approx: true` reads "about …".
 * A date reads at its precision ("27 September 2025"); a day asked for without its year reads "27 September".
 *
 * Caveats follow the data: a record marked single-source or conflicting (or with a `conflict`), or a figure inside an
 * object marked so, carries its mark ("one source", "sources differ") wherever the figure is shown.
 *
 * Reads content/data with node:fs (not astro:content) so the MDX checker and the schemas can use it too.
 */
import fs from 'node:fs';
import { contentDir } from './content-paths';
import { formatPartialDate } from './dates';
import { balticDamageIncidents } from './key-figures';

/**
 * A reference in text: {record-id} or {record-id.field.subfield}, optionally followed by modifiers, each after a `|`:
 * - `|no-year`: a day without its year, for prose that has already given it ("On {jlr-loan-guarantee.date|no-year}"
 *   reads "On 27 September");
 * - `|in-words`: a whole count up to twenty in words, as prose writes small numbers ("{nca-arrests.impact.arrested|in-words}
 *   people" reads "four people"; at the start of a sentence, "Four");
 * - `|caveat-in-sentence`: the figure without its "(one source)" or "(sources differ)", for a sentence that says so
 *   itself ("found on {ms-intrusion-discovered.date|no-year|caveat-in-sentence}; that date comes from a single
 *   report"). The sentence must say it in words `caveatSaid` recognises, or the reference fails.
 */
export const FIGURE_REF = /\{([A-Za-z0-9][A-Za-z0-9-]*)((?:\.[A-Za-z0-9_]+)*)((?:\|[a-z-]+)*)\}/g;

/** The modifiers a reference may carry after its path. */
export const FIGURE_MODIFIERS = ['no-year', 'in-words', 'caveat-in-sentence'] as const;
export type FigureModifier = (typeof FIGURE_MODIFIERS)[number];

/** The modifiers in a reference's modifier part ("|no-year|caveat-in-sentence"); an unknown one throws. */
export function parseModifiers(part: string | undefined): Set<FigureModifier> {
  const names = (part ?? '').split('|').filter(Boolean);
  for (const name of names) {
    if (!(FIGURE_MODIFIERS as readonly string[]).includes(name)) {
      throw new FigureError(`unknown modifier "|${name}": a reference may end in ${FIGURE_MODIFIERS.map((m) => `|${m}`).join(' or ')}`);
    }
  }
  return new Set(names as FigureModifier[]);
}

/** The datasets a reference can point into (file names in content/data without .json). */
export const figureDatasets = [
  'ms-financials',
  'uk-cyber-incidents',
  'policy-events',
  'baltic-incidents',
  'baltic-assets',
  'baltic-responses',
] as const;
export type FigureDataset = (typeof figureDatasets)[number];

export type Caveat = 'single-source' | 'conflict';

/** What readers see for each caveat, after the figure. */
export const caveatWords: Record<Caveat, string> = { 'single-source': 'one source', conflict: 'sources differ' };

/**
 * How a sentence says a caveat in its own words, for a figure printed without its mark (`caveatInSentence`,
 * `|caveat-in-sentence`): "one source", "a single report", "sources differ", "sources disagree". The caveat test
 * (test/build/caveats.test.ts) accepts the same words.
 */
export const caveatSaid: Record<Caveat, RegExp> = {
  'single-source': /\b(single source|one source|single report)\b/i,
  conflict: /\b(sources differ|sources disagree|sources conflict)\b/i,
};

/**
 * The sentence around text[start, end): from the end of the previous sentence (a full stop, question or exclamation
 * mark followed by a space, or a line break between paragraphs) to the end of this one.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const ends = /[.!?][”"’')]*\s+|\n\s*\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(ends)) {
    const stop = m.index! + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index! >= end) {
      to = m.index! + 1;
      break;
    }
  }
  return text.slice(from, to).trim();
}

/**
 * Why a figure may not leave its caveat to the sentence, or null when it may: the figure has a caveat, and the
 * sentence states it in words readers see (`caveatSaid`).
 */
export function caveatInSentenceProblem(figure: Figure, sentence: string, name = 'caveat-in-sentence'): string | null {
  if (!figure.caveat) {
    return `"${figure.ref}" has no caveat for the sentence to state (its record is neither single-source nor in conflict): drop ${name}`;
  }
  if (caveatSaid[figure.caveat].test(sentence)) return null;
  const say = figure.caveat === 'single-source' ? '"one source" or "a single report"' : '"sources differ"';
  return `"${figure.ref}" is marked ${figure.caveat}, and its mark is left out (${name}), but the sentence does not say so: "${sentence.slice(0, 160)}". Say ${say} in that sentence, or drop ${name} so the figure prints "(${caveatWords[figure.caveat]})"`;
}

export interface DataRecord {
  id: string;
  sources?: string[];
  [field: string]: unknown;
}

export interface Figure {
  /** The reference as written, without braces: "cmc-jlr-category3.impact.estimated_cost_gbp_bn". */
  ref: string;
  id: string;
  dataset: FigureDataset;
  record: DataRecord;
  /** The figure as readers see it: "£1.9bn". */
  text: string;
  caveat: Caveat | null;
  /** The source ids behind the figure: the innermost object's own `sources` on the path, else the record's. */
  sources: string[];
  /** For a count the site makes (SITE_COUNTS), what it counts, in words; the figure then names no single record. */
  counted?: string;
}

/**
 * Counts the site makes from a dataset, by name: `<Fig of="baltic-damage-incidents" />` prints the number of Baltic
 * damage incidents as the site counts them (the numbered incidents of the Baltic map), the same count as the home
 * page's key figure (src/lib/key-figures.ts). A name never clashes with a record id (recordIndex checks).
 */
export const SITE_COUNTS: Record<string, { dataset: FigureDataset; what: string; count: (records: DataRecord[]) => number }> = {
  'baltic-damage-incidents': {
    dataset: 'baltic-incidents',
    what: 'Counted by us from the Baltic incidents dataset: the numbered damage incidents of the Baltic map',
    count: (records) => balticDamageIncidents(records as { context_only?: boolean; damage_confirmed?: boolean | null; include_on_damage_map?: boolean }[]).length,
  },
};

export class FigureError extends Error {}

let cache: Map<string, { dataset: FigureDataset; record: DataRecord }> | undefined;

/** Every record in the datasets, by id. Ids are unique across datasets (a clash throws). */
export function recordIndex(): Map<string, { dataset: FigureDataset; record: DataRecord }> {
  if (cache) return cache;
  const index = new Map<string, { dataset: FigureDataset; record: DataRecord }>();
  for (const dataset of figureDatasets) {
    const file = contentDir('data', `${dataset}.json`);
    if (!fs.existsSync(file)) continue;
    for (const record of JSON.parse(fs.readFileSync(file, 'utf8')) as DataRecord[]) {
      if (record.id in SITE_COUNTS) throw new FigureError(`record id "${record.id}" in content/data/${dataset}.json is the name of a count the site makes (SITE_COUNTS in src/lib/figures.ts)`);
      const clash = index.get(record.id);
      if (clash) throw new FigureError(`record id "${record.id}" is in both content/data/${clash.dataset}.json and ${dataset}.json`);
      index.set(record.id, { dataset, record });
    }
  }
  cache = index;
  return index;
}

/** Forget the cached records (tests that write fixtures call this). */
export function resetRecordIndex(): void {
  cache = undefined;
}

/** The mark a confidence string or object carries, if any. */
export function caveatOfConfidence(confidence: unknown): Caveat | null {
  if (typeof confidence !== 'string') return null;
  if (confidence.startsWith('single-source')) return 'single-source';
  if (confidence.startsWith('conflict')) return 'conflict';
  return null;
}

/**
 * A whole record's mark: single-source, or in conflict (its confidence says so, or it keeps a `conflict`: sources differ
 * on its value). Disagreements on a side detail (`period_label_conflict`, `date_conflict`) are shown with that detail.
 */
export function caveatOfRecord(record: Record<string, unknown>): Caveat | null {
  const own = caveatOfConfidence(record.confidence);
  if (own) return own;
  return 'conflict' in record ? 'conflict' : null;
}

/** Whether a record's `conflict` is about its date alone: its alternative value is a date ("2025-10-06"). */
export function conflictIsOnDate(record: Record<string, unknown>): boolean {
  const conflict = record.conflict as { alternative_value?: unknown } | undefined;
  return typeof conflict?.alternative_value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(conflict.alternative_value);
}

const MINUS = '\u2212';
/** One formatter (toLocaleString with options builds a new one per call; every <Fig> and check asks). */
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const number = (v: number) => ONE_DECIMAL.format(Math.abs(v));
const signed = (v: number, body: string) => (v < 0 ? `${MINUS}${body}` : body);

/** A number in the unit an M&S record states: "£101.6m", "about £34m", "7.8%", "1.2p" (also the profit chart's notes). */
export function inRecordUnit(value: number, unit: string): string {
  switch (unit) {
    case 'GBP m':
      return signed(value, `£${number(value)}m`);
    case 'GBP m (approx.)':
      return `about ${signed(value, `£${number(value)}m`)}`;
    case 'GBP bn':
      return signed(value, `£${number(value)}bn`);
    case 'percent':
      return signed(value, `${number(value)}%`);
    case 'pence':
      return signed(value, `${number(value)}p`);
    default:
      throw new FigureError(`no wording for the unit "${unit}"`);
  }
}

/** A number in the unit its key names (the last key on the path that names one). */
function inKeyUnit(value: number, keys: string[]): string {
  const unitKey = [...keys].reverse().find((k) => /_(gbp_bn|gbp_m|gbp|pct|km|mw)(_|$)/.test(k)) ?? '';
  const approx = keys.some((k) => /(^|_)approx(_|$)/.test(k));
  const n = number(value);
  let text: string;
  if (/_gbp_bn(_|$)/.test(unitKey)) text = signed(value, `£${n}bn`);
  else if (/_gbp_m(_|$)/.test(unitKey)) text = signed(value, `£${n}m`);
  else if (/_gbp(_|$)/.test(unitKey)) text = signed(value, `£${n}`);
  else if (/_pct(_|$)/.test(unitKey)) text = signed(value, `${n}%`);
  else if (/_km(_|$)/.test(unitKey)) text = signed(value, `${n}\u00a0km`);
  else if (/_mw(_|$)/.test(unitKey)) text = signed(value, `${n}\u00a0MW`);
  else if (Number.isInteger(value) && Math.abs(value) >= 1_000_000) text = signed(value, `${number(value / 1_000_000)} million`);
  else text = signed(value, n);
  return approx ? `about ${text}` : text;
}

/** Text held as a figure: ">5,000" -> "more than 5,000", "~658" -> "about 658". */
function textFigure(value: string): string {
  return value.replace(/^>\s*/, 'more than ').replace(/^~\s*/, 'about ');
}

/** Splits "id.a.b" into the id and its path. */
export function parseRef(ref: string): { id: string; path: string[] } {
  const [id = '', ...path] = ref.split('.');
  return { id, path };
}

/**
 * Resolves a reference to its figure, or throws a FigureError that says what is wrong. `noYear` drops the year from
 * a day ("27 September"), for prose that has given it already; anything but a day known to the day is an error.
 * `inWords` writes a whole count up to twenty in words ("four"); anything else is an error.
 */
export function resolveFigure(ref: string, options: { noYear?: boolean; inWords?: boolean } = {}): Figure {
  const { id, path } = parseRef(ref);
  const counted = SITE_COUNTS[id];
  if (counted) return countFigure(ref, id, path, counted, options);
  const hit = recordIndex().get(id);
  if (!hit) throw new FigureError(`"${ref}" names no record: "${id}" is not an id in content/data/*.json`);
  const { dataset, record } = hit;
  const fields = path.length > 0 ? path : ['value'];
  let value: unknown = record;
  // A record whose sources differ only on its date (the NCSC's review: 6 or 14 October) marks its date, not its counts.
  let caveat = conflictIsOnDate(record) && !caveatOfConfidence(record.confidence) && fields.join('.') !== 'date' ? null : caveatOfRecord(record);
  let sources = Array.isArray(record.sources) ? (record.sources as string[]) : [];
  let approx = false;
  for (const field of fields) {
    if (value === null || typeof value !== 'object' || !(field in (value as object))) {
      throw new FigureError(`"${ref}": record "${id}" (content/data/${dataset}.json) has no field "${fields.join('.')}"`);
    }
    const parent = value as Record<string, unknown>;
    caveat = caveatOfConfidence(parent.confidence) ?? caveat;
    if (Array.isArray(parent.sources) && parent !== record) sources = parent.sources as string[];
    if (parent !== record && (parent.approx === true || parent.approximate === true)) approx = true;
    value = parent[field];
  }
  let text: string;
  if (typeof value === 'number' && Number.isFinite(value)) {
    try {
      const inRecordsUnit = dataset === 'ms-financials' && ['value', 'alternative_value', 'prior_value'].includes(fields.at(-1)!);
      text = inRecordsUnit ? inRecordUnit(value, String(record.unit)) : inKeyUnit(value, fields);
    } catch (error) {
      throw new FigureError(`"${ref}": ${(error as Error).message}`);
    }
  } else if (typeof value === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(value)) {
    const precision = fields.at(-1) === 'date' && typeof record.date_precision === 'string' ? record.date_precision : value.length === 10 ? 'day' : 'month';
    text = formatPartialDate(value, precision);
  } else if (typeof value === 'string' && /\d/.test(value)) {
    text = textFigure(value);
  } else {
    throw new FigureError(`"${ref}" is not a figure in content/data/${dataset}.json (found ${JSON.stringify(value)})`);
  }
  if (approx && !text.startsWith('about ')) text = `about ${text}`;
  if (options.noYear) {
    const day = text.match(/^(\d{1,2} [A-Z][a-z]+) \d{4}$/);
    if (!day) throw new FigureError(`"${ref}": only a day known to the day can drop its year (this figure reads "${text}")`);
    text = day[1]!;
  }
  if (options.inWords) {
    const word = typeof value === 'number' && text === String(value) ? COUNT_WORDS[value] : undefined;
    if (!word) throw new FigureError(`"${ref}": only a whole count from zero to twenty can be written in words (this figure reads "${text}")`);
    text = word;
  }
  return { ref, id, dataset, record, text, caveat, sources };
}

/** A count the site makes (SITE_COUNTS): a plain number, or in words with `inWords`; no caveat, no single record. */
function countFigure(
  ref: string,
  id: string,
  path: string[],
  counted: (typeof SITE_COUNTS)[string],
  options: { noYear?: boolean; inWords?: boolean },
): Figure {
  if (path.length > 0) throw new FigureError(`"${ref}": "${id}" is a count the site makes; it has no fields (write "${id}")`);
  if (options.noYear) throw new FigureError(`"${ref}" is a count, not a date: drop noYear`);
  const records = [...recordIndex().values()].filter((h) => h.dataset === counted.dataset).map((h) => h.record);
  const n = counted.count(records);
  const word = options.inWords ? COUNT_WORDS[n] : String(n);
  if (!word) throw new FigureError(`"${ref}": only a whole count from zero to twenty can be written in words (this count is ${n})`);
  return { ref, id, dataset: counted.dataset, record: { id }, text: word, caveat: null, sources: [], counted: counted.what };
}

/** Small counts as prose writes them ("four arrests"); index = the number. */
export const COUNT_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
] as const;

/** The figure with its caveat in words, for plain text: "£1.9bn", "4 (one source)". */
export function figureInWords(figure: Figure): string {
  return figure.caveat ? `${figure.text} (${caveatWords[figure.caveat]})` : figure.text;
}

/** The references in a piece of text, without braces. */
export function refsIn(text: string): string[] {
  return [...text.matchAll(FIGURE_REF)].map((m) => `${m[1]}${m[2] ?? ''}`);
}

/** The 1-based line of `needle` in a file's text (for error messages), or undefined. */
export function lineOf(fileText: string, needle: string): number | undefined {
  const at = fileText.indexOf(needle);
  return at < 0 ? undefined : fileText.slice(0, at).split('\n').length;
}

/**
 * Fills every {ref} in `text` with its figure and caveat in words (or without the caveat, for `|caveat-in-sentence`,
 * when the sentence around the reference states it). Throws one message naming `where` (a file, and the line when
 * `fileText` is given) for every reference that does not resolve.
 */
export function fillFigureRefs(text: string, where: string, fileText?: string): string {
  const problems: string[] = [];
  const out = text.replace(FIGURE_REF, (match, id: string, path: string, modifierPart: string, offset: number) => {
    try {
      const modifiers = parseModifiers(modifierPart);
      let figure = resolveFigure(`${id}${path}`, { noYear: modifiers.has('no-year'), inWords: modifiers.has('in-words') });
      // A count in words that starts a sentence starts with a capital ("Four arrested over the retail attacks").
      if (modifiers.has('in-words') && /(^|[.!?]["”’)]*\s+)$/.test(text.slice(0, offset))) {
        figure = { ...figure, text: figure.text[0]!.toUpperCase() + figure.text.slice(1) };
      }
      if (!modifiers.has('caveat-in-sentence')) return figureInWords(figure);
      const problem = caveatInSentenceProblem(figure, sentenceAround(text, offset, offset + match.length));
      if (problem) throw new FigureError(problem);
      return figure.text;
    } catch (error) {
      if (!(error instanceof FigureError)) throw error;
      const line = fileText ? lineOf(fileText, match) : undefined;
      problems.push(`${where}${line ? `:${line}` : ''}: ${match}: ${error.message}`);
      return match;
    }
  });
  if (problems.length > 0) throw new FigureError(problems.join('\n'));
  return out;
}

/**
 * What a single-source record's one source is, where it lists several (`one_source` in content/data; the schema is
 * `oneSource` in src/schemas/common.ts): one of its sources, an original read only through its sources, claims that
 * each rest on one source, or secondary reports only.
 */
export type OneSource =
  | { source: string; for?: string; others?: 'other-details' | 'copies' }
  | { report: { publisher: string; date?: string } }
  | { each_claim: true }
  | { secondary_only: true };

/** A record's `one_source`, when it is marked single-source and says what its one source is. */
export function oneSourceOf(record: Record<string, unknown>): OneSource | null {
  if (caveatOfRecord(record) !== 'single-source') return null;
  const o = record.one_source;
  return o !== null && typeof o === 'object' ? (o as OneSource) : null;
}

/** A source as a single-source note names it: who published it and when ("The Grocer, 11 August 2025"). */
export interface NamedSource {
  id: string;
  publisher: string;
  /** Who published the copy that was read, where only a copy was read. */
  readVia?: string | null;
  /** "11 August 2025", "June 2026", or null. */
  date: string | null;
}

const named = (s: { publisher: string; readVia?: string | null; date: string | null }) => {
  const who = s.readVia ? `${s.publisher} (via ${s.readVia})` : s.publisher;
  return s.date ? `${who}, ${s.date}` : who;
};
const namedList = (list: readonly NamedSource[]) => list.map(named).join('; ');
/** The copies or summaries read of an original: named by who published what was read. */
const readList = (list: readonly NamedSource[]) => list.map((s) => named({ publisher: s.readVia ?? s.publisher, date: s.date })).join('; ');

/**
 * What a single-source mark rests on, in words, for a record that lists more than one source; null when the record is
 * not single-source, lists one source, or does not say (`one_source`).
 * `listed` are the record's sources in its order. With `list: false` (a panel or entry that lists the sources right
 * after) the note names the one source but not the others: "One source for the date: The Grocer, 11 August 2025; the
 * other sources back other details." With `list: true` (a figure's description, a table cell, the downloads) it names
 * them too: "… Other sources, for other details: The Independent, 25 April 2025; …".
 */
export function singleSourceNote(record: Record<string, unknown>, listed: readonly NamedSource[], { list }: { list: boolean }): string | null {
  const basis = oneSourceOf(record);
  if (!basis || listed.length < 2) return null;
  if ('source' in basis) {
    const one = listed.find((s) => s.id === basis.source);
    if (!one) return null;
    const rest = listed.filter((s) => s !== one);
    const lead = `One source${basis.for ? ` for ${basis.for}` : ''}: ${named(one)}`;
    if (basis.others === 'copies') {
      return list
        ? `${lead}; ${rest.length === 1 ? 'a copy or summary' : 'copies or summaries'} of it: ${namedList(rest)}.`
        : `${lead}; the ${rest.length === 1 ? 'other source copies or summarises' : 'other sources copy or summarise'} it.`;
    }
    return list ? `${lead}. Other sources, for other details: ${namedList(rest)}.` : `${lead}; the other sources back other details.`;
  }
  if ('report' in basis) {
    const date = basis.report.date ? formatPartialDate(basis.report.date, basis.report.date.length === 10 ? 'day' : 'month') : null;
    const lead = `A single report (${named({ publisher: basis.report.publisher, date })})`;
    return list ? `${lead}, read through: ${readList(listed)}.` : `${lead}, read through the copies or summaries listed.`;
  }
  if ('each_claim' in basis) return list ? `Each claim rests on one source: ${namedList(listed)}.` : 'Each claim rests on one source.';
  return list ? `Only secondary reports were found: ${namedList(listed)}.` : 'Only secondary reports were found.';
}
