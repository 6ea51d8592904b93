/**
 * The Baltic map as SVG, rendered at build time from the layout (no maths, no DOM measuring): the main map and,
 * below it, the Gulf of Finland detail.
 *
 * Each map is one scaling SVG (sea, countries, thin schematic cable and pipeline lines, approximate tracks) plus three
 * overlay SVGs, one per label set (CSS shows the one that fits the map's width in rem; the others are display: none),
 * holding the damage-site markers, the incident numbers, the ship-and-outcome notes and the place names: the overlays
 * have no viewBox and use percentage positions, so markers and type keep the size the layout placed them at, the type
 * in rem so that it follows the reader's text size (font-size and r are written from the layout here; the CSS repeats
 * no size, only the sets' widths).
 *
 * Linked highlighting: lines, markers, tracks and labels carry data-linked="INCIDENT-ID ..." (see
 * src/scripts/chart-explorer.ts); `quiet` incidents (an editor's highlight=) are drawn quieter.
 */
import type { BalticLayout, LabelSet, MapPanel, PlacedLabel } from './layout';
import { ASSET_KIND_NAMES } from './types';
import { LINE_HEIGHT_EM } from './label-placement';
import { COUNTRY_TRACKING_EM, MARKER_HIT_PX, REM_PX, type LabelSetName } from './sizes';

export interface BalticMapSvgProps {
  layout: BalticLayout;
  /** Id of the element that names the map (the chart title). */
  labelledBy?: string;
  /** Accessible name when there is no title element to point at. */
  label?: string;
  /** Incidents an editor highlighted (highlight=): the others are drawn quieter. Empty: none. */
  highlighted?: ReadonlySet<string>;
  /** Incidents an editor's date range keeps (from=, to=): the others' sites, tracks and notes are left off. Undefined: all. */
  shown?: ReadonlySet<string>;
  /** Hover titles on lines and sites (the chart's page; the compact form in articles leaves them to the list and key). */
  titles?: boolean;
}

const pctOf = (v: number, of: number) => `${Math.round((v / of) * 1000) / 10}%`;
/** A type size laid out in px at the default text size, drawn in rem so it follows the reader's text size. */
const remOf = (px: number) => `${Math.round((px / REM_PX) * 100000) / 100000}rem`;

