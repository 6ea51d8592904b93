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

let cache: { sources: Set<string>; glossary: Set<string>; charts: Set<string>; articles: Set<string> } | undefined;

/** All known ids, read once per process. */
export function knownIds() {
  cache ??= {
    sources: new Set(readJsonIds(contentDir('data', 'sources.json'))),
    glossary: new Set(filesIn(contentDir('glossary'), '.yaml')),
    charts: new Set(filesIn(contentDir('charts'), '.yaml')),
    articles: new Set(filesIn(contentDir('articles'), '.mdx')),
  };
  return cache;
}

/** Forget the cached ids (tests that write fixtures call this). */
export function resetKnownIds(): void {
  cache = undefined;
}
