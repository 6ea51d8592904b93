/**
 * Facts carry over from the datasets; sentences do not (src/lib/own-words.ts, the same code `npm run check:content`
 * and the build run). No article, glossary term or chart shares a run of ten words with the datasets' text fields,
 * outside quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { factRuns, ownWordsFiles, ownWordsProblems, sharedRuns } from '../../src/lib/own-words';

const runs = factRuns();

describe('site text is in its own words', () => {
  it('reads the datasets it compares against', () => {
    expect(runs.size).toBeGreaterThan(1000);
  });

  it.each(ownWordsFiles())('%s shares no run of ten words with the datasets', (file) => {
    expect(ownWordsProblems([file], runs)).toEqual([]);
  });

  it('finds a copied run with its line, and lets a quotation through', () => {
    const copied = [...runs][0]!;
    expect(sharedRuns(`intro\n\nThey said ${copied} today.`, runs)).toEqual([{ run: copied, line: 3 }]);
    expect(sharedRuns(`They said "${copied}" today.`, runs)).toEqual([]);
  });
});
