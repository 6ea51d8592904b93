/** "Did you mean …?" for a misspelt id, slug, tag or field name, by edit distance (fastest-levenshtein). */
import { distance } from 'fastest-levenshtein';

/** The closest candidate, if it is close enough to be a likely typo (at most a third of the word's letters differ). */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(value.toLowerCase(), c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(value.length, best.length) / 3));
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}

/** `: did you mean "double-extortion"?`, or an empty string when nothing is close. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const c = closest(value, candidates);
  return c ? `: did you mean "${c}"?` : '';
}
