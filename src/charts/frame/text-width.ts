/**
 * Text width without a DOM, for every chart: an estimate from per-character advance widths, so a layout can place
 * labels and avoid collisions at build time. Widths are those of DejaVu Sans (em units), the widest of the common
 * system sans-serif faces the site's `--font-sans` falls back to; Segoe UI, San Francisco and Roboto set narrower,
 * so estimates err on the safe side. Also the word wrapping that goes with it.
 */

const DEFAULT_LOWER = 0.62;
const DEFAULT_UPPER = 0.72;

const WIDTHS: Record<string, number> = {
  ' ': 0.318,
  '.': 0.318,
  ',': 0.318,
  ':': 0.337,
  ';': 0.337,
  "'": 0.275,
  '’': 0.318,
  '!': 0.4,
  '|': 0.337,
  '(': 0.39,
  ')': 0.39,
  '/': 0.337,
  '-': 0.361,
  '–': 0.5,
  '—': 1,
  '\u2212': 0.838,
  '+': 0.838,
  '%': 0.95,
  '£': 0.636,
  '$': 0.636,
  '&': 0.78,
  f: 0.352,
  i: 0.278,
  j: 0.278,
  l: 0.278,
  m: 0.974,
  r: 0.411,
  s: 0.521,
  t: 0.392,
  w: 0.818,
  c: 0.55,
  k: 0.579,
  v: 0.592,
  x: 0.592,
  y: 0.592,
  z: 0.525,
  I: 0.295,
  J: 0.295,
  M: 0.863,
  W: 0.989,
};

/**
 * Estimated width in px of `text` set at `size` px; bold runs about 10% wider. `tracking` is letter-spacing in em,
 * added after every character (as CSS letter-spacing is).
 */
export function textWidth(text: string, size: number, bold = false, tracking = 0): number {
  let em = 0;
  for (const ch of text) {
    const known = WIDTHS[ch];
    if (known !== undefined) em += known;
    else if (/[0-9]/.test(ch)) em += 0.636;
    else if (/[a-z]/.test(ch)) em += DEFAULT_LOWER;
    else if (/[A-Z]/.test(ch)) em += DEFAULT_UPPER;
    else em += DEFAULT_LOWER;
  }
  return em * size * (bold ? 1.1 : 1) + [...text].length * tracking * size;
}

/** Measures one line of text in px (e.g. `(line) => textWidth(line, 12, true)`). */
export type Measure = (line: string) => number;

/**
 * Breaks `text` into lines no wider than `maxWidth` at word boundaries (a single word longer than the width
 * gets a line of its own).
 */
export function wrapText(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Like wrapText, but with lines of even length (as CSS text-wrap: balance): the fewest lines that fit,
 * then the narrowest width that still needs no more lines. Avoids a lone last word.
 */
export function wrapBalanced(text: string, maxWidth: number, measure: Measure): string[] {
  const greedy = wrapText(text, maxWidth, measure);
  if (greedy.length < 2) return greedy;
  let lo = 0;
  let hi = maxWidth;
  let best = greedy;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    const lines = wrapText(text, mid, measure);
    if (lines.length <= greedy.length && lines.every((l) => measure(l) <= mid || !l.includes(' '))) {
      best = lines;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}
