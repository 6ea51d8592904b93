/** Glossary queries shared by the glossary pages: terms by name, who uses them, sources resolved. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Source } from '../schemas/source';
import { articlesNewestFirst, sourceLookup } from './content';
import { sortByName, termUsage } from './glossary';

export type TermEntry = CollectionEntry<'glossary'>;

/** Every term, sorted by its display name. */
export async function termsByName(): Promise<TermEntry[]> {
  return sortByName(await getCollection('glossary'), (t) => t.data.term);
}

/** For each term slug, the articles (newest first) whose text uses it through <Term slug="...">. */
export async function articlesByTerm(): Promise<Map<string, CollectionEntry<'articles'>[]>> {
  const articles = await articlesNewestFirst();
  const byId = new Map(articles.map((a) => [a.id, a]));
  const usage = termUsage(articles.map((a) => ({ id: a.id, body: a.body })));
  return new Map([...usage].map(([slug, ids]) => [slug, ids.map((id) => byId.get(id)!)]));
}

/** Resolves source ids to sources, failing loudly on an id that exists nowhere (the schema should have caught it). */
export async function resolveSources(): Promise<(ids: readonly string[]) => (Source & { id: string })[]> {
  const lookup = await sourceLookup();
  return (ids) =>
    [...new Set(ids)].map((id) => {
      const source = lookup(id);
      if (!source) throw new Error(`glossary: unknown source id "${id}"`);
      return { ...source, id };
    });
}
