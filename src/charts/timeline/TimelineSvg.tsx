/**
 * The horizontal timeline as SVG, rendered at build time from a computed layout (no maths, no measuring here).
 * Without JavaScript it is a labelled image (role="img", with the events in the list and table); <chart-explorer>
 * turns it into a group of buttons, one per event, in time order.
 */
import { categoryByKey } from './categories';
import { caveatSuffix, eventLabel, type TimelineEvent } from './events';
import type { TimelineLayout } from './layout';
import { shapePath } from './shapes';

interface Props {
  layout: TimelineLayout;
  events: readonly TimelineEvent[];
  titleId: string;
  /** Distinguishes several renderings of the same chart on one page (CSS class and ids). */
  variant: string;
}

export function TimelineSvg({ layout, events, titleId, variant }: Props) {
  const byId = new Map(events.map((e) => [e.id, e]));
  const { width, height, rows, marks, ticks, axisY, markSize, fontSize } = layout;
  return (
    <svg
      className={`tl-svg tl-svg--${variant}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      data-explorer-role="group"
      aria-labelledby={titleId}
      fontSize={fontSize}
    >
      <g className="tl-grid" aria-hidden="true">
        {ticks.map((t) => (
          <line key={t.x} className={t.major ? 'tl-gridline tl-gridline--year' : 'tl-gridline'} x1={t.x} x2={t.x} y1={0} y2={axisY} />
        ))}
      </g>
      <g className="tl-rows" aria-hidden="true">
        {rows.map((r, i) => (
          <g key={r.category} className={`tl-row tl-cat-${r.category}`}>
            {i > 0 && <line className="tl-row-rule" x1={0} x2={width} y1={r.top - 4} y2={r.top - 4} />}
            <path className="tl-shape" d={shapePath(r.shape, 5)} transform={`translate(6 ${r.headingY - 4})`} />
            <text className="tl-row-title" x={16} y={r.headingY}>
              {r.title}
            </text>
          </g>
        ))}
      </g>
      <g className="tl-axis" aria-hidden="true">
        <line className="tl-axis-line" x1={0} x2={width} y1={axisY} y2={axisY} />
        {ticks.map((t) => (
          <g key={t.x}>
            <line className="tl-tick" x1={t.x} x2={t.x} y1={axisY} y2={axisY + 5} />
            {t.label && (
              <text className="tl-tick-label" x={t.x + 3} y={axisY + fontSize + 4}>
                {t.label}
              </text>
            )}
            {t.year && (
              <text className="tl-tick-year" x={t.x + 3} y={axisY + fontSize * 2 + 6}>
                {t.year}
              </text>
            )}
          </g>
        ))}
      </g>
      <g className="tl-marks">
        {marks.map((m) => {
          const e = byId.get(m.id)!;
          const cat = categoryByKey.get(m.category)!;
          const label = eventLabel(e, cat.singular);
          // The accessible name starts with any label drawn beside the mark, so it contains the visible text.
          return (
            <g
              key={m.id}
              className={`tl-mark tl-cat-${m.category}`}
              data-mark-id={m.id}
              data-order={e.order}
              data-label={label}
              data-tooltip={`${e.dateText} · ${cat.singular}${caveatSuffix(e).replace(/^ \((.*)\)$/, ' · $1')}\n${e.title}`}
              data-filter-category={m.category}
              data-filter-org={e.about.join(' ')}
              data-shape={cat.shape}
              aria-label={m.label ? `${m.label.text}. ${label}` : label}
            >
              {m.span && (
                <line
                  className={`tl-span tl-span--${m.span.kind}`}
                  x1={m.span.x0 + 1}
                  x2={Math.max(m.span.x1 - 1, m.span.x0 + 2)}
                  y1={m.y}
                  y2={m.y}
                />
              )}
              {/* The pointer target: at least 25 px across where the chart is drawn at its own size (WCAG 2.5.8). */}
              <circle className="tl-hit" cx={m.x} cy={m.y} r={Math.max(markSize + 5, 12.5)} />
              <circle className="tl-ring" cx={m.x} cy={m.y} r={markSize + 3.5} />
              <path className="tl-shape" d={shapePath(cat.shape, markSize)} transform={`translate(${m.x} ${m.y})`} />
              {m.label && (
                <text className="tl-label" x={m.label.x} y={m.label.y} textAnchor={m.label.anchor}>
                  {m.label.text}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
