/**
 * schema.org structured data for search engines: NewsArticle on articles, Dataset on the Data page and chart pages.
 * Pure functions: pages pass absolute URLs in. The glossary's DefinedTerm data is in ./glossary.ts.
 */
import { isoDay } from './dates';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified?: Date;
  authors: readonly string[];
  /** The link-preview card, absolute. */
  imageUrl?: string;
  keywords?: readonly string[];
  publisher: Record<string, unknown>;
}

export function newsArticleJsonLd(a: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': a.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
    url: a.url,
    headline: a.headline,
    description: a.description,
    datePublished: isoDay(a.published),
    dateModified: isoDay(a.modified ?? a.published),
    author: a.authors.map((name) => ({ '@type': /\bstaff\b|grey zone/i.test(name) ? 'Organization' : 'Person', name })),
    publisher: a.publisher,
    ...(a.imageUrl ? { image: [a.imageUrl] } : {}),
    inLanguage: 'en-GB',
    ...(a.keywords && a.keywords.length > 0 ? { keywords: a.keywords.join(', ') } : {}),
  };
}

export interface DatasetInput {
  /** Absolute URL of the page that describes the dataset. */
  url: string;
  name: string;
  description: string;
  /** Absolute URLs of the downloads. */
  downloads: { url: string; format: 'text/csv' | 'application/json' }[];
  publisher: Record<string, unknown>;
  /** ISO dates (YYYY, YYYY-MM or YYYY-MM-DD) of the first and last record, where records are dated. */
  temporalCoverage?: { from: string; to: string } | null;
  keywords?: readonly string[];
  /** Citations: the sources the data rests on, as "Publisher, Title". */
  citation?: readonly string[];
  withContext?: boolean;
}

export function datasetJsonLd(d: DatasetInput): Record<string, unknown> {
  return {
    ...(d.withContext === false ? {} : { '@context': 'https://schema.org' }),
    '@type': 'Dataset',
    '@id': d.downloads[0]?.url ?? d.url,
    name: d.name,
    description: d.description,
    url: d.url,
    creator: d.publisher,
    publisher: d.publisher,
    isAccessibleForFree: true,
    inLanguage: 'en-GB',
    ...(d.temporalCoverage ? { temporalCoverage: `${d.temporalCoverage.from}/${d.temporalCoverage.to}` } : {}),
    ...(d.keywords && d.keywords.length > 0 ? { keywords: [...d.keywords] } : {}),
    ...(d.citation && d.citation.length > 0 ? { citation: [...d.citation] } : {}),
    distribution: d.downloads.map((dl) => ({ '@type': 'DataDownload', encodingFormat: dl.format, contentUrl: dl.url })),
  };
}

/** A list of datasets (the Data page): a DataCatalog holding each Dataset. */
export function dataCatalogJsonLd(url: string, name: string, description: string, datasets: Record<string, unknown>[], publisher: Record<string, unknown>) {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    '@id': url,
    url,
    name,
    description,
    publisher,
    dataset: datasets,
  };
}
