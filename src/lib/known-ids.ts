/**
 * The ids that content may point at, read straight from content/ at build time.
 * Schemas and the MDX checker use these so that a wrong id fails the build with the file named.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-paths';

const filesIn = (dir: string, ext: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(ext) && !f.startsWith('_'))
        .map((f) => path.basename(f, ext))
    : [];

const readJsonIds = (file: string): string[] => {
  if (!fs.existsSync(file)) return [];
  const data: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  return Array.isArray(data) ? data.map((r: { id: string }) => r.id) : Object.keys(data as object);
};

let cache:
  | { sources: Set<string>; glossary: Set<string>; charts: Set<string>; articles: Set<string>; balticIncidents: Set<string>; balticAssets: Set<string> }
  | undefined;
let cachedStamp = '';

/**
 * When the folders and sources.json last changed. A running dev server sees a new term, source, chart or article
 * without a restart: adding or removing a file changes its folder's time, editing sources.json changes its own.
 */
function stamp(): string {
  return ['data/sources.json', 'data/baltic-incidents.json', 'data/baltic-assets.json', 'glossary', 'charts', 'articles']
    .map((p) => {
      try {
        return fs.statSync(contentDir(p)).mtimeMs;
      } catch {
        return 0;
      }
    })
    .join(':');
}

/** All known ids, read again whenever content/ has changed since the last call. */
export function knownIds() {
  const now = stamp();
  if (now !== cachedStamp) cache = undefined;
  cachedStamp = now;
  cache ??= {
    sources: new Set(readJsonIds(contentDir('data', 'sources.json'))),
    glossary: new Set(filesIn(contentDir('glossary'), '.yaml')),
    charts: new Set(filesIn(contentDir('charts'), '.yaml')),
    articles: new Set(filesIn(contentDir('articles'), '.mdx')),
    balticIncidents: new Set(readJsonIds(contentDir('data', 'baltic-incidents.json'))),
    balticAssets: new Set(readJsonIds(contentDir('data', 'baltic-assets.json'))),
  };
  return cache;
}

