/**
 * Draws annotations placed by ./annotations (placeAnnotations) inside a chart's SVG: one group per note, its text in
 * the ink colour with a halo in the page colour, and a thin leader line to its mark when the note is not against it.
 * Hidden from assistive technology: ChartFrame reads the same notes in the chart's description.
 * Colours are in ./annotations.css (the component that draws the chart imports it).
 */
import type { PlacedAnnotation } from './annotations';

const r = (n: number) => Math.round(n * 10) / 10;

export default function AnnotationLayer({ notes }: { notes: readonly PlacedAnnotation[] }) {
  if (notes.length === 0) return null;
  return (
    <g className="chart-annotations" aria-hidden="true">
      {notes.map((n) => (
        <g key={n.key} className="chart-annotation" data-annotation={n.key} data-side={n.side}>
          {n.leader && (
            <line
              className="chart-annotation-leader"
              x1={r(n.leader.x1)}
              y1={r(n.leader.y1)}
              x2={r(n.leader.x2)}
              y2={r(n.leader.y2)}
            />
          )}
          <text className="chart-annotation-text" x={r(n.x)} y={r(n.y)} fontSize={n.size}>
            {n.lines.map((line, i) => (
              <tspan key={i} x={r(n.x)} dy={i === 0 ? 0 : n.lineHeight}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </g>
  );
}
