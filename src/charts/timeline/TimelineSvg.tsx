/**
 * The timeline at one width, from a computed layout (no maths, no measuring here): one small SVG per row, so a row
 * that a filter empties folds away, and the month axis under them. The whole is one labelled image (its long
 * description is the frame's paragraph just before it, not pointed at again); the events are
 * readable and operable in the list under it, which is where keyboard and screen-reader users go. A pointer click on
 * a mark opens the same event in the list (data-linked), and a selected event lights up here (data-linked).
 */
import { categoryByKey } from './categories';
import type { TimelineLayout, LaidLabel } from './layout';
import { shapePath } from './shapes';

interface Props {
  layout: TimelineLayout;
  /** Distinguishes the layouts on one page (CSS class). */
  variant: string;
  titleId: string;
  /** Event id -> row keys its story belongs to (the organisation filter); leave out where there are no filters. */
  filterRows?: ReadonlyMap<string, readonly string[]>;
  /** Event ids drawn strongly when the editor highlighted some; empty: all drawn alike. */
  highlighted: ReadonlySet<string>;
}

/** Coordinates to a tenth of a pixel: the markup carries no float noise (94.39999999999999). */
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A label; the SVG's own font size (`base`) and the default start anchor are inherited, not repeated on every label. */
function Label({ label, className, fontSize, base }: { label: LaidLabel; className: string; fontSize: number; base: number }) {
  const lineHeight = Math.round(fontSize * 1.25);
  return (
    <text
      className={className}
      x={r1(label.x)}
      y={r1(label.y)}
      textAnchor={label.anchor === 'start' ? undefined : label.anchor}
      fontSize={fontSize === base ? undefined : r1(fontSize)}
    >
      {label.lines.length === 1
        ? label.lines[0]
        : label.lines.map((line, i) => (
            <tspan key={i} x={r1(label.x)} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** All of a row's gridlines as one path. */
const gridPath = (ticks: readonly { x: number }[], height: number) =>
  ticks.map((t) => `M${Math.round(t.x * 10) / 10},4V${height}`).join('') || 'M0,0';

export function TimelineSvg({ layout, variant, titleId, filterRows, highlighted }: Props) {
  const { width, rows, ticks, markSize, fontSize, axisHeight } = layout;
  const quiet = (id: string) => highlighted.size > 0 && !highlighted.has(id);
  return (
    <div className={`tl-chart tl-chart--${variant}`} role="img" aria-labelledby={titleId}>
      {rows.map((row) => (
        <svg
          key={row.key}
          className="tl-row-svg"
          data-row={row.key}
          viewBox={`0 0 ${width} ${row.height}`}
          width={width}
          height={row.height}
          fontSize={fontSize}
          aria-hidden="true"
          focusable="false"
        >
          <path className="tl-grid" d={gridPath(ticks.filter((t) => !t.major), row.height)} />
          <path className="tl-grid tl-grid--year" d={gridPath(ticks.filter((t) => t.major), row.height)} />
          <line className="tl-row-rule" x1={0} x2={width} y1={0.5} y2={0.5} />
          <text className="tl-row-name" x={2} y={row.headingY}>
            {row.name}
          </text>
          {row.spans.map((s) => (
            <g key={s.id} className="tl-outage" data-filter-org={filterRows && row.key} data-linked={`${s.fromId} ${s.toId}`}>
              <rect className="tl-outage-bar" x={r1(s.x0)} y={r1(s.y - s.height / 2)} width={r1(Math.max(s.x1 - s.x0, 1))} height={r1(s.height)} rx={2} />
              <Label label={s.label} className={s.labelInside ? 'tl-outage-label tl-outage-label--inside' : 'tl-outage-label'} fontSize={fontSize} base={fontSize} />
            </g>
          ))}
          {row.marks.map((m) => {
            const cat = categoryByKey.get(m.category)!;
            const size = m.category === 'russia' ? markSize * 1.3 : markSize;
            return (
              <g
                key={m.id}
                className={`tl-mark tl-cat-${m.category}${quiet(m.id) ? ' tl-quiet' : ''}`}
                data-linked={m.id}
                data-filter-category={filterRows && m.category}
                data-filter-org={filterRows && (filterRows.get(m.id) ?? [row.key]).join(' ')}
              >
                {/* The target a pointer hits: at least 24 px square, clear of every other mark and label. */}
                <rect className="tl-hit" x={r1(m.box[0])} y={r1(m.box[1])} width={r1(m.box[2] - m.box[0])} height={r1(m.box[3] - m.box[1])} fill="transparent" />
                {m.range && (
                  <line className={`tl-range tl-range--${m.range.kind}`} x1={m.range.x0 + 1} x2={Math.max(m.range.x1 - 1, m.range.x0 + 2)} y1={m.y} y2={m.y} />
                )}
                <path className="tl-shape" d={shapePath(cat.shape, size)} transform={`translate(${m.x} ${m.y})`} />
                <Label label={m.label} className={`tl-label tl-label--${m.label.kind}`} fontSize={m.label.kind === 'number' ? fontSize * 0.9 : fontSize} base={fontSize} />
              </g>
            );
          })}
        </svg>
      ))}
      <svg className="tl-axis" viewBox={`0 0 ${width} ${axisHeight}`} width={width} height={axisHeight} fontSize={fontSize} aria-hidden="true" focusable="false">
        <line className="tl-axis-line" x1={0} x2={width} y1={0.5} y2={0.5} />
        {ticks.map((t) => (
          <g key={t.x}>
            <line className="tl-tick" x1={t.x} x2={t.x} y1={0} y2={5} />
            {t.label && (
              <text className="tl-tick-label" x={t.x + 3} y={fontSize + 4}>
                {t.label}
              </text>
            )}
            {t.year && (
              <text className="tl-tick-year" x={t.x + 3} y={fontSize * 2 + 6}>
                {t.year}
              </text>
            )}
          </g>
        ))}
      </svg>
    </div>
  );
}
