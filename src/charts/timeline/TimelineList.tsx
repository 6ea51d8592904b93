/**
 * The vertical timeline for narrow screens: events grouped by month, each a row (the mark) with its details below.
 * Without JavaScript every row shows its details; with <chart-explorer> a row opens and closes its own details.
 */
import type { Source } from '../../schemas/source';
import { categoryByKey } from './categories';
import { eventLabel, type TimelineEvent } from './events';
import { EventPanel } from './EventPanel';
import { ShapeIcon } from './ShapeIcon';

interface Props {
  events: readonly TimelineEvent[];
  sources: Record<string, Source>;
  idPrefix: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Events grouped by the calendar month of their mark, in time order. */
export function groupByMonth(events: readonly TimelineEvent[]): { key: string; label: string; events: TimelineEvent[] }[] {
  const groups: { key: string; label: string; events: TimelineEvent[] }[] = [];
  for (const e of [...events].sort((a, b) => a.order - b.order)) {
    const key = `${e.at.getUTCFullYear()}-${e.at.getUTCMonth()}`;
    let g = groups.at(-1);
    if (!g || g.key !== key) {
      g = { key, label: `${MONTHS[e.at.getUTCMonth()]} ${e.at.getUTCFullYear()}`, events: [] };
      groups.push(g);
    }
    g.events.push(e);
  }
  return groups;
}

export function TimelineList({ events, sources, idPrefix }: Props) {
  return (
    <div className="tl-vlist">
      {groupByMonth(events).map((g) => (
        <div className="tl-vmonth" key={g.key} data-month={g.key}>
          <p className="tl-vmonth-label" aria-hidden="true">
            {g.label}
          </p>
          <ol className="tl-vitems" aria-label={g.label}>
            {g.events.map((e) => {
              const cat = categoryByKey.get(e.category)!;
              return (
                <li key={e.id} className={`tl-vitem tl-cat-${e.category}`} data-filter-category={e.category} data-filter-org={e.about.join(' ')}>
                  <div className="tl-vrow" data-mark-id={e.id} data-order={e.order} data-label={eventLabel(e, cat.singular)} data-tooltip="">
                    <ShapeIcon category={e.category} size={16} />
                    <span className="tl-vtext">
                      {/* Read as one sentence ("19 April 2025, Attack, single source: M&S finds …"): the dots are
                          for the eye, the hidden commas and colon for the ear. */}
                      <span className="tl-vmeta">
                        <time dateTime={e.date}>{e.dateText}</time>
                        <span className="visually-hidden">,</span>
                        <span aria-hidden="true"> · </span>
                        {cat.singular}
                        {e.singleSource && (
                          <>
                            <span className="visually-hidden">,</span>
                            <span aria-hidden="true"> · </span>single source
                          </>
                        )}
                        <span className="visually-hidden">: </span>
                      </span>
                      <span className="tl-vtitle">{e.title}</span>
                    </span>
                  </div>
                  <EventPanel event={e} sources={sources} idPrefix={idPrefix} heading={false} />
                </li>
              );
            })}
          </ol>
        </div>
      ))}
    </div>
  );
}
