/**
 * Feeds and discovery, read from the built site: the RSS feed, the sitemap and robots.txt name only pages that exist
 * in dist/ (at the root and under the sub-path); every page has a canonical URL and link-preview meta; every JSON-LD
 * block parses and carries the fields its type requires (NewsArticle on articles, Dataset on the Data page and chart
 * pages, DefinedTerm on the glossary).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, distSubpath, subpathBase } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { decodeEntities } from '../support/html';

const SITE = 'https://greyzone.example';

/** The file in dist that an absolute URL of the site serves, or null when the URL is not under the site and base. */
function fileForUrl(url: string, dist: string, base: string): string | null {
  const prefix = `${SITE}${base}`;
  if (!url.startsWith(prefix)) return null;
  const rel = decodeURIComponent(url.slice(prefix.length).split(/[?#]/)[0] ?? '');
  return rel === '' || rel.endsWith('/') ? path.join(dist, rel, 'index.html') : path.join(dist, rel);
}

const locs = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((m) => decodeEntities(m[1]!));

describe.each([
  ['the domain root', distRoot, '/'],
  ['the sub-path', distSubpath, subpathBase],
] as const)('feed, sitemap and robots.txt at %s', (_label, dist, base) => {
  const missing = (urls: string[]) => urls.filter((u) => { const f = fileForUrl(u, dist, base); return !f || !fs.existsSync(f); });

  it('the RSS feed lists every article, each with a title, date, summary and a link that exists', () => {
    const xml = fs.readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    const articlePages = builtPages(dist).filter((p) => /^articles\/[^/]+\/$/.test(p));
    expect(items.length).toBe(articlePages.length);
    for (const item of items) {
      expect(item).toMatch(/<title>[^<]{5,}<\/title>/);
      expect(item).toMatch(/<pubDate>[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4}/);
      expect(item).toMatch(/<description>[^<]{20,}<\/description>/);
      expect(item).toMatch(/<atom:updated>\d{4}-\d{2}-\d{2}T/);
    }
    const links = items.map((i) => locs(i, 'link')[0]!);
    expect(missing(links)).toEqual([]);
    expect(xml).toContain(`<atom:link href="${SITE}${base}rss.xml" rel="self"`);
  });

  it('the sitemap lists every page but the 404 and embed pages, and nothing that does not exist', () => {
    const index = fs.readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
    const maps = locs(index, 'loc');
    expect(maps.length).toBeGreaterThan(0);
    expect(missing(maps)).toEqual([]);
    const urls = maps.flatMap((m) => locs(fs.readFileSync(fileForUrl(m, dist, base)!, 'utf8'), 'loc'));
    expect(missing(urls)).toEqual([]);
    const expected = builtPages(dist)
      .filter((p) => p !== '404.html' && !p.startsWith('embed/'))
      .map((p) => `${SITE}${base}${p}`);
    expect([...urls].sort()).toEqual(expected.sort());
  });

  it('robots.txt names the sitemap', () => {
    const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
  });
});

const pages = builtPages(distRoot);

describe('every page has a canonical URL and link-preview meta', () => {
  it.each(pages.filter((p) => p !== '404.html' && !p.startsWith('embed/')))('/%s', (page) => {
    const html = readPage(distRoot, page);
    const url = `${SITE}/${page}`;
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(`<meta property="og:url" content="${url}">`);
    expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}">/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary(_large_image)?">/);
    expect(html).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="\/rss\.xml">/);
  });
});

type Json = Record<string, unknown>;
const jsonLdBlocks = (html: string): Json[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Json);
const str = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
const isDay = (v: unknown) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v));

