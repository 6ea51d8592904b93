import { MONTHS, MONTHS_SHORT } from '../../lib/dates';
/**
 * Number and period wording for the profit chart. Pure: no astro:content, no React, no DOM.
 * Figures are shown as the data holds them (one decimal place where the data has one); changes are worked out here.
 */

/** The typographic minus sign, used in everything readers see (CSV and JSON keep the ASCII hyphen). */
export const MINUS = '\u2212';

/** One formatter for every figure (toLocaleString with options builds a new one per call, and the layout calls it often). */
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** A number in en-GB style with at most one decimal place, and a real minus sign: 391.9, 7,942.3, −12. */
export function formatNumber(value: number): string {
  const text = ONE_DECIMAL.format(Math.abs(value));
  return value < 0 ? `${MINUS}${text}` : text;
}

/** £ millions as M&S reports them: "£391.9m", "£100m", "−£12.5m". */
export function formatGbpMillions(value: number): string {
  const text = `£${ONE_DECIMAL.format(Math.abs(value))}m`;
  return value < 0 ? `${MINUS}${text}` : text;
}

/**
 * Percentage change from `before` to `after`, measured against the size of `before`.
 * Null when there is no meaningful base (before is zero).
 */
export function percentChange(before: number, after: number): number | null {
  if (before === 0) return null;
  return ((after - before) / Math.abs(before)) * 100;
}

/** A percentage change rounded to one decimal place, as a number for the CSV/JSON (e.g. -99.1). */
export function roundChange(change: number): number {
  const rounded = Math.round(change * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** "−99.1%", "+22.5%", "0%": the change as an annotation on the chart. */
export function formatChange(change: number): string {
  const rounded = roundChange(change);
  const text = `${ONE_DECIMAL.format(Math.abs(rounded))}%`;
  if (rounded < 0) return `${MINUS}${text}`;
  if (rounded > 0) return `+${text}`;
  return text;
}

/** The change in words, for screen readers and prose: "down 99.1%", "up 22.5%", "unchanged". */
export function describeChange(change: number): string {
  const rounded = roundChange(change);
  const size = `${ONE_DECIMAL.format(Math.abs(rounded))}%`;
  if (rounded < 0) return `down ${size}`;
  if (rounded > 0) return `up ${size}`;
  return 'unchanged';
}

/** Full month name -> three letters, from the site's one list of month names. */
const SHORT_OF = new Map<string, string>(MONTHS.map((m, i) => [m, MONTHS_SHORT[i]!]));

/** M&S's period label in plain words: "26 weeks ended 28 September 2024" -> "26 weeks to 28 September 2024". */
export function periodLong(periodLabel: string): string {
  return periodLabel.replace(/\bended\b/, 'to');
}

/** The same, short enough for a chart label: "26 weeks to 28 Sep 2024". */
export function periodShort(periodLabel: string): string {
  return periodLong(periodLabel).replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
    (m) => SHORT_OF.get(m) ?? m,
  );
}

/** A period's short code as a CSV column key: "H1 2024/25" -> "h1_2024_25". */
export function periodKey(periodCode: string): string {
  return periodCode
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
