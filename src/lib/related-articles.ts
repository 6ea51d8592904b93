/** Related articles: those sharing the most tags, newest first among equals. */
interface Taggable {
  id: string;
  data: { tags: string[]; published: Date };
}

export function relatedArticles<T extends Taggable>(article: T, all: T[], max = 3): T[] {
  const tags = new Set(article.data.tags);
  return all
    .filter((a) => a.id !== article.id)
    .map((a) => ({ a, shared: a.data.tags.filter((t) => tags.has(t)).length }))
    .filter((x) => x.shared > 0)
    .sort((x, y) => y.shared - x.shared || y.a.data.published.getTime() - x.a.data.published.getTime())
    .slice(0, max)
    .map((x) => x.a);
}
