/** Pure keyboard navigation for <chart-explorer> (no DOM): reading order and which item a key moves to. */

/** Items sorted by their numeric order; ties (and missing orders, which go last) keep document order. */
export function sortByOrder<T>(items: readonly T[], orderOf: (item: T) => number | null): T[] {
  return items
    .map((item, i) => ({ item, i, order: orderOf(item) }))
    .sort((a, b) => {
      const ao = a.order ?? Number.POSITIVE_INFINITY;
      const bo = b.order ?? Number.POSITIVE_INFINITY;
      return ao === bo ? a.i - b.i : ao - bo;
    })
    .map((x) => x.item);
}

/** Parses a data-order attribute; null when absent or not a number. */
export function parseOrder(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Where a navigation key moves from position `index` in a list of `count` items; null if the key does not navigate.
 * Arrows stop at the ends (no wrapping), so readers know they reached the first or last item.
 */
export function targetIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(index, 0), last);
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

/**
 * What the live region says when an item gets focus: only its place in the list. The item's name is read by the
 * screen reader as focus arrives; saying it again would read every item twice.
 */
export function focusMessage(position: number, count: number): string {
  return `${position} of ${count}`;
}
