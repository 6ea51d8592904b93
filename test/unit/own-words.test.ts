/**
 * Facts carry over from the datasets; sentences do not. No article, glossary term or chart text may share a run of
 * ten or more consecutive words with the text fields of content/data/*.json (the researched fact sheets' wording),
 * except inside quotation marks, where a quote is attributed on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RUN = 10;
const words = (text: string) => text.toLowerCase().match(/[a-z0-9£$%']+/g) ?? [];

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!['id', 'url', 'sources'].includes(key)) yield* strings(v);
  }
}

const factRuns = new Set<string>();
for (const file of fs.readdirSync('content/data').filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
  for (const text of strings(JSON.parse(fs.readFileSync(path.join('content/data', file), 'utf8')))) {
    const w = words(text);
    for (let i = 0; i + RUN <= w.length; i++) factRuns.add(w.slice(i, i + RUN).join(' '));
  }
}

/** The words a reader sees, less citations, markup and quotations. */
function prose(file: string): string[] {
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/"[^"\n]*"|“[^”]*”/g, ' ');
  return words(text);
}

const siteFiles = ['content/articles', 'content/glossary', 'content/charts'].flatMap((dir) =>
  fs.readdirSync(dir).filter((f) => /\.(mdx|yaml)$/.test(f)).map((f) => path.join(dir, f)),
);

describe('site text is in its own words', () => {
  it('reads the datasets it compares against', () => {
    expect(factRuns.size).toBeGreaterThan(1000);
  });

  it.each(siteFiles)('%s shares no run of ten words with the datasets', (file) => {
    const w = prose(file);
    const shared: string[] = [];
    for (let i = 0; i + RUN <= w.length; i++) {
      const run = w.slice(i, i + RUN).join(' ');
      if (factRuns.has(run)) shared.push(run);
    }
    expect(shared).toEqual([]);
  });
});
