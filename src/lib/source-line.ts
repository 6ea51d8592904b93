/**
 * A source line as readers see it, in one place for the .astro component (components/source/SourceEntry.astro) and
 * the React-rendered chart parts: original publisher, headline (linked where an address is known), date at the
 * precision known, "Primary document" for an organisation's own text, and "read via a republished copy at …" where
 * only a copy was read (the link then goes to that copy).
 */
import type { Source } from '../schemas/source';
import { formatPartialDate } from './dates';

/** The fields a source line shows. */
export type SourceLineInput = Pick<Source, 'publisher' | 'title' | 'date' | 'url'> & Partial<Pick<Source, 'read_via' | 'primary'>>;

export interface SourceLineParts {
  /** true: shown with the mark "Primary document". */
  primary: boolean;
  publisher: string;
  title: string;
  /** Where the headline links: the original, or the copy that was read; null when there is no public address. */
  href: string | null;
  /** "5 November 2025", "November 2025", or null when undated. */
  date: string | null;
  /** "read via a republished copy at RTÉ", or null when the original was read. */
  readVia: string | null;
}

/** The mark shown before a primary document. */
export const PRIMARY_MARK = 'Primary document';

/** A source's date as a source line writes it: to the day where the day is known, else the month or year. */
export function sourceDate(date: string | null | undefined): string | null {
  if (!date) return null;
  return formatPartialDate(date, date.length === 10 ? 'day' : 'month');
}

export function sourceLineParts(s: SourceLineInput): SourceLineParts {
  return {
    primary: s.primary === true,
    publisher: s.publisher,
    title: s.title,
    href: s.url,
    date: sourceDate(s.date),
    readVia: s.read_via ? `read via a republished copy at ${s.read_via.publisher}` : null,
  };
}

/** The same line as plain text, for tables, downloads and citations: "Primary document: NATO, Title, 4 December 2025". */
export function sourceLineText(s: SourceLineInput): string {
  const p = sourceLineParts(s);
  const main = [p.publisher, p.title, p.date].filter(Boolean).join(', ');
  return `${p.primary ? `${PRIMARY_MARK}: ` : ''}${main}${p.readVia ? ` (${p.readVia})` : ''}`;
}

/** Primary documents first, otherwise in the order given (a stable sort). */
export function primaryFirst<T extends { primary?: boolean | undefined }>(sources: readonly T[]): T[] {
  return [...sources.filter((s) => s.primary === true), ...sources.filter((s) => s.primary !== true)];
}

/** A source as a single-source note names it (src/lib/figures.ts, `singleSourceNote`): publisher, copy read, date. */
export function namedSource(s: SourceLineInput & { id: string }): { id: string; publisher: string; readVia: string | null; date: string | null } {
  return { id: s.id, publisher: s.publisher, readVia: s.read_via?.publisher ?? null, date: sourceDate(s.date) };
}