function Label({ l, quiet }: { l: PlacedLabel; quiet: boolean }) {
  const x = `${l.left}%`;
  return (
    <text
      className={`bm-label bm-label--${l.kind}${quiet ? ' bm-quiet' : ''}`}
      x={x}
      y={`${l.top}%`}
      fontSize={remOf(l.fontPx)}
      letterSpacing={l.kind === 'country' ? `${COUNTRY_TRACKING_EM}em` : undefined}
      textAnchor={l.align}
      dominantBaseline="central"
      data-linked={l.incidents?.join(' ')}
    >
      {l.lines.length === 1
        ? l.lines[0]
        : l.lines.map((line, i) => (
            <tspan key={i} x={x} dy={`${i === 0 ? (-(l.lines.length - 1) / 2) * LINE_HEIGHT_EM : LINE_HEIGHT_EM}em`} className={i === 0 && l.kind === 'callout' ? 'bm-callout-ship' : undefined}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** One label set: leaders, markers (fixed size, clickable), then labels on top. */
function Overlay({ set, name, panel, siteTitle, isQuiet, isShown, sliced, titles }: { set: LabelSet; name: LabelSetName; panel: MapPanel; siteTitle: (incidents: string[], context: boolean) => string; isQuiet: (ids: readonly string[] | undefined) => boolean; isShown: (ids: readonly string[] | undefined) => boolean; sliced: (l: PlacedLabel) => PlacedLabel; titles: boolean }) {
  return (
    <svg className={`bm-labels bm-labels--${name}`} aria-hidden="true" focusable="false">
      <g className="bm-leaders">
        {set.labels
          .filter((l) => l.leader && isShown(l.incidents))
          .map((l, i) => (
            <line
              key={i}
              className={`bm-leader${isQuiet(l.incidents) ? ' bm-quiet' : ''}`}
              x1={pctOf(l.leader!.x1, panel.width)}
              y1={pctOf(l.leader!.y1, panel.height)}
              x2={pctOf(l.leader!.x2, panel.width)}
              y2={pctOf(l.leader!.y2, panel.height)}
              data-linked={l.incidents?.join(' ')}
            />
          ))}
      </g>
      <g className="bm-sites">
        {panel.markers.filter((m) => isShown(m.incidents)).map((m) => (
          <g
            key={m.id}
            className={`bm-site${m.context ? ' bm-site--context' : ''}${isQuiet(m.incidents) ? ' bm-quiet' : ''}`}
            data-site-id={m.id}
            data-linked={m.incidents.join(' ')}
          >
            {titles && name === 'roomy' && <title>{siteTitle(m.incidents, m.context)}</title>}
            <circle className="bm-hit" cx={`${m.left}%`} cy={`${m.top}%`} r={MARKER_HIT_PX} />
            <circle className="bm-marker" cx={`${m.left}%`} cy={`${m.top}%`} r={set.markerPx} />
          </g>
        ))}
      </g>
      {set.labels.filter((l) => isShown(l.incidents)).map((l, i) => (
        <Label key={i} l={sliced(l)} quiet={isQuiet(l.incidents)} />
      ))}
    </svg>
  );
}

interface PanelProps {
  panel: MapPanel;
  codeOf: Map<string, string | null>;
  labelledBy?: string;
  label?: string;
  highlighted?: ReadonlySet<string>;
  shown?: ReadonlySet<string>;
  titles?: boolean;
}

/** One map: sea, countries, lines and tracks, and the three overlays. */
export function MapPanelSvg({ panel, codeOf, labelledBy, label, highlighted, shown, titles = true }: PanelProps) {
  const siteTitle = (incidents: string[], context: boolean) => {
    const codes = incidents.map((id) => codeOf.get(id)).filter(Boolean);
    return `${context ? 'Approximate blast site' : 'Approximate damage site'}: ${codes.length > 1 ? 'incidents' : 'incident'} ${codes.join(', ')}`;
  };
  // Place names and lines belong to no incident and stay; a site, track or note stays if one of its incidents does.
  const isShown = (ids: readonly string[] | undefined) => !shown || !ids || ids.length === 0 || ids.some((id) => shown.has(id));
  // A number label shared by several incidents ("1 3 7") names only those the slice keeps.
  const sliced = (l: PlacedLabel): PlacedLabel => {
    if (!shown || l.kind !== 'number' || !l.incidents) return l;
    const codes = (ids: readonly string[]) => ids.map((id) => codeOf.get(id)).filter(Boolean).join(' ');
    const kept = l.incidents.filter((id) => shown.has(id));
    return l.lines.join(' ') === codes(l.incidents) ? { ...l, incidents: kept, lines: [codes(kept)] } : l;
  };
  const isQuiet = (ids: readonly string[] | undefined) => !!highlighted && highlighted.size > 0 && !!ids && !ids.some((id) => highlighted.has(id));
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
        <g className="bm-assets">
          {panel.assets.map((a) => (
            <g key={a.id} className={`bm-asset bm-asset--${a.kind}${isQuiet(a.incidents) ? ' bm-quiet' : ''}`} data-asset-id={a.id} data-linked={a.incidents.join(' ')}>
              {titles && <title>{`${a.name}: ${ASSET_KIND_NAMES[a.kind]}, route schematic`}</title>}
              <line className="bm-line" x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} vectorEffect="non-scaling-stroke" />
            </g>
          ))}
        </g>
        <g className="bm-tracks">
          {panel.tracks.filter((t) => isShown([t.incidentId])).map((t) => (
            <polyline
              key={t.incidentId}
              className={`bm-track${isQuiet([t.incidentId]) ? ' bm-quiet' : ''}`}
              points={t.points.map(([x, y]) => `${x},${y}`).join(' ')}
              vectorEffect="non-scaling-stroke"
              data-linked={t.incidentId}
            />
          ))}
        </g>
        <g className="bm-cities">
          {panel.cities.map((c) => (
            <circle key={c.name} className="bm-city" cx={c.x} cy={c.y} r={panel.width / 240} />
          ))}
        </g>
      </svg>
      {(['small', 'compact', 'roomy'] as const).map((name) => (
        <Overlay key={name} set={panel.labelSets[name]} name={name} panel={panel} siteTitle={siteTitle} isQuiet={isQuiet} isShown={isShown} sliced={sliced} titles={titles} />
      ))}
    </div>
  );
}

/** The main map and, below it, the Gulf of Finland detail. */
export function BalticMapSvg({ layout, labelledBy, label, highlighted, shown, titles = true }: BalticMapSvgProps) {
  const codeOf = new Map(layout.incidents.map((i) => [i.id, i.code]));
  return (
    <div className="bm-maps">
      <MapPanelSvg panel={layout.main} codeOf={codeOf} labelledBy={labelledBy} label={label} highlighted={highlighted} shown={shown} titles={titles} />
      {layout.detail && (
        <div className="bm-detail-map">
          <p className="bm-detail-title" aria-hidden="true">
            Detail: the Gulf of Finland <span className="bm-detail-note">(outlined above)</span>
          </p>
          <MapPanelSvg
            panel={layout.detail}
            codeOf={codeOf}
            highlighted={highlighted}
            shown={shown}
            titles={titles}
            label="Detail of the Gulf of Finland between Helsinki and Tallinn, where most of the damage sites lie close together"
          />
        </div>
      )}
    </div>
  );
}

export default BalticMapSvg;
