/**
 * The own-words rule for the tests: the reading and matching are src/lib/own-words.ts (which the build and
 * `npm run check:content` run against content/data); the tests also compare with the research in ../shared
 * (the fact sheets' JSON and README.md, and the seed article), which the build never reads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { dataTexts, runsOf, skipData, stringsIn } from '../../src/lib/own-words';

export * from '../../src/lib/own-words';

/** Where the research lives: ../shared beside the repository (in CI, a copy of it). */
export const sharedDir = path.resolve('..', 'shared');

/** The wording the site must not copy, as runs of RUN words, by where it comes from. */
export function forbiddenRuns(): { runs: Set<string>; from: Record<string, number> } {
  const texts: Record<string, string[]> = dataTexts(path.resolve('content', 'data'));
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
