/**
 * The slice of the timeline a story needs, as an editor writes it in MDX:
 *   <IncidentTimeline chart="uk-cyber-timeline" highlight="jlr-nyt-attribution nato-ersoy-times" />
 *   highlight="…"   event ids, row keys, organisation keys or kinds: those events drawn strongly, the rest quieter;
 *   only="…"        row keys, organisation keys or kinds: only those events (kinds and organisations combine with "and");
 *   from="YYYY-MM[-DD]", to="…"   a date range (inclusive);
 *   compact="false" the full chart with every event's details even when embedded (compact is the default in articles).
 * Pure: the same checks run in the MDX checker (file and line) and in the component (a safety net).
 */
import type { TimelineKind } from '../../schemas/charts/timeline';
import { compactProblem, dateRangeProblems, inDateRange, parseCompact, sliceTitleProblems, words, type SliceWords } from '../frame/option-words';

export const KINDS: readonly TimelineKind[] = ['attack', 'response', 'russia', 'cost'];

/** What option values may name in one chart. */
export interface OptionVocabulary {
  events: ReadonlySet<string>;
  rows: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
}

export interface TimelineOptionsInput extends SliceWords {
  highlight?: string;
  only?: string;
  from?: string;
  to?: string;
  compact?: string | boolean;
}

export interface TimelineOptions {
  highlight: string[];
  only: string[];
  from?: string;
  to?: string;
  compact?: boolean;
}

/** The option names the timeline takes (besides chart=). */
export const TIMELINE_OPTION_NAMES = ['highlight', 'only', 'from', 'to', 'compact', 'title', 'subtitle', 'description'] as const;

/** Problems with an editor's options, each a sentence that says what to do; empty when all is well. */
export function checkTimelineOptions(input: TimelineOptionsInput, v: OptionVocabulary): string[] {
  const problems: string[] = [];
  const filterWords = [...v.rows, ...v.organisations, ...KINDS];
  for (const id of words(input.highlight)) {
    if (!v.events.has(id) && !v.rows.has(id) && !v.organisations.has(id) && !(KINDS as string[]).includes(id)) {
      problems.push(`highlight="…": unknown event, organisation or kind "${id}" (events are the ids under display: in the chart file; organisations and rows: ${[...v.rows, ...v.organisations].join(', ')}; kinds: ${KINDS.join(', ')})`);
    }
  }
  for (const id of words(input.only)) {
    if (!filterWords.includes(id)) {
      problems.push(`only="…": unknown organisation or kind "${id}" (use ${filterWords.join(', ')})`);
    }
  }
  problems.push(...dateRangeProblems(input.from, input.to));
  const compact = compactProblem(input.compact);
  if (compact) problems.push(compact);
  problems.push(...sliceTitleProblems(input));
  return problems;
}

export function parseTimelineOptions(input: TimelineOptionsInput): TimelineOptions {
  return {
    highlight: words(input.highlight),
    only: words(input.only),
    from: input.from,
    to: input.to,
    compact: parseCompact(input.compact),
  };
}

/** What the options need to know about an event. */
export interface OptionEvent {
  id: string;
  category: TimelineKind;
  /** Row keys whose story the event belongs to (model.filterRows). */
  rows: readonly string[];
  about: readonly string[];
  start: Date;
  at: Date;
}

function matchesWord(e: OptionEvent, w: string): boolean {
  return e.id === w || e.category === w || e.rows.includes(w) || e.about.includes(w);
}

/** Is the event in the slice? Kinds narrow organisations ("jlr russia": JLR's claims about Russia). */
export function inSlice(e: OptionEvent, o: TimelineOptions): boolean {
  const kinds = o.only.filter((w) => (KINDS as string[]).includes(w));
  const others = o.only.filter((w) => !(KINDS as string[]).includes(w));
  if (kinds.length > 0 && !kinds.includes(e.category)) return false;
  if (others.length > 0 && !others.some((w) => matchesWord(e, w))) return false;
  return inDateRange(e.at, o.from, o.to);
}

export function isHighlighted(e: OptionEvent, o: TimelineOptions): boolean {
  return o.highlight.some((w) => matchesWord(e, w));
}
