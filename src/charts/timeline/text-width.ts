/**
 * Rough width of a line of text in the site's sans-serif face, for label placement at build time (no DOM measuring).
 * Errs on the wide side so estimated boxes contain the real text.
 */
const NARROW = new Set([...'ijlt.,:;\'!|()[] ']);
const WIDE = new Set([...'mwMW@%&']);

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.32;
    else if (WIDE.has(ch)) em += 0.9;
    else if (ch >= 'A' && ch <= 'Z') em += 0.68;
    else if (ch >= '0' && ch <= '9') em += 0.58;
    else em += 0.56;
  }
  return em * fontSize;
}
