/**
 * The Data page's catalogue, loaded from the content collections: each dataset's records, the sources they cite,
 * the charts that draw on it, its CSV columns and its confidence marks. Descriptions live in ./dataset-catalogue.ts.
 */
import { getCollection } from 'astro:content';
import type { Source } from '../schemas/source';
import { toCsv } from './csv';
import { datasetCollections } from './dataset-collections';
import { builtArticles } from './content';
import { namedSource } from './source-line';
import { dataDictionary, dataEdition, dataLicence, publicRecord, suggestedCitation, type DataEdition, type PublicField } from './public-data';
import {
  citedSourceIds,
  confidenceCounts,
  datasets,
  datasetsOfChart,
  dateSpan,
  flatFields,
  flatRow,
  type DatasetInfo,
  type DatasetName,
} from './dataset-catalogue';

export interface CatalogueChart {
  id: string;
  title: string;
  subtitle: string;
  datasets: DatasetName[];
}

export interface CatalogueEntry extends DatasetInfo {
  /** The records as kept in content/data (for counts, dates and sourcing). */
  records: Record<string, unknown>[];
  /** The records as published: the dictionary's fields only (src/lib/public-data.ts). */
  publicRecords: Record<string, unknown>[];
  /** What each published field holds: field, type, unit, meaning. */
  dictionary: PublicField[];
  /** The sources its records cite, resolved, in the order first cited. Empty for the sources dataset itself. */
  sources: (Source & { id: string })[];
  charts: CatalogueChart[];
  /** CSV columns, and the nested fields that are only in the JSON. */
  csv: { columns: string[]; nested: string[] };
  confidence: [string, number][];
  span: { from: string; to: string } | null;
  /** How far the reporting runs and the version date, shared by every dataset (./public-data). */
  edition: DataEdition;
}

export async function chartCatalogue(): Promise<CatalogueChart[]> {
  const charts = await getCollection('charts');
  return charts
    .map((c) => ({ id: c.id, title: c.data.title, subtitle: c.data.subtitle, datasets: datasetsOfChart(c.data) }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** A dataset's records: dated ones in date order, others by id. */
async function recordsOf(info: DatasetInfo): Promise<Record<string, unknown>[]> {
  const entries = await getCollection(datasetCollections[info.name]);
  const records = entries.map((e) => e.data as Record<string, unknown>);
  const key = (r: Record<string, unknown>) => `${info.dateField ? String(r[info.dateField] ?? '') : ''} ${String(r.id)}`;
  return records.sort((a, b) => key(a).localeCompare(key(b)));
}

/** Every dataset with what the Data page and the downloads show, in the catalogue's order. */
export async function datasetCatalogue(): Promise<CatalogueEntry[]> {
  const [charts, allSources, articles] = await Promise.all([chartCatalogue(), getCollection('sources'), builtArticles()]);
  const edition = dataEdition(articles.map((a) => a.data));
  const sourceById = new Map(allSources.map((s) => [s.id, { ...s.data, id: s.id }]));
  return Promise.all(
    datasets.map(async (info) => {
      const records = await recordsOf(info);
      const ids = info.name === 'sources' ? [] : [...citedSourceIds(records)];
      const sources = ids.map((id) => {
        const s = sourceById.get(id);
        if (!s) throw new Error(`content/data/${info.name}.json cites unknown source "${id}"`);
        return s;
      });
      const named = (id: string) => namedSource(sourceById.get(id)!);
      const publicRecords = records.map((r) => publicRecord(info.name, r, named));
      const { flat, nested } = flatFields(publicRecords);
      return {
        ...info,
        records,
        publicRecords,
        dictionary: dataDictionary(info.name),
        sources,
        charts: charts.filter((c) => c.datasets.includes(info.name)),
        csv: { columns: flat, nested },
        confidence: records.some((r) => 'confidence' in r) ? confidenceCounts(records) : [],
        span: info.dateField ? dateSpan(records, info.dateField) : null,
        edition,
      };
    }),
  );
}

/**
 * The body of /data/<name>.json: what the dataset is, its licence and how to cite it, its data dictionary, every record
 * in its public form, and the sources it cites in full. `url` is the download's public address, for the citation.
 */
export function datasetJson(entry: CatalogueEntry, url: string): string {
  const body = {
    name: entry.name,
    title: entry.title,
    description: entry.description,
    compiled: entry.edition.version,
    licence: dataLicence,
    suggested_citation: suggestedCitation(entry.title, url, entry.edition),
    ...(entry.leftOut ? { left_out: entry.leftOut } : {}),
    record_count: entry.records.length,
    fields: entry.dictionary,
    records: entry.publicRecords,
    ...(entry.name === 'sources' ? {} : { sources: entry.sources.map((s) => publicRecord('sources', s)) }),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The body of /data/<name>.csv: one row per record, its flat public fields (lists joined with "; "). */
export function datasetCsv(entry: CatalogueEntry): string {
  return toCsv(
    entry.csv.columns,
    entry.publicRecords.map((r) => flatRow(r, entry.csv.columns)),
  );
}
