/**
 * "Facts checked to": each article's `facts_checked` date, and the site-wide cut-off, which is the latest of them.
 * The footer, the About and Data pages and every article use these, so the site states one cut-off everywhere.
 */
import { formatPartialDate } from './dates';

/** "June 2026" for 2026-06, "28 June 2026" for 2026-06-28. */
export function formatChecked(value: string): string {
  return formatPartialDate(value, value.length === 10 ? 'day' : 'month');
}

/** The site-wide cut-off: the latest `facts_checked` of the articles given (ISO strings sort by date). */
export function siteCutoff(articles: readonly { data: { facts_checked?: string | undefined } }[]): string | undefined {
  const dates = articles.map((a) => a.data.facts_checked).filter((d): d is string => typeof d === 'string');
  return dates.sort().at(-1);
}
