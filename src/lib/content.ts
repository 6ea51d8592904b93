/**
 * Content queries shared by pages: articles in date order, the lead story, sources by id.
 * Every page, feed, list or index built from articles must get them from here (never getCollection('articles')
 * directly), so that drafts stay out of the production build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Source } from '../schemas/source';
import { siteCutoff } from './facts-checked';
import { buildMemo } from './build-memo';

/** Drafts (`draft: true`) are shown by the dev server (`npm run dev`) and left out of every production build. */
export const showDrafts: boolean = import.meta.env.DEV;

/** Whether an article is built: published articles always, drafts only when `showDrafts` is true. */
export const isBuilt = (article: { data: { draft?: boolean } }, drafts = showDrafts): boolean => drafts || !article.data.draft;

// Read once per build (./build-memo): every page's footer and every article page ask for the whole list, which made
// the build's page rendering grow with pages × articles. Callers get their own array; the entries are shared.
const once = () => '';
const builtOnce = buildMemo(once, () => getCollection('articles', (a) => isBuilt(a)));
const newestFirstOnce = buildMemo(once, async () =>
  (await builtOnce()).toSorted((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id)),
);

/** Every article that is built, in no particular order: drafts only in the dev server. */
export async function builtArticles(): Promise<CollectionEntry<'articles'>[]> {
  return [...(await builtOnce())];
}

/** Articles that are built (see builtArticles), newest first. */
export async function articlesNewestFirst(): Promise<CollectionEntry<'articles'>[]> {
  return [...(await newestFirstOnce())];
}

/** The article marked `lead: true`, else the newest. */
export async function leadArticle(): Promise<CollectionEntry<'articles'> | undefined> {
  const all = await articlesNewestFirst();
  return all.find((a) => a.data.lead) ?? all[0];
}

/** A lookup function over content/data/sources.json. */
export const sourceLookup: () => Promise<(id: string) => Source | undefined> = buildMemo(once, async () => {
  const map = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  return (id: string) => map.get(id);
});

/** The site-wide "facts checked to" cut-off (the latest article's), as an ISO date or month; see ./facts-checked. */
export const factsCutoff: () => Promise<string | undefined> = buildMemo(once, async () => siteCutoff(await builtOnce()));
