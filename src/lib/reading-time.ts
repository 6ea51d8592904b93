/** Reading time in whole minutes at 230 words a minute, never less than one. */
export function readingMinutes(wordCount: number, wordsPerMinute = 230): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}