/** What schema.org and the search engines' rich-result rules require of each type we publish; [] when it holds. */
function problems(block: Json, dist = distRoot): string[] {
  const out: string[] = [];
  const need = (cond: boolean, what: string) => { if (!cond) out.push(`${String(block['@type'])}: ${what}`); };
  const type = block['@type'];
  const exists = (u: unknown) => { const f = typeof u === 'string' ? fileForUrl(u, dist, '/') : null; return !!f && fs.existsSync(f); };
  switch (type) {
    case 'NewsArticle': {
      need(str(block.headline) && String(block.headline).length <= 110, 'headline (at most 110 characters)');
      need(isDay(block.datePublished), 'datePublished');
      need(isDay(block.dateModified) && String(block.dateModified) >= String(block.datePublished), 'dateModified, not before datePublished');
      const authors = block.author as Json[] | undefined;
      need(Array.isArray(authors) && authors.length > 0 && authors.every((a) => str(a.name) && ['Person', 'Organization'].includes(String(a['@type']))), 'author with @type and name');
      const publisher = block.publisher as Json | undefined;
      need(!!publisher && publisher['@type'] === 'Organization' && str(publisher.name), 'publisher Organization with name');
      need(exists(block.url), 'url of a built page');
      const images = block.image as unknown[] | undefined;
      need(Array.isArray(images) && images.length > 0 && images.every(exists), 'image URLs that exist');
      break;
    }
    case 'Dataset': {
      need(str(block.name), 'name');
      need(str(block.description) && String(block.description).length >= 50 && String(block.description).length <= 5000, 'description of 50 to 5000 characters');
      need(str(block.url), 'url');
      const dist_ = block.distribution as Json[] | undefined;
      need(Array.isArray(dist_) && dist_.length > 0, 'distribution');
      for (const d of dist_ ?? []) {
        need(d['@type'] === 'DataDownload' && str(d.encodingFormat), 'DataDownload with encodingFormat');
        need(exists(d.contentUrl), `contentUrl that exists (${String(d.contentUrl)})`);
      }
      break;
    }
    case 'DataCatalog': {
      const sets = block.dataset as Json[] | undefined;
      need(str(block.name) && Array.isArray(sets) && sets.length > 0, 'name and datasets');
      for (const s of sets ?? []) out.push(...problems(s, dist));
      break;
    }
    case 'DefinedTerm':
      need(str(block.name) && str(block.description) && exists(block.url), 'name, description and a url that exists');
      break;
    case 'DefinedTermSet':
      need(str(block.name) && Array.isArray(block.hasDefinedTerm), 'name and hasDefinedTerm');
      break;
    default:
      out.push(`unexpected @type ${String(type)}`);
  }
  if ('@context' in block) need(block['@context'] === 'https://schema.org', '@context https://schema.org');
  return out;
}

describe('structured data (JSON-LD)', () => {
  it.each(pages)('/%s: every block parses and has its required fields', (page) => {
    const blocks = jsonLdBlocks(readPage(distRoot, page));
    for (const b of blocks) expect(problems(b), JSON.stringify(b).slice(0, 300)).toEqual([]);
  });

  it('each article has a NewsArticle, the Data page a catalogue of every dataset, each chart page a Dataset', () => {
    for (const page of pages.filter((p) => /^articles\/[^/]+\/$/.test(p))) {
      expect(jsonLdBlocks(readPage(distRoot, page)).map((b) => b['@type'])).toContain('NewsArticle');
    }
    const catalogue = jsonLdBlocks(readPage(distRoot, 'data/')).find((b) => b['@type'] === 'DataCatalog');
    const datasetFiles = fs.readdirSync(path.join(distRoot, 'data')).filter((f) => f.endsWith('.json'));
    expect((catalogue?.dataset as Json[]).length).toBe(datasetFiles.length);
    for (const page of pages.filter((p) => /^charts\/[^/]+\/$/.test(p))) {
      expect(jsonLdBlocks(readPage(distRoot, page)).map((b) => b['@type'])).toContain('Dataset');
    }
  });

  it('the checker fails a block that misses a required field', () => {
    expect(problems({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' }).length).toBeGreaterThan(2);
    expect(problems({ '@type': 'Dataset', name: 'x', description: 'short', url: 'u', distribution: [] }).length).toBeGreaterThan(1);
  });
});
