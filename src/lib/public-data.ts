/**
 * The public form of each dataset, as published at /data/<name>.json and .csv and described on the Data page: plain
 * fields with a data dictionary (field, type, unit, meaning), the single-source and conflict marks kept as fields, and
 * none of the research's working fields (notes, second-pass checks, how a coordinate was estimated). Free text is
 * published in plain words: research shorthand such as "not found in sources read" is rewritten for readers.
 * Pure: takes the records as loaded from content/data.
 */
import { lastModified } from './article-modified';
import { formatPartialDate } from './dates';
import { formatChecked, siteCutoff } from './facts-checked';
import { caveatOfRecord, oneSourceOf, singleSourceNote, type NamedSource } from './figures';

export type FieldType = 'text' | 'number' | 'true/false' | 'date' | 'list of text' | 'list of records' | 'named values';

export interface PublicField {
  /** The field's name in the JSON and the CSV column. */
  field: string;
  type: FieldType;
  /** The unit of a number ("GBP millions", "percent"), or how to read a value ("YYYY-MM-DD, as precise as known"). */
  unit: string;
  /** What the field holds, in a sentence. */
  meaning: string;
}

type Rec = Record<string, unknown>;
/** How a getter names a source by id (for the single-source note); absent where sources are not at hand. */
type Named = ((id: string) => NamedSource) | undefined;
type Getter = (r: Rec, named: Named) => unknown;
interface FieldSpec extends PublicField {
  get: Getter;
}

/** The licence of the compiled datasets (the selection, arrangement and our wording; not the documents they cite). */
export const dataLicence = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  scope:
    'Covers the compiled datasets: the selection and arrangement of the records and the wording written for them. The documents the records cite belong to their publishers; their titles and addresses are given so that you can find them.',
};

/**
 * The edition of the datasets: how far the reporting they draw on runs (the site-wide "facts checked to" cut-off that
 * the footer states, src/lib/facts-checked.ts) and the version date (the day content last changed for readers: the
 * newest article update or correction). Both come from content, never from the build clock, so a rebuild of the same
 * content publishes the same files.
 */
export interface DataEdition {
  /** YYYY-MM or YYYY-MM-DD: the site-wide cut-off; undefined when no article gives one. */
  cutoff: string | undefined;
  /** YYYY-MM-DD. */
  version: string;
}

interface EditionSource {
  facts_checked?: string | undefined;
  published: Date;
  updated?: Date | undefined;
  corrections: readonly { date: Date }[];
}

/** The datasets' edition from the built articles' data. */
export function dataEdition(articles: readonly EditionSource[]): DataEdition {
  const cutoff = siteCutoff(articles.map((data) => ({ data })));
  const newest = articles.reduce((t, a) => Math.max(t, lastModified(a).getTime()), 0);
  return { cutoff, version: new Date(newest).toISOString().slice(0, 10) };
}

/** How to cite one dataset: its title, how far its reporting runs, its version date and its address. */
export function suggestedCitation(title: string, url: string, edition: DataEdition): string {
  const upTo = edition.cutoff ? `compiled from public reporting up to ${formatChecked(edition.cutoff)}` : 'compiled from public reporting';
  return `Grey Zone, “${title}” (dataset), ${upTo}, version of ${formatPartialDate(edition.version)}. ${url}`;
}

/** Research shorthand that must not reach readers, and what readers see instead. */
const RESEARCH_WORDING: [RegExp, string][] = [
  [/^NOT VERIFIED\.\s*/, 'Not verified: '],
  [/\bwas not found in the search corpus\b/gi, 'could not be found'],
  [/\b(?:found )?in the search corpus\b/gi, 'in the reporting we reviewed'],
  [/\bin (?:the )?sources read\b/gi, 'in the reporting we reviewed'],
  [/\bResearcher estimate\b/g, 'Our estimate'],
  [/\bby the researcher's count\b/gi, 'by our count'],
  [/\bseed article, /gi, ''],
  [/\bthe seed article\b/gi, 'the news report this site started from'],
  [/\bPlaceholder\b/g, 'Approximate position'],
];

/** Free text for readers: research shorthand rewritten. */
export function plain(text: unknown): string | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  return RESEARCH_WORDING.reduce((t, [pattern, words]) => t.replace(pattern, words), text);
}

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const unique = <T,>(xs: T[]) => [...new Set(xs)];

