/**
 * The content collections: what lives under content/ and the schema each file must follow.
 * A file that breaks its schema, or points at an id that does not exist, stops the build with the file and field named.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-paths';
import { articleSchema } from './schemas/article';
import { glossarySchema } from './schemas/glossary';
import { sourceSchema } from './schemas/source';
import { chartSchema } from './schemas/chart';
import {
  balticAssetSchema,
  balticIncidentSchema,
  balticResponseSchema,
  msFinancialSchema,
  policyEventSchema,
  ukIncidentSchema,
} from './schemas/datasets';

const data = (name: string) => file(contentDir('data', `${name}.json`));

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '[!_]*.mdx', base: contentDir('articles') }), schema: articleSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '[!_]*.yaml', base: contentDir('glossary') }), schema: glossarySchema }),
  charts: defineCollection({ loader: glob({ pattern: '[!_]*.yaml', base: contentDir('charts') }), schema: chartSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  msFinancials: defineCollection({ loader: data('ms-financials'), schema: msFinancialSchema }),
  ukIncidents: defineCollection({ loader: data('uk-cyber-incidents'), schema: ukIncidentSchema }),
  policyEvents: defineCollection({ loader: data('policy-events'), schema: policyEventSchema }),
  balticIncidents: defineCollection({ loader: data('baltic-incidents'), schema: balticIncidentSchema }),
  balticAssets: defineCollection({ loader: data('baltic-assets'), schema: balticAssetSchema }),
  balticResponses: defineCollection({ loader: data('baltic-responses'), schema: balticResponseSchema }),
};
