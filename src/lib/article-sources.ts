/**
 * Puts an article's sources in reading order: cited sources first, numbered as in the text,
 * then the remaining listed sources. Ids are resolved against the article's inline sources and content/data/sources.json.
 */
import type { ArticleFrontmatter } from '../schemas/article';
import type { Source } from '../schemas/source';

export interface NumberedSource extends Source {
  /** Footnote number, or undefined for sources listed but not cited in the text. */
  n?: number;
}

export function orderArticleSources(
  listed: ArticleFrontmatter['sources'],
  citationOrder: readonly string[],
  lookup: (id: string) => Source | undefined,
): NumberedSource[] {
  const inline = new Map<string, Source>();
  for (const s of listed) if (typeof s !== 'string') inline.set(s.id, { ...s, url: s.url });
  const resolve = (id: string): Source => {
    const found = inline.get(id) ?? lookup(id);
    if (!found) throw new Error(`source "${id}" is cited but exists nowhere`);
    return found;
  };
  const cited = citationOrder.map((id, i) => ({ ...resolve(id), n: i + 1 }));
  const listedIds = listed.map((s) => (typeof s === 'string' ? s : s.id));
  const uncited = listedIds.filter((id, i) => !citationOrder.includes(id) && listedIds.indexOf(id) === i).map(resolve);
  return [...cited, ...uncited];
}
