/** Runs the content check and says what it found, for `npm run check:content`, the build and the dev server. */
import { formatProblems } from '../editor-errors/problem';
import { checkContent } from './check-content';

/** The block to print and whether the content is fine. */
export function contentReport(): { ok: boolean; text: string; count: number } {
  const problems = checkContent();
  if (problems.length === 0) return { ok: true, count: 0, text: 'Content check: no problems.' };
  return { ok: false, count: problems.length, text: formatProblems(problems) };
}
