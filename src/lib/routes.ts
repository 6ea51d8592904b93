/**
 * The site's internal addresses, without the base path. Pages and the MDX link checker share this list,
 * so a link to a page that does not exist fails the build.
 */
import { knownIds } from './known-ids';
import { glossaryCategorySlugs } from './glossary';

export const routes = {
  home: '/',
  articles: '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  glossary: '/glossary/',
  term: (slug: string) => `/glossary/${slug}/`,
  glossaryCategory: (category: string) => `/glossary/category/${category}/`,
  data: '/data/',
  chart: (id: string) => `/charts/${id}/`,
  about: '/about/',
} as const;

/** Every page address the site builds, for link checking. */
export function knownRoutes(): Set<string> {
  const ids = knownIds();
  return new Set([
    routes.home,
    routes.articles,
    routes.glossary,
    routes.data,
    routes.about,
    ...[...ids.articles].map(routes.article),
    ...[...ids.glossary].map(routes.term),
    ...glossaryCategorySlugs.map(routes.glossaryCategory),
    ...[...ids.charts].map(routes.chart),
  ]);
}

/** Normalises "/glossary/x#y" or "/glossary/x" to "/glossary/x/" for lookup. */
export function normaliseInternalPath(href: string): string {
  const path = href.split(/[?#]/)[0] ?? '/';
  return path.endsWith('/') ? path : `${path}/`;
}
