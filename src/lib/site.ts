/**
 * The site's identity for feeds, link previews and structured data: its name, publisher, and absolute URLs built
 * from SITE_URL (astro.config `site`) and the base path, so canonical links work at a root and under a sub-path.
 */
import { withBase } from './paths';
import { routes } from './routes';

export const SITE_NAME = 'Grey Zone';
export const SITE_DESCRIPTION =
  'Explainers on hybrid attacks on Europe: ransomware on British companies, damaged Baltic Sea cables and NATO’s debate about how to answer.';
export const SITE_LOCALE = 'en_GB';

/** An absolute URL for a site path ("/articles/x/"), with the base path: https://example.org/grey-zone/articles/x/. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  const origin = site ?? (import.meta.env?.SITE as string | undefined);
  const prefixed = withBase(path);
  // Without a site (a component rendered alone, as in unit tests) the address stays a site path.
  return origin ? new URL(prefixed, origin).href : prefixed;
}

/** The publisher as schema.org wants it in NewsArticle and Dataset. */
export function publisherJsonLd(site: URL | string | undefined): Record<string, unknown> {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: absoluteUrl('/', site),
    logo: { '@type': 'ImageObject', url: absoluteUrl('/favicon.svg', site) },
  };
}

/** A dataset's downloads (JSON and CSV) as absolute URLs, for its Dataset structured data. */
export function datasetDownloads(name: string, site: URL | string | undefined): { url: string; format: 'text/csv' | 'application/json' }[] {
  return [
    { url: absoluteUrl(routes.dataset(name, 'json'), site), format: 'application/json' },
    { url: absoluteUrl(routes.dataset(name, 'csv'), site), format: 'text/csv' },
  ];
}
