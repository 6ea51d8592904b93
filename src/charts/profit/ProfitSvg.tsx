/**
 * Draws a profit chart layout (./layout) as SVG. Renders only: every position and every label comes from the layout.
 * Colours are the theme's custom properties, so the chart follows light and dark mode. Rendered at build time
 * (no client directive); the SVG is one image for assistive technology, named by the chart title (the frame's
 * description paragraph, just before it, is read in order, so the SVG does not point at it again).
 */
import type { ProfitLayout, TextMark } from './layout';
import AnnotationLayer from '../frame/AnnotationLayer';

interface Props {
  layout: ProfitLayout;
  /** Id of the chart title (chartIds(id).title). */
  labelledBy: string;
}

/** Attribute values with one decimal place, so the markup stays short. */
const r = (n: number) => Math.round(n * 10) / 10;

/**
 * A label: position and size from the layout, colour from ./profit.css (where the value and period labels get a halo
 * in the page colour, so gridlines passing behind them never cut through the letters).
 */
function Label({ mark, className }: { mark: TextMark; className: string }) {
  return (
    <text className={className} x={r(mark.x)} y={r(mark.y)} textAnchor={mark.anchor} fontSize={mark.size} fontWeight={mark.bold ? 700 : 400}>
      {mark.text}
    </text>
  );
}

export default function ProfitSvg({ layout, labelledBy }: Props) {
  const { width, height } = layout;
  return (
    <svg
      className="profit-svg"
      data-layout={layout.mode}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-labelledby={labelledBy}
    >
      <g className="profit-axis" aria-hidden="true">
        {layout.bands.flatMap((band, i) =>
          layout.gridlines.map((g) => (
            <line key={`${i}-${g.value}`} x1={r(g.x)} x2={r(g.x)} y1={r(band.y0)} y2={r(band.y1)} />
          )),
        )}
        {layout.ticks.map((t) => (
          <Label key={t.text} mark={t} className="profit-tick" />
        ))}
      </g>
      {layout.groups.map((g) => (
        <g key={g.key} className="profit-group" data-measure={g.key}>
          {g.heading.map((line) => (
            <Label key={line.text} mark={line} className="profit-heading" />
          ))}
          {g.bars.map((b) => (
            <g key={b.key} className="profit-bar" data-tone={b.tone} data-value={b.value}>
              <Label mark={b.periodLabel} className="profit-period" />
              <rect x={r(b.x)} y={r(b.y)} width={Math.max(r(b.width), 0)} height={r(b.height)} />
              <Label mark={b.valueLabel} className="profit-value" />
            </g>
          ))}
          {g.change && (
            <g className="profit-change" data-change={g.change.text}>
              {g.change.bracket && (
                <path
                  aria-hidden="true"
                  d={`M${r(g.change.bracket.x - g.change.bracket.tick)} ${r(g.change.bracket.y1)}H${r(g.change.bracket.x)}V${r(g.change.bracket.y2)}H${r(g.change.bracket.x - g.change.bracket.tick)}`}
                />
              )}
              <Label mark={g.change.label} className="profit-change-label" />
            </g>
          )}
        </g>
      ))}
      <AnnotationLayer notes={layout.notes} />
      <g className="profit-zero" aria-hidden="true">
        {layout.bands.map((band, i) => (
          <line key={i} x1={r(layout.zeroX)} x2={r(layout.zeroX)} y1={r(band.y0)} y2={r(band.y1)} />
        ))}
      </g>
    </svg>
  );
}
