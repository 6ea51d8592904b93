/** Date formatting for readers: never more precise than the reporting. */

/** Month names, January first: the one copy the site and its charts use. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
/** The same, three letters: "Jan", "Sep". */
export const MONTHS_SHORT = MONTHS.map((m) => m.slice(0, 3));

/** "June 2025" from a Date (UTC). */
export function monthYear(date: Date): string {
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** How precisely a date is known, once normalised: the datasets also write "hour" (a day) and "approximate". */
export type Precision = 'day' | 'month' | 'approx';

/** Normalises the datasets' precision words: "hour" shows as a day, "approximate" as approx. */
export function normalisePrecision(value: string): Precision {
  if (value === 'day' || value === 'hour') return 'day';
  if (value === 'month') return 'month';
  if (value === 'approx' || value === 'approximate') return 'approx';
  throw new Error(`unknown date_precision "${value}": use day, hour, month, approx or approximate`);
}

/** The precision as a data table and CSV download write it: "day", "month only", "approximate". */
export function precisionInTable(precision: Precision): string {
  return precision === 'day' ? 'day' : precision === 'month' ? 'month only' : 'approximate';
}

/** The month's full name from its 0-based index. */
export const monthName = (index: number): string => MONTHS[index]!;

/** "4 December 2025" from a Date (UTC). */
export function formatDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** ISO day "2025-12-04" for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A partial date ("2025-12-04", "2025-12", "2025") at the precision given:
 * day -> "4 December 2025", month -> "December 2025", approx -> "around December 2025".
 */
export function formatPartialDate(value: string, precision: string = 'day'): string {
  const [y, m, d] = value.split('-').map(Number);
  const month = m ? MONTHS[m - 1] : undefined;
  let text: string;
  if (precision === 'month' || !d) text = month ? `${month} ${y}` : String(y);
  else text = `${d} ${month} ${y}`;
  if (precision === 'approx' || precision === 'approximate') text = `around ${text}`;
  return text;
}
