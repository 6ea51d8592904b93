/** Small helpers for writing lists and counts in running text. Pure. */

/** "1 figure", "29 figures", with thousands separators. */
export function countOf(n: number, [one, many]: readonly [string, string]): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The byte length of a text in UTF-8 (for download sizes). */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