/** The record's sourcing in words, from its confidence mark. */
function sourcing(r: Rec): string {
  const c = typeof r.confidence === 'string' ? r.confidence : '';
  if (caveatOfRecord(r) === 'conflict') return 'sources differ';
  if (c.startsWith('single-source')) return 'one source';
  if (c.startsWith('multi-source')) return 'several sources';
  if (c.startsWith('not-verified') || c.startsWith('unverified')) return 'not verified';
  if (c.startsWith('primary')) return 'primary source';
  return 'not assessed';
}

const marks: FieldSpec[] = [
  {
    field: 'sourcing',
    type: 'text',
    unit: 'one of: several sources, one source, sources differ, not verified, not assessed',
    meaning: 'How well the record is supported. “One source” and “sources differ” must be said wherever the record is used.',
    get: sourcing,
  },
  {
    field: 'single_source',
    type: 'true/false',
    unit: '',
    meaning: 'True when the record rests on one source; where it lists several, “single_source_note” says which one, or what it rests on.',
    get: (r) => caveatOfRecord(r) === 'single-source',
  },
  {
    field: 'single_source_id',
    type: 'text',
    unit: 'source id',
    meaning:
      'For a single-source record that lists several sources: the one of them the mark rests on (see “single_source_note”). Empty otherwise.',
    get: (r) => {
      const basis = oneSourceOf(r);
      return basis && 'source' in basis ? basis.source : null;
    },
  },
  {
    field: 'single_source_report',
    type: 'text',
    unit: 'publisher, date',
    meaning:
      'For a single-source record known only through copies or summaries: the one original report, which was not read itself; the sources listed are what was read. Empty otherwise.',
    get: (r) => {
      const basis = oneSourceOf(r);
      if (!basis || !('report' in basis)) return null;
      return [basis.report.publisher, basis.report.date ? formatPartialDate(basis.report.date, basis.report.date.length === 10 ? 'day' : 'month') : null].filter(Boolean).join(', ');
    },
  },
  {
    field: 'single_source_note',
    type: 'text',
    unit: '',
    meaning:
      'For a single-source record that lists several sources: what the one source is, in words (“One source for the date: …”, “A single report (…), read through: …”, “Each claim rests on one source: …”). Empty otherwise.',
    get: (r, named) => (named && Array.isArray(r.sources) ? singleSourceNote(r, list(r.sources).map(named), { list: true }) : null),
  },
  {
    field: 'sources_differ',
    type: 'true/false',
    unit: '',
    meaning: 'True when sources give different values for the record; the value used and the alternative are both given.',
    get: (r) => caveatOfRecord(r) === 'conflict',
  },
];

const sourcesField: FieldSpec = {
  field: 'sources',
  type: 'list of text',
  unit: 'source ids',
  meaning: 'The documents the record rests on, by id; each id is listed in full in this file’s “sources” and in sources.json.',
  get: (r) => list(r.sources),
};

const idField = (what: string): FieldSpec => ({ field: 'id', type: 'text', unit: '', meaning: `A stable identifier for the ${what}.`, get: (r) => r.id });

const dateFields: FieldSpec[] = [
  { field: 'date', type: 'date', unit: 'YYYY-MM-DD, YYYY-MM or YYYY', meaning: 'When it happened, as precisely as it was reported.', get: (r) => str(r.date) },
  {
    field: 'date_precision',
    type: 'text',
    unit: 'day, month or approx',
    meaning: 'How precise the date is: show it no more precisely than this.',
    get: (r) => (str(r.date_precision) === 'approximate' ? 'approx' : str(r.date_precision)),
  },
];

