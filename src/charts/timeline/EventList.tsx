/**
 * The events as a list, under the chart on wide screens (its key: every number on the chart is here) and as the
 * timeline itself on phones. Each row is one event's button for <chart-explorer>; each event's details are in the
 * HTML once, in its row's panel. The compact form (articles) draws the key moments large and folds the rest by
 * month, without panels: <chart-explorer> fetches an event's details from the chart's own page when it is opened;
 * there the keyboard follows the order on screen (key moments, then the months), so rows carry no data-order.
 */
import type { Source } from '../../schemas/source';
import { categoryByKey } from './categories';
import { compactPlan, groupByMonth } from './compact';
import { caveatSuffix, rowName, type TimelineEvent } from './events';
import { EventPanel } from './EventPanel';
import { shortDateText } from './format';
import { ShapeIcon } from './ShapeIcon';

interface Props {
  events: readonly TimelineEvent[];
  sources: Record<string, Source>;
  /** Unique per chart on the page, for ids (the chart page uses the same, so fetched panels keep their names). */
  idPrefix: string;
  filterRows: ReadonlyMap<string, readonly string[]>;
  highlighted: ReadonlySet<string>;
  compact: boolean;
}

export const rowTitleId = (idPrefix: string, id: string) => `${idPrefix}-${id}-title`;

function EventItem({ e, idPrefix, filterRows, highlighted, sources, large, panel }: {
  e: TimelineEvent;
  idPrefix: string;
  filterRows: ReadonlyMap<string, readonly string[]>;
  highlighted: ReadonlySet<string>;
  sources: Record<string, Source>;
  large: boolean;
  panel: boolean;
}) {
  const cat = categoryByKey.get(e.category)!;
  const date = shortDateText(e.date, e.precision);
  const quiet = highlighted.size > 0 && !highlighted.has(e.id);
  const classes = ['tl-item', `tl-cat-${e.category}`, large ? 'tl-item--large' : '', quiet ? 'tl-quiet' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} data-filter-category={panel ? e.category : undefined} data-filter-org={panel ? (filterRows.get(e.id) ?? [e.row]).join(' ') : undefined}>
      <div className="tl-row" id={panel ? `${idPrefix}-${e.id}` : undefined} data-mark-id={e.id} data-order={panel ? e.order : undefined}>
        <ShapeIcon category={e.category} size={16} />
        {/* On screen: number, date and category over the title. Heard: the same words as one sentence (rowName). */}
        <span className="tl-row-text" aria-hidden="true">
          <span className="tl-row-meta">
            <span className="tl-num">{e.number}</span>
            <time dateTime={e.date}>{date}</time>
            {`, ${cat.singular}`}
            {caveatSuffix(e) && (
              <span className="tl-single-tag">
                , <span>{caveatSuffix(e).trim().slice(1, -1)}</span>
              </span>
            )}
          </span>
          <span className="tl-row-title">{e.title}</span>
        </span>
        {/* Also the name of the row's details panel (a name inside the aria-hidden text would be read in the row's name too). */}
        <span className="visually-hidden" id={rowTitleId(idPrefix, e.id)}>
          {rowName(e, date, cat.singular)}
        </span>
      </div>
      {panel && <EventPanel event={e} sources={sources} labelledBy={rowTitleId(idPrefix, e.id)} />}
    </li>
  );
}

/**
 * "Apr 2025" on screen, "April 2025" to a screen reader. Whole words each way: Chromium reads a visually hidden
 * word ending apart from its start ("Apr il").
 */
function MonthLabel({ label }: { label: string }) {
  const [month = '', year = ''] = label.split(' ');
  if (month.length <= 3) return <>{label}</>;
  return (
    <>
      <span aria-hidden="true">
        {month.slice(0, 3)} {year}
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}

export function EventList({ events, sources, idPrefix, filterRows, highlighted, compact }: Props) {
  const item = (e: TimelineEvent, large: boolean) => (
    <EventItem key={e.id} e={e} idPrefix={idPrefix} filterRows={filterRows} highlighted={highlighted} sources={sources} large={large} panel={!compact} />
  );
  if (!compact) {
    return (
      <div className="tl-list">
        {groupByMonth(events).map((g) => (
          <div className="tl-month" key={g.key}>
            <p className="tl-month-label" aria-hidden="true">
              {g.label}
            </p>
            <ol className="tl-items" aria-label={g.label}>
              {g.events.map((e) => item(e, e.annotation !== undefined || highlighted.has(e.id)))}
            </ol>
          </div>
        ))}
      </div>
    );
  }
  const plan = compactPlan(events, { highlighted });
  return (
    <div className="tl-list tl-list--compact">
      <ol className="tl-items tl-items--large" aria-label={highlighted.size > 0 ? 'Highlighted events' : 'Key moments'}>
        {plan.large.map((e) => item(e, true))}
      </ol>
      {plan.folds.length > 0 && (
        <div className="tl-folds">
          <p className="tl-folds-head">
            {plan.large.length > 0 ? 'More events, by month' : 'Events, by month'}
          </p>
          {plan.folds.map((g) => (
            <details className="tl-fold" key={g.key} data-month={g.key}>
              <summary>
                <MonthLabel label={g.label} /> <span className="tl-fold-count">({g.events.length})</span>
              </summary>
              <ol className="tl-items" aria-label={g.label}>
                {g.events.map((e) => item(e, false))}
              </ol>
            </details>
          ))}
        </div>
      )}
    </div>
  );
}
