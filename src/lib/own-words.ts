/**
 * Facts carry over; sentences do not. The words readers see, from every kind of file that holds them, and the
 * datasets' wording the site must not copy: content/data/*.json (but not sources.json, whose titles are the
 * documents' own). The build and `npm run check:content` run this against content/data (src/lib/content-check);
 * test/unit/own-words.test.ts also compares with the research in ../shared, which the build never reads
 * (test/support/own-words.ts).
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
import { contentDir } from './content-paths';
import { relativeFile, type Problem } from './editor-errors/problem';

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

/** Keys of data records that are never prose. */
export const skipData = new Set(['id', 'url', 'sources']);

/** The datasets' wording (content/data/*.json less sources.json), as runs of RUN words, by file. */
export function dataTexts(dataDir = contentDir('data')): Record<string, string[]> {
  const texts: Record<string, string[]> = {};
  for (const f of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    texts[`content/data/${f}`] = [...stringsIn(JSON.parse(fs.readFileSync(path.join(dataDir, f), 'utf8')), skipData)];
  }
  return texts;
}

/** The files whose words readers see that live under content/: articles, glossary terms, charts. */
export function contentProseFiles(): string[] {
  return ['articles', 'glossary', 'charts'].flatMap((dir) => {
    const d = contentDir(dir);
    return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => /\.(mdx|ya?ml)$/.test(f)).sort().map((f) => path.join(d, f)) : [];
  });
}

/** The line of a file where a run starts (its first words on one line), for the error message. */
function lineOfRun(source: string, run: string): number | undefined {
  const head = run.split(' ').slice(0, 4).join(' ');
  const i = source.split('\n').findIndex((line) => words(line).join(' ').includes(head));
  return i >= 0 ? i + 1 : undefined;
}

/** One problem per file that shares a run of RUN words with `forbidden` (by default the datasets' wording). */
export function ownWordsProblems(files = contentProseFiles(), forbidden = runsOf(Object.values(dataTexts()).flat())): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const shared = sharedRuns(file, forbidden);
    if (shared.length === 0) continue;
    const line = lineOfRun(fs.readFileSync(file, 'utf8'), shared[0]!);
    problems.push({
      file: relativeFile(file),
      ...(line ? { line } : {}),
      message: `${shared.length === 1 ? 'a run' : `${shared.length} runs`} of ${RUN} words copied from the datasets' wording, first: "${shared[0]}"`,
      fix: 'say it in your own words (facts carry over, sentences do not); a quotation in quotation marks, attributed to its source, is allowed. See docs/style.md',
    });
  }
  return problems;
}
