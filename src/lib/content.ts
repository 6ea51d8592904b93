/** Content queries shared by pages: articles in date order, the lead story, sources by id. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Source } from '../schemas/source';

/** Articles, newest first. */
export async function articlesNewestFirst(): Promise<CollectionEntry<'articles'>[]> {
  const all = await getCollection('articles');
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
}

/** The article marked `lead: true`, else the newest. */
export async function leadArticle(): Promise<CollectionEntry<'articles'> | undefined> {
  const all = await articlesNewestFirst();
  return all.find((a) => a.data.lead) ?? all[0];
}

/** A lookup function over content/data/sources.json. */
export async function sourceLookup(): Promise<(id: string) => Source | undefined> {
  const map = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  return (id) => map.get(id);
}

/** The site-wide "facts checked to" cut-off (the latest article's), as an ISO date or month; see ./facts-checked. */
export async function factsCutoff(): Promise<string | undefined> {
  const { siteCutoff } = await import('./facts-checked');
  return siteCutoff(await getCollection('articles'));
}
