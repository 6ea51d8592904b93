/**
 * What every chart's MDX options share: lists of ids written as words (`highlight="a b"`) and the `compact` switch,
 * read and checked the same way for each kind (timeline/options.ts, baltic-map/options.ts), and the date range
 * (`from=`, `to=`: YYYY-MM or YYYY-MM-DD, both ends inclusive).
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

const DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Problems with `from=` and `to=`, each a sentence that says what to do. */
export function dateRangeProblems(from: string | undefined, to: string | undefined): string[] {
  const problems: string[] = [];
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !DATE.test(value)) problems.push(`${name}="${value}": write a date as YYYY-MM or YYYY-MM-DD`);
  }
  if (from && to && DATE.test(from) && DATE.test(to) && from > to) problems.push(`from="${from}" is after to="${to}"`);
  return problems;
}

/** The first moment of a from= date, or the first moment after a to= date (a month or a day). */
export function rangeEdge(value: string, end: boolean): Date {
  const [y, m, d] = value.split('-').map(Number);
  if (d === undefined) return new Date(Date.UTC(y!, end ? m! : m! - 1, 1));
  return new Date(Date.UTC(y!, m! - 1, end ? d + 1 : d));
}

/** Is a moment inside the editor's range (either end may be left out)? */
export const inDateRange = (at: Date, from: string | undefined, to: string | undefined): boolean =>
  !(from && at < rangeEdge(from, false)) && !(to && at >= rangeEdge(to, true));

/**
 * A slice's own words: `title=` (its finding), `subtitle=` (what is drawn, with its dates) and `description=` (what a
 * screen reader hears of the drawing: what the slice draws and what it shows).
 */
export interface SliceWords {
  title?: string;
  subtitle?: string;
  description?: string;
}

const SLICE_WORD_ASK = {
  title: 'title="…" (what the slice shows, its finding)',
  subtitle: 'subtitle="…" (what is drawn, and its dates)',
  description: 'description="…" (what a screen reader hears of the drawing: what it draws and shows)',
} as const;

/** "title", "title and subtitle", "title, subtitle and description". */
const listed = (names: readonly string[]): string =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Problems with a slice's title and subtitle. A slice that narrows the chart (`only=`, `from=`, `to=`) shows less than
 * the chart's own title and subtitle speak of, so it needs both of its own; `highlight=` alone keeps the chart's words.
 * Each sentence starts with the option it is about, so a frontmatter problem is reported on that line.
 */
export function sliceTitleProblems(input: SliceWords & { only?: string; from?: string; to?: string }): string[] {
  const problems: string[] = [];
  for (const name of ['title', 'subtitle', 'description'] as const) {
    const value = input[name];
    if (value !== undefined && value.trim().length < 5) problems.push(`${name}="${value}": write the slice's ${name === 'title' ? 'finding' : name === 'subtitle' ? 'description of what is drawn' : 'description for screen readers'} in a sentence`);
  }
  const narrowing = (['only', 'from', 'to'] as const).filter((o) => input[o] !== undefined);
  const missing = (['title', 'subtitle', 'description'] as const).filter((o) => input[o] === undefined);
  if (narrowing.length > 0 && missing.length > 0) {
    const first = narrowing[0]!;
    const said = narrowing.map((o) => `${o}="${input[o]}"`).join(' ');
    problems.push(
      `${first}="${input[first]}": this slice (${said}) shows part of the chart, so the chart's own ${listed(missing)} ${missing.length > 1 ? 'do' : 'does'} not fit it: ` +
        `add ${listed(missing.map((o) => SLICE_WORD_ASK[o]))}`,
    );
  }
  return problems;
}
