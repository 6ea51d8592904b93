/**
 * One event's details: date and how precisely it is known, what happened, impact figures, who claimed it, sources.
 * Without JavaScript every panel is shown (a readable list); <chart-explorer> hides them and shows the selected one.
 */
import type { Source } from '../../schemas/source';
import { formatPartialDate } from '../../lib/dates';
import { categoryByKey } from './categories';
import type { TimelineEvent } from './events';
import { ShapeIcon } from './ShapeIcon';

interface Props {
  event: TimelineEvent;
  sources: Record<string, Source>;
  /** Unique per rendering, for ids. */
  idPrefix: string;
  /** Show the title as a heading with the date and category above it (off where the list row already shows them). */
  heading?: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
}

export function EventPanel({ event: e, sources, idPrefix, heading = true, headingLevel = 4 }: Props) {
  const cat = categoryByKey.get(e.category)!;
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4' | 'h5';
  const headingId = `${idPrefix}-${e.id}-title`;
  return (
    <div
      className={`tl-panel tl-cat-${e.category}`}
      data-details-for={e.id}
      data-panel-layout={idPrefix}
    >
      {heading && (
        <>
          <p className="tl-panel-meta">
            <ShapeIcon category={e.category} /> <span className="tl-panel-cat">{cat.singular}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={e.date}>{e.dateText}</time>
          </p>
          <H className="tl-panel-title" id={headingId}>
            {e.title}
          </H>
        </>
      )}
      <p className="tl-panel-text">{e.text}</p>
      <dl className="tl-facts">
        <div>
          <dt>Date</dt>
          <dd>
            {e.dateText}
            {!e.dateWritten && <span className="tl-precision">{` (${e.precisionText})`}</span>}
          </dd>
        </div>
        {e.figures.map((f, i) => (
          <div key={i}>
            <dt>{f.label}</dt>
            <dd>
              <span className="tl-figure">{f.value}</span>
              {f.note && <span className="tl-note">{` (${f.note})`}</span>}
            </dd>
          </div>
        ))}
        {e.claimed && (
          <div>
            <dt>Claimed by or linked to</dt>
            <dd>{e.claimed}</dd>
          </div>
        )}
        <div>
          <dt>{e.sources.length === 1 ? 'Source' : 'Sources'}</dt>
          <dd>
            {e.singleSource && <strong className="tl-single">Single source. </strong>}
            {e.confidenceText === 'Sources differ' && <strong className="tl-single">Sources differ. </strong>}
            <ul className="tl-sources">
              {e.sources.map((id) => {
                const s = sources[id]!;
                const text = `${s.publisher}, ${s.title}`;
                return (
                  <li key={id}>
                    {s.url ? (
                      <a href={s.url} rel="noopener">
                        {text}
                      </a>
                    ) : (
                      <cite>{text}</cite>
                    )}
                    {s.date && `, ${formatPartialDate(s.date, s.date.length === 10 ? 'day' : 'month')}`}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      </dl>
      <button type="button" className="tl-close" data-details-close data-explorer-reveal hidden>
        Close<span className="visually-hidden">{` details of ${e.title}`}</span>
      </button>
    </div>
  );
}