/** The public fields of each dataset, in order. */
const specs: Record<string, FieldSpec[]> = {
  'ms-financials': [
    idField('figure'),
    { field: 'measure', type: 'text', unit: '', meaning: 'The measure as M&S names it, e.g. “Statutory profit before tax”.', get: (r) => str(r.metric_label_as_reported) },
    { field: 'metric', type: 'text', unit: '', meaning: 'A short machine name for the measure.', get: (r) => str(r.metric) },
    { field: 'period', type: 'text', unit: '', meaning: 'The period as M&S words it, e.g. “26 weeks ended 27 September 2025”.', get: (r) => str(r.period_label) },
    { field: 'period_short', type: 'text', unit: '', meaning: 'A short label for the period, e.g. “H1 2025/26”.', get: (r) => str(r.period_short) },
    { field: 'value', type: 'number', unit: 'see “unit”', meaning: 'The reported figure; empty when it is given in words or in parts.', get: (r) => num(r.value) },
    { field: 'unit', type: 'text', unit: '', meaning: 'The unit of “value”: GBP m (£ millions), GBP m (approx.), percent or pence.', get: (r) => str(r.unit) },
    { field: 'value_in_words', type: 'text', unit: '', meaning: 'A figure M&S gave in words, such as guidance.', get: (r) => (typeof r.value === 'string' ? r.value : null) },
    {
      field: 'parts',
      type: 'named values',
      unit: 'the unit is in each name (_gbp_m, _pct) or in “unit”',
      meaning: 'A figure reported in parts, such as costs split by kind.',
      get: (r) => (r.value && typeof r.value === 'object' ? r.value : null),
    },
    { field: 'change_pct', type: 'number', unit: 'percent', meaning: 'The change on the same period a year earlier, as reported.', get: (r) => num(r.reported_change_pct) },
    {
      field: 'alternative_value',
      type: 'number',
      unit: 'same as “value”',
      meaning: 'A different figure for the same measure quoted by other outlets, where sources differ.',
      get: (r) => num((r.conflict as Rec | undefined)?.alternative_value),
    },
    { field: 'published', type: 'date', unit: 'YYYY-MM-DD or YYYY-MM', meaning: 'When M&S published the figure.', get: (r) => str(r.published) },
    ...marks,
    sourcesField,
  ],
  'uk-cyber-incidents': [
    idField('event'),
    ...dateFields,
    {
      field: 'date_alternative',
      type: 'date',
      unit: 'YYYY-MM-DD',
      meaning: 'A different day given by a single source, where the others give “date”; its source is in “date_alternative_sources”. Empty when sources agree.',
      get: (r) => str((r.date_alternative as Rec | undefined)?.date),
    },
    {
      field: 'date_alternative_sources',
      type: 'list of text',
      unit: 'source ids',
      meaning: 'The source of “date_alternative”.',
      get: (r) => list((r.date_alternative as Rec | undefined)?.sources),
    },
    { field: 'title', type: 'text', unit: '', meaning: 'What happened, in one line.', get: (r) => plain(r.title) },
    { field: 'organisation', type: 'text', unit: '', meaning: 'The organisation the event concerns.', get: (r) => str(r.organisation) },
    { field: 'sector', type: 'text', unit: '', meaning: 'Its sector.', get: (r) => str(r.sector) },
    { field: 'event_type', type: 'text', unit: '', meaning: 'The kind of event: attack, disclosure, disruption, recovery, financial_report, law_enforcement, court, assessment, …', get: (r) => str(r.event_type) },
    { field: 'description', type: 'text', unit: '', meaning: 'What happened, in a few sentences.', get: (r) => plain(r.description) },
    {
      field: 'claimed_by',
      type: 'text',
      unit: '',
      meaning: 'Who claimed the attack or is linked to it in reporting; a claim or a link, not an established finding. Empty when nobody has.',
      get: (r) => plain(r.actor_or_claimed_by),
    },
    {
      field: 'impact',
      type: 'named values',
      unit: 'in each name: _gbp_bn (£ billions), _gbp_m (£ millions), _gbp (£), _pct (percent); otherwise a count or text',
      meaning: 'Reported figures for the event, such as costs, records stolen or people arrested.',
      get: (r) => (r.impact && typeof r.impact === 'object' && Object.keys(r.impact).length > 0 ? r.impact : null),
    },
    ...marks,
    sourcesField,
  ],
  'policy-events': [
    idField('event'),
    ...dateFields,
    { field: 'title', type: 'text', unit: '', meaning: 'What was said or done, in one line.', get: (r) => plain(r.title) },
    { field: 'actor', type: 'text', unit: '', meaning: 'Who said or did it.', get: (r) => str(r.actor) },
    { field: 'description', type: 'text', unit: '', meaning: 'What was said or done, in a few sentences.', get: (r) => plain(r.description) },
    {
      field: 'impact',
      type: 'named values',
      unit: 'counts, each named for what it counts',
      meaning: 'Figures the event states, such as the number of units or officers sanctioned.',
      get: (r) => (r.impact && typeof r.impact === 'object' && Object.keys(r.impact).length > 0 ? r.impact : null),
    },
    ...marks,
    sourcesField,
  ],
  'baltic-incidents': [
    idField('incident'),
    ...dateFields,
    { field: 'title', type: 'text', unit: '', meaning: 'What was damaged, in one line.', get: (r) => plain(r.title) },
    { field: 'context_only', type: 'true/false', unit: '', meaning: 'True for events kept for context (the Nord Stream explosions), not counted as cable incidents.', get: (r) => r.context_only === true },
    { field: 'category', type: 'text', unit: '', meaning: 'What kind of damage: anchor drag, explosion, fault, near miss, …', get: (r) => str(r.category) },
    { field: 'damage_confirmed', type: 'true/false', unit: '', meaning: 'Whether damage was confirmed; empty when not known.', get: (r) => (typeof r.damage_confirmed === 'boolean' ? r.damage_confirmed : null) },
    { field: 'damaged', type: 'list of text', unit: '', meaning: 'The cables and pipelines damaged.', get: (r) => (Array.isArray(r.sites) ? (r.sites as Rec[]).map((s) => plain(s.infrastructure)).filter(Boolean) : []) },
    {
      field: 'telecom_cables_damaged',
      type: 'number',
      unit: 'cables',
      meaning: 'How many telecom cables were damaged, where reports give a count (one site in “sites” may hold two cables). Empty when not given.',
      get: (r) => num(r.telecom_cables_damaged),
    },
    {
      field: 'countries',
      type: 'list of text',
      unit: 'ISO 3166 two-letter codes',
      meaning: 'The countries the damaged cables and pipelines link.',
      get: (r) => unique((Array.isArray(r.sites) ? (r.sites as Rec[]) : []).flatMap((s) => list(s.countries))),
    },
    { field: 'suspected_vessel', type: 'text', unit: '', meaning: 'The ship suspected or investigated, if any; suspicion, not a finding.', get: (r) => str((r.suspected_vessel as Rec | undefined)?.name) },
    { field: 'suspected_cause', type: 'text', unit: '', meaning: 'The suspected cause as reported.', get: (r) => plain(r.suspected_cause) },
    { field: 'outcome', type: 'text', unit: '', meaning: 'How investigations and court cases stood at the latest report found.', get: (r) => plain(r.outcome_status) },
    {
      field: 'sites',
      type: 'list of records',
      unit: 'lat and lon in decimal degrees (WGS 84)',
      meaning:
        'Where damage was found: asset_id (see baltic-assets), infrastructure, type, operator, countries, location (in words), lat, lon, approximate (true when the point is estimated from a description), damage_date, restored (date back in service).',
      get: (r) =>
        (Array.isArray(r.sites) ? (r.sites as Rec[]) : []).map((s) => ({
          asset_id: str(s.asset_id),
          infrastructure: plain(s.infrastructure),
          type: str(s.type),
          operator: str(s.operator),
          countries: list(s.countries),
          location: plain(s.location_description),
          lat: num(s.lat),
          lon: num(s.lon),
          approximate: s.approximate === true,
          damage_date: str(s.damage_date),
          restored: str(s.restored),
        })),
    },
    ...marks,
    sourcesField,
  ],
  'baltic-assets': [
    idField('cable or pipeline'),
    { field: 'name', type: 'text', unit: '', meaning: 'The cable or pipeline.', get: (r) => plain(r.name) },
    { field: 'type', type: 'text', unit: '', meaning: 'Telecom cable, power cable or gas pipeline.', get: (r) => str(r.type) },
    { field: 'operator', type: 'text', unit: '', meaning: 'Who runs it.', get: (r) => str(r.operator) },
    { field: 'countries', type: 'list of text', unit: 'ISO 3166 two-letter codes', meaning: 'The countries it links.', get: (r) => list(r.countries) },
    { field: 'capacity', type: 'text', unit: 'as published', meaning: 'Its capacity as published, where a freely usable source gives it.', get: (r) => str(r.capacity) },
    { field: 'capacity_mw', type: 'number', unit: 'megawatts', meaning: 'The rated capacity of a power cable.', get: (r) => num(r.capacity_mw) },
    {
      field: 'endpoints',
      type: 'list of records',
      unit: 'lat and lon in decimal degrees (WGS 84)',
      meaning: 'Both landing points: name, country, lat, lon, approximate (true when the point is a town rather than the landing station).',
      get: (r) =>
        (Array.isArray(r.endpoints) ? (r.endpoints as Rec[]) : []).map((e) => ({
          name: str(e.name),
          country: str(e.country),
          lat: num(e.lat),
          lon: num(e.lon),
          approximate: e.approximate === true,
        })),
    },
    ...marks,
    sourcesField,
  ],
  'baltic-responses': [
    idField('response'),
    { field: 'date', type: 'date', unit: 'YYYY-MM-DD or YYYY-MM', meaning: 'When it was announced or reported.', get: (r) => str(r.date) },
    { field: 'actor', type: 'text', unit: '', meaning: 'Who responded.', get: (r) => plain(r.actor) },
    { field: 'type', type: 'text', unit: '', meaning: 'Statement, posture, operation, plan, assessment or count.', get: (r) => str(r.type) },
    { field: 'name', type: 'text', unit: '', meaning: 'The name of a mission or plan, if it has one.', get: (r) => str(r.name) },
    { field: 'summary', type: 'text', unit: '', meaning: 'What was said or done.', get: (r) => plain(r.summary) },
    ...marks,
    sourcesField,
  ],
  sources: [
    { field: 'id', type: 'text', unit: '', meaning: 'The id the other datasets use in their “sources”.', get: (r) => r.id },
    { field: 'publisher', type: 'text', unit: '', meaning: 'Who published the original document.', get: (r) => plain(r.publisher) },
    { field: 'title', type: 'text', unit: '', meaning: 'The document’s own title (headline).', get: (r) => str(r.title) },
    { field: 'date', type: 'date', unit: 'YYYY-MM-DD or YYYY-MM', meaning: 'When it was published, as precisely as known; empty when not known.', get: (r) => str(r.date) },
    { field: 'url', type: 'text', unit: 'web address', meaning: 'Where it can be read: the original, or the copy named in “read_via”.', get: (r) => str(r.url) },
    { field: 'read_via', type: 'text', unit: '', meaning: 'Where only a republished copy was read: who published that copy (its address is “url”); empty when the original was read.', get: (r) => str((r.read_via as { publisher?: unknown } | undefined)?.publisher) },
    { field: 'primary', type: 'true/false', unit: '', meaning: 'True for a primary document: an organisation’s own statement or results, a court ruling, a government or NATO text.', get: (r) => r.primary === true },
  ],
};

/** The data dictionary of a dataset: field, type, unit, meaning. */
export function dataDictionary(name: string): PublicField[] {
  const spec = specs[name];
  if (!spec) throw new Error(`no public fields defined for the dataset "${name}" (src/lib/public-data.ts)`);
  return spec.map(({ field, type, unit, meaning }) => ({ field, type, unit, meaning }));
}

/**
 * A record in its public form: the dictionary's fields, in order. `named` names a source by id, for the note on what a
 * single-source record's one source is.
 */
export function publicRecord(name: string, record: Rec, named?: (id: string) => NamedSource): Rec {
  const spec = specs[name];
  if (!spec) throw new Error(`no public fields defined for the dataset "${name}" (src/lib/public-data.ts)`);
  return Object.fromEntries(spec.map((f) => [f.field, f.get(record, named) ?? null]));
}
