/**
 * One event's details: date and how precisely it is known, what happened, impact figures, who claimed it, sources.
 * Panels ship with `hidden`, and CSS shows them all when scripting is off (a readable list), so nothing moves when
 * <chart-explorer> starts; it shows the selected one.
 */
import type { Source } from '../../schemas/source';
import { namedSource, primaryFirst } from '../../lib/source-line';
import { SourceLine } from '../frame/SourceLine';
import { eventSourceNote, type TimelineEvent } from './events';

interface Props {
  event: TimelineEvent;
  sources: Record<string, Source>;
  /** Id of the element holding the event's title (its row in the list): names the panel. */
  labelledBy: string;
}

export function EventPanel({ event: e, sources, labelledBy }: Props) {
  // Which source a single-source mark rests on, where the event lists several: the sources are listed just after.
  const note = e.singleSource ? eventSourceNote(e, (id) => namedSource(sources[id]!), false) : null;
  return (
    // Rendered hidden so that nothing moves when the script starts; without scripting, CSS shows every panel.
    <div className={`tl-panel tl-cat-${e.category}`} data-details-for={e.id} role="region" aria-labelledby={labelledBy} hidden>
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
            {note && <span className="tl-single-note">{`${note} `}</span>}
            {e.confidenceText === 'Sources differ' && <strong className="tl-single">Sources differ. </strong>}
            <ul className="tl-sources">
              {primaryFirst(e.sources.map((id) => sources[id]!)).map((s) => (
                <li key={s.id}>
                  <SourceLine source={s} />
                </li>
              ))}
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
