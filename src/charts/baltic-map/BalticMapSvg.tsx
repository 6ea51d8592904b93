/**
 * The Baltic map as SVG, rendered at build time from the layout (no maths, no DOM measuring): the main map and,
 * below it, the Gulf of Finland detail.
 *
 * Each map is one scaling SVG (sea, countries, schematic cable and pipeline lines, damage-site rings) plus two overlay
 * SVGs, one per label set (CSS shows the one that fits the map's width), holding the place names and the incident
 * numbers: the overlays have no viewBox and use percentage positions, so the type keeps its size while the map scales.
 *
 * Linked highlighting: lines, rings and numbers carry data-linked="INCIDENT-ID ..." (see src/scripts/chart-explorer.ts).
 */
import type { BalticLayout, LabelSet, MapPanel, PlacedLabel } from './layout';

export interface BalticMapSvgProps {
  layout: BalticLayout;
  /** Id of the element that names the map (the chart title). */
  labelledBy?: string;
  /** Accessible name when there is no title element to point at. */
  label?: string;
}

const KIND_NAMES = { telecom: 'telecom cable', power: 'power cable', gas: 'gas pipeline' } as const;

function Label({ l }: { l: PlacedLabel }) {
  const anchor = l.align;
  const x = `${l.left}%`;
  const lineEm = 1.15;
  return (
    <text
      className={`bm-label bm-label--${l.kind}`}
      x={x}
      y={`${l.top}%`}
      textAnchor={anchor}
      dominantBaseline="central"
      data-linked={l.incidents?.join(' ')}
    >
      {l.lines.length === 1
        ? l.lines[0]
        : l.lines.map((line, i) => (
            <tspan key={i} x={x} dy={`${i === 0 ? (-(l.lines.length - 1) / 2) * lineEm : lineEm}em`}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

function LabelLayer({ set, name, panel }: { set: LabelSet; name: 'compact' | 'roomy'; panel: MapPanel }) {
  const pct = (v: number, of: number) => `${Math.round((v / of) * 10000) / 100}%`;
  return (
    <svg className={`bm-labels bm-labels--${name}`} aria-hidden="true" focusable="false">
      <g className="bm-leaders">
        {set.labels
          .filter((l) => l.leader)
          .map((l, i) => (
            <line
              key={i}
              className="bm-leader"
              x1={pct(l.leader!.x1, panel.width)}
              y1={pct(l.leader!.y1, panel.height)}
              x2={pct(l.leader!.x2, panel.width)}
              y2={pct(l.leader!.y2, panel.height)}
              data-linked={l.incidents?.join(' ')}
            />
          ))}
      </g>
      {set.labels.map((l, i) => (
        <Label key={i} l={l} />
      ))}
    </svg>
  );
}

interface PanelProps {
  panel: MapPanel;
  codeOf: Map<string, string | null>;
  labelledBy?: string;
  label?: string;
}

/** One map: sea, countries, lines, rings and the two label overlays. */
export function MapPanelSvg({ panel, codeOf, labelledBy, label }: PanelProps) {
  const siteTitle = (incidents: string[], context: boolean) => {
    const codes = incidents.map((id) => codeOf.get(id)).filter(Boolean);
    return `${context ? 'Approximate blast site' : 'Approximate damage site'}: ${codes.length > 1 ? 'incidents' : 'incident'} ${codes.join(', ')}`;
  };
  const r = panel.labelSets.roomy.markerRadius;
  const f = panel.detailFrame;
  return (
    <div className={`bm-map bm-map--${panel.id}`}>
      <svg
        className="bm-svg"
        viewBox={panel.viewBox}
        role="img"
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : label}
        data-panel={panel.id}
      >
        <rect className="bm-sea" x={0} y={0} width={panel.width} height={panel.height} />
        <g className="bm-land">
          {panel.countries.map((c) => (
            <path key={c.id} className="bm-country" d={c.d} data-country={c.name} />
          ))}
        </g>
        {f && <rect className="bm-frame" x={f.x0} y={f.y0} width={f.x1 - f.x0} height={f.y1 - f.y0} vectorEffect="non-scaling-stroke" />}
        <g className="bm-cities">
          {panel.cities.map((c) => (
            <circle key={c.name} className="bm-city" cx={c.x} cy={c.y} r={r * 0.45} />
          ))}
        </g>
        <g className="bm-assets">
          {panel.assets.map((a) => (
            <g key={a.id} className={`bm-asset bm-asset--${a.kind}`} data-asset-id={a.id} data-linked={a.incidents.join(' ')}>
              <title>{`${a.name}: ${KIND_NAMES[a.kind]}, route schematic`}</title>
              <line className="bm-line" x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} vectorEffect="non-scaling-stroke" />
              {a.ends[0] && <circle className="bm-end" cx={a.x1} cy={a.y1} r={r * 0.4} />}
              {a.ends[1] && <circle className="bm-end" cx={a.x2} cy={a.y2} r={r * 0.4} />}
            </g>
          ))}
        </g>
        <g className="bm-sites">
          {panel.markers.map((m) => (
            <g
              key={m.id}
              className={`bm-site${m.context ? ' bm-site--context' : ''}`}
              data-site-id={m.id}
              data-linked={m.incidents.join(' ')}
              data-assets={m.assets.join(' ')}
            >
              <title>{siteTitle(m.incidents, m.context)}</title>
              <circle className="bm-ring" cx={m.x} cy={m.y} r={r} vectorEffect="non-scaling-stroke" />
              {m.context && <circle className="bm-dot" cx={m.x} cy={m.y} r={r * 0.4} />}
            </g>
          ))}
        </g>
      </svg>
      <LabelLayer set={panel.labelSets.compact} name="compact" panel={panel} />
      <LabelLayer set={panel.labelSets.roomy} name="roomy" panel={panel} />
    </div>
  );
}

/** The main map and, below it, the Gulf of Finland detail. */
export function BalticMapSvg({ layout, labelledBy, label }: BalticMapSvgProps) {
  const codeOf = new Map(layout.incidents.map((i) => [i.id, i.code]));
  return (
    <div className="bm-maps">
      <MapPanelSvg panel={layout.main} codeOf={codeOf} labelledBy={labelledBy} label={label} />
      {layout.detail && (
        <div className="bm-detail-map">
          <p className="bm-detail-title" aria-hidden="true">
            Detail: the Gulf of Finland <span className="bm-detail-note">(outlined above)</span>
          </p>
          <MapPanelSvg
            panel={layout.detail}
            codeOf={codeOf}
            label="Detail of the Gulf of Finland between Helsinki and Tallinn, where most of the damage sites lie close together"
          />
        </div>
      )}
    </div>
  );
}

export default BalticMapSvg;
