/**
 * The content collections: what lives under content/ and the schema each file must follow.
 * A file that breaks its schema, or points at an id that does not exist, stops the build with the file and field named.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-paths';
import { datasetCollections, datasetNames, type DatasetCollection } from './lib/dataset-collections';
import { articleSchema } from './schemas/article';
import { glossarySchema } from './schemas/glossary';
import { sourceSchema } from './schemas/source';
import { chartSchema } from './charts/registry';
import {
  balticAssetSchema,
  balticIncidentSchema,
  balticResponseSchema,
  msFinancialSchema,
  policyEventSchema,
  ukIncidentSchema,
} from './schemas/datasets';

/** The collection's file in content/data/ (named in src/lib/dataset-collections.ts). */
const data = (collection: DatasetCollection) => {
  const name = datasetNames.find((n) => datasetCollections[n] === collection)!;
  return file(contentDir('data', `${name}.json`));
};

// Files starting with _ are left out. Written [^_], not [!_]: the dev server's watcher tests new files with picomatch,
// which does not read [!_] as "not _", so a new article or term was never loaded until a restart.
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '[^_]*.mdx', base: contentDir('articles') }), schema: articleSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '[^_]*.yaml', base: contentDir('glossary') }), schema: glossarySchema }),
  charts: defineCollection({ loader: glob({ pattern: '[^_]*.yaml', base: contentDir('charts') }), schema: chartSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  msFinancials: defineCollection({ loader: data('msFinancials'), schema: msFinancialSchema }),
  ukIncidents: defineCollection({ loader: data('ukIncidents'), schema: ukIncidentSchema }),
  policyEvents: defineCollection({ loader: data('policyEvents'), schema: policyEventSchema }),
  balticIncidents: defineCollection({ loader: data('balticIncidents'), schema: balticIncidentSchema }),
  balticAssets: defineCollection({ loader: data('balticAssets'), schema: balticAssetSchema }),
  balticResponses: defineCollection({ loader: data('balticResponses'), schema: balticResponseSchema }),
};
