/**
 * What every chart's MDX options share: lists of ids written as words (`highlight="a b"`) and the `compact` switch,
 * read and checked the same way for each kind (timeline/options.ts, baltic-map/options.ts).
 */

/** Ids an editor wrote, separated by spaces or commas. */
export const words = (s: string | undefined): string[] => (s ?? '').split(/[\s,]+/).filter(Boolean);

/** The problem with a `compact=` value, or null: MDX passes "true"/"false" as strings, or a boolean from {…}. */
export function compactProblem(compact: string | boolean | undefined): string | null {
  return typeof compact === 'string' && !['true', 'false'].includes(compact) ? `compact="${compact}": write compact="true" or compact="false"` : null;
}

/** `compact=` as a boolean, or undefined when the editor left it out (the chart's default applies). */
export const parseCompact = (compact: string | boolean | undefined): boolean | undefined =>
  compact === undefined ? undefined : compact === true || compact === 'true';
