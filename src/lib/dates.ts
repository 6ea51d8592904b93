/** Date formatting for readers: never more precise than the reporting. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
