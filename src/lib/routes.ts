/**
 * The site's internal addresses, without the base path. Pages and the MDX link checker share this list,
 * so a link to a page that does not exist fails the build.
 */
import { knownIds } from './known-ids';
import { glossaryCategorySlugs } from './glossary';
import { datasetNames } from './dataset-catalogue';

export const routes = {
  home: '/',
  articles: '/articles/',
  article: (slug: string) => `/articles/${slug}/`,
  glossary: '/glossary/',
  term: (slug: string) => `/glossary/${slug}/`,
  glossaryCategory: (category: string) => `/glossary/category/${category}/`,
  data: '/data/',
  /** A dataset's download on the Data page: /data/<name>.json or /data/<name>.csv. */
  dataset: (name: string, format: 'json' | 'csv') => `/data/${name}.${format}`,
  /** A dataset's records, one after another, each with its sources: /data/<name>/. */
  datasetRecords: (name: string) => `/data/${name}/`,
  /** One record on its dataset's page: /data/<name>/#<record-id> (where a <Fig> links). */
  record: (name: string, id: string) => `/data/${name}/#${id}`,
  chart: (id: string) => `/charts/${id}/`,
  about: '/about/',
  search: '/search/',
  /** A chart alone, for other sites to frame: /embed/<id>/. */
  embed: (id: string) => `/embed/${id}/`,
} as const;

/** The routes for each set of known ids: the MDX checker asks once per article, and the set grows with the site. */
const routesFor = new WeakMap<ReturnType<typeof knownIds>, Set<string>>();

/** Every page address the site builds, for link checking. Shared between callers: do not change it. */
export function knownRoutes(): Set<string> {
  const ids = knownIds();
  let known = routesFor.get(ids);
  if (!known) {
    known = allRoutes(ids);
    routesFor.set(ids, known);
  }
  return known;
}

function allRoutes(ids: ReturnType<typeof knownIds>): Set<string> {
  return new Set([
    routes.home,
    routes.articles,
    routes.glossary,
    routes.data,
    routes.about,
    routes.search,
    ...[...ids.articles].map(routes.article),
    ...[...ids.glossary].map(routes.term),
    ...glossaryCategorySlugs.map(routes.glossaryCategory),
    ...[...ids.charts].map(routes.chart),
    ...[...ids.charts].map(routes.embed),
    ...datasetNames.flatMap((name) => [routes.dataset(name, 'json'), routes.dataset(name, 'csv')]),
    ...datasetNames.filter((name) => name !== 'sources').map(routes.datasetRecords),
  ]);
}

/** Normalises "/glossary/x#y" or "/glossary/x" to "/glossary/x/" for lookup; a file ("/data/x.csv") keeps its name. */
export function normaliseInternalPath(href: string): string {
  const path = href.split(/[?#]/)[0] ?? '/';
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}
