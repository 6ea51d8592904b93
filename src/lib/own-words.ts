/**
 * Facts carry over from the datasets; sentences do not. No article, glossary term or chart text may share a run of
 * ten or more consecutive words with the text fields of content/data/*.json (the researched fact sheets' wording),
 * except inside quotation marks, where a quote is attributed on purpose. The datasets' wording is the researchers';
 * the site's sentences must be our own, so that we can stand behind every one and readers are not handed notes as prose.
 *
 * Used by `npm run check:content`, by the build (through the content check) and by test/unit/own-words.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from './content-paths';
import { relativeFile, type Problem } from './editor-errors/problem';

/** How many words in a row count as copied. */
export const OWN_WORDS_RUN = 10;

const words = (text: string) => text.toLowerCase().match(/[a-z0-9£$%']+/g) ?? [];

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!['id', 'url', 'sources'].includes(key)) yield* strings(v);
  }
}

/** Every run of OWN_WORDS_RUN words in the datasets' text fields (sources.json excepted). */
export function factRuns(dataDir = contentDir('data')): Set<string> {
  const runs = new Set<string>();
  for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    for (const text of strings(JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8')))) {
      const w = words(text);
      for (let i = 0; i + OWN_WORDS_RUN <= w.length; i++) runs.add(w.slice(i, i + OWN_WORDS_RUN).join(' '));
    }
  }
  return runs;
}

/** The words a reader sees on one line, less citations, markup and quotations. */
const proseWords = (line: string) =>
  words(line.replace(/<Cite[^>]*\/>/g, '').replace(/<[^>]+>/g, ' ').replace(/"[^"\n]*"|“[^”]*”/g, ' '));

/** The runs a file shares with the datasets, each with the line it starts on. */
export function sharedRuns(text: string, runs: Set<string>): { run: string; line: number }[] {
  const all: { word: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const word of proseWords(line)) all.push({ word, line: i + 1 });
  });
  const found: { run: string; line: number }[] = [];
  for (let i = 0; i + OWN_WORDS_RUN <= all.length; i++) {
    const run = all.slice(i, i + OWN_WORDS_RUN).map((w) => w.word).join(' ');
    if (runs.has(run)) found.push({ run, line: all[i]!.line });
  }
  return found;
}

/** The files the rule covers: articles, glossary terms and charts. */
export function ownWordsFiles(): string[] {
  return ['articles', 'glossary', 'charts'].flatMap((dir) => {
    const d = contentDir(dir);
    return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => /\.(mdx|yaml)$/.test(f)).map((f) => path.join(d, f)) : [];
  });
}

/** One problem per file that shares wording with the datasets, at the first shared run's line. */
export function ownWordsProblems(files = ownWordsFiles(), runs = factRuns()): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    const shared = sharedRuns(fs.readFileSync(file, 'utf8'), runs);
    if (shared.length === 0) continue;
    // Overlapping runs of one copied passage: report the passage once.
    const lines = [...new Set(shared.map((s) => s.line))];
    problems.push({
      file: relativeFile(file),
      line: shared[0]!.line,
      message: `${shared.length === 1 ? 'a run' : `${shared.length} runs`} of ${OWN_WORDS_RUN} or more words copied from the datasets' wording (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}): "${shared[0]!.run}"`,
      fix: 'say it in your own words (facts carry over, sentences do not); a quotation in "quotation marks" with its source is allowed. See docs/style.md',
    });
  }
  return problems;
}
