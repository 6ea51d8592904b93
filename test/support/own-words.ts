/**
 * Facts carry over; sentences do not. The words readers see, from every kind of file that holds them, and the
 * wording the site must not copy: content/data/*.json (but not sources.json, whose titles are the documents' own),
 * and the research in ../shared (the fact sheets' JSON and README.md, and the seed article).
 *
 * - MDX: every frontmatter value (parsed as YAML) and the body, less components, markup and citations.
 * - YAML (glossary, charts): every string value, parsed, except ids, slugs, source lists and other references.
 * - Astro pages: the text between tags and the readable attributes (title, description, dek, aria-label, alt, summary),
 *   less the frontmatter script, styles, scripts and {expressions}.
 * Inside any value only quotations are exempt: "…", “…” and ‘…’, where a quote is attributed on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const RUN = 10;

/** Lower-case word tokens; apostrophes are kept inside words, curly ones made straight. */
export const words = (text: string): string[] => text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9£$%']+/g) ?? [];

/** Quotations, which may be copied: straight double quotes, curly double quotes, curly single quotes. */
export const withoutQuotations = (text: string): string =>
  text.replace(/"[^"\n]*"/g, ' ').replace(/“[^”]*”/g, ' ').replace(/‘[^’]*’(?![a-z])/gi, ' ');

/** Keys whose values are references or machinery, never read as prose. */
const NOT_PROSE = new Set([
  'id',
  'slug',
  'url',
  'kind',
  'sources',
  'example_sources',
  'detail_sources',
  'related',
  'include',
  'exclude',
  'about',
  'keys',
  'from',
  'to',
  'date',
  'published',
  'updated',
  'tags',
  'category',
  'before',
  'after',
  'accessed_via',
]);

/** Every string in a parsed value, skipping keys that hold references. */
export function* stringsIn(value: unknown, skip: Set<string> = NOT_PROSE): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v, skip);
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) if (!skip.has(key)) yield* stringsIn(v, skip);
  }
}

/** The prose of an MDX body: components, tags and citations removed, markdown link targets dropped. */
function mdxBody(body: string): string {
  return body
    .replace(/<Cite[^>]*\/>/g, ' ')
    .replace(/<Fig[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
}

/** The prose of an Astro page: text between tags and readable attributes. */
function astroProse(source: string): string[] {
  const template = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ');
  const attributes = [...template.matchAll(/\b(?:title|description|dek|aria-label|alt|summary|label)="([^"]*)"/g)].map((m) => m[1]!);
  const text = template
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&[a-z]+;/g, ' ');
  return [...attributes, text];
}

/** The texts a reader sees in one file, each with quotations removed. */
export function readerTexts(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  let texts: string[];
  if (file.endsWith('.mdx')) {
    const match = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
    texts = match ? [...stringsIn(parse(match[1]!)), mdxBody(match[2]!)] : [mdxBody(source)];
  } else if (file.endsWith('.yaml') || file.endsWith('.yml')) {
    texts = [...stringsIn(parse(source))];
  } else if (file.endsWith('.astro')) {
    texts = astroProse(source);
  } else {
    texts = [source];
  }
  return texts.map(withoutQuotations);
}

/** Every run of RUN words in the given texts (runs never cross from one text to the next). */
export function runsOf(texts: Iterable<string>): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  }
  return runs;
}

/** The runs of a file's reader texts that appear in `forbidden`. */
export function sharedRuns(file: string, forbidden: Set<string>): string[] {
  return [...runsOf(readerTexts(file))].filter((run) => forbidden.has(run));
}

/** Where the research lives: ../shared beside the repository (in CI, a copy of it). */
export const sharedDir = path.resolve('..', 'shared');

/** The wording the site must not copy, as runs of RUN words, by where it comes from. */
export function forbiddenRuns(): { runs: Set<string>; from: Record<string, number> } {
  const texts: Record<string, string[]> = {};
  const dataDir = path.resolve('content', 'data');
  const skipData = new Set(['id', 'url', 'sources']);
  for (const f of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    texts[`content/data/${f}`] = [...stringsIn(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8')), skipData)];
  }
  const facts = path.join(sharedDir, 'facts');
  for (const f of fs.readdirSync(facts)) {
    const file = path.join(facts, f);
    if (f.endsWith('.json')) {
      // The fact sheets' source maps hold the documents' own titles; everything else is research wording.
      const { sources: _titles, ...rest } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      texts[`../shared/facts/${f}`] = [...stringsIn(rest, skipData)];
    } else if (f.endsWith('.md')) {
      texts[`../shared/facts/${f}`] = [fs.readFileSync(file, 'utf8')];
    }
  }
  texts['../shared/seed/article.txt'] = [fs.readFileSync(path.join(sharedDir, 'seed', 'article.txt'), 'utf8')];
  const runs = new Set<string>();
  const from: Record<string, number> = {};
  for (const [where, list] of Object.entries(texts)) {
    const r = runsOf(list);
    from[where] = r.size;
    for (const run of r) runs.add(run);
  }
  return { runs, from };
}
