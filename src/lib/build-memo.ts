/**
 * Work done once per production build instead of once per page: a chart's model is the same on its own page, its
 * embed page, the home page and every article that shows it, so it is built the first time it is asked for and kept.
 * Only in `astro build`: the dev server reads content that editors change under it, so there every call computes afresh.
 * What callers get is shared between pages: they must not change it.
 */

/** Whether results are kept: in a production build (and wherever `import.meta.env` is absent, e.g. plain Node). */
const keepByDefault: boolean = !(import.meta.env?.DEV ?? false);

/**
 * `fn`, with its result kept under `keyOf(...args)` for the rest of the build. A promise is kept as it is (callers
 * share it) and forgotten if it rejects, so an error is reported again by the next page that asks.
 */
export function buildMemo<A extends unknown[], T>(keyOf: (...args: A) => string, fn: (...args: A) => T, keep = keepByDefault): (...args: A) => T {
  if (!keep) return fn;
  const kept = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    if (kept.has(key)) return kept.get(key)!;
    const value = fn(...args);
    kept.set(key, value);
    if (value instanceof Promise) value.catch(() => kept.delete(key));
    return value;
  };
}
