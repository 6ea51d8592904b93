/**
 * The Baltic cable map's layout: pure maths, no React, no DOM.
 *
 * In: the incidents and assets datasets and the maps' viewBox width. Out: two map panels drawn with the same kind of
 * projection (Mercator): the Baltic Sea region fitted to the box about 9–31°E, 53–66.5°N, and a detail of the Gulf of
 * Finland, where most of the damage sites crowd together. For each panel: the countries clipped to it as SVG path data
 * (only the region's shapes ship in the HTML), the damaged cables and pipelines as schematic straight lines between
 * their landing points, the incident sites at their approximate locations, and two sets of label positions (for a
 * small and a roomy map on screen). Also: each incident's number and what could not be plotted, and why.
 *
 * Labels are drawn in overlays without a viewBox, so their type size stays fixed while the map scales; positions are
 * given in viewBox units and as percentages. Each label set is computed for the smallest on-screen width it is used at,
 * so labels only get more room as the map grows.
 */
import { geoContains, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world50m from 'world-atlas/countries-50m.json';

/* ---------- inputs: the fields of the datasets the map uses ---------- */

export interface PointInput {
  lat: number | null;
  lon: number | null;
  approximate?: boolean;
}

export interface AssetInput {
  id: string;
  name: string;
  type: string;
  endpoints: (PointInput & { name: string; country: string })[];
}

export interface IncidentInput {
  id: string;
  title: string;
  context_only?: boolean;
  date: string;
  date_precision: string;
  damage_confirmed?: boolean | null;
  /** false keeps an incident off the map even if it had coordinates (e.g. a near-miss with no damage). */
  include_on_damage_map?: boolean;
  sites: (PointInput & { asset_id?: string | null; infrastructure: string })[];
}

export interface BalticLayoutOptions {
  /** Width of each panel's SVG viewBox in user units; heights follow from the projection. */
  width?: number;
  /** Longitude/latitude box of the main map: [[west, south], [east, north]]. */
  box?: LonLatBox;
  /** Box of the detail map, or null for none. */
  detailBox?: LonLatBox | null;
  /** Show context-only incidents (Nord Stream). */
  includeContext?: boolean;
  /** Short codes for incidents that get no number (context-only events), e.g. { 'INC-2022-09-NORDSTREAM': 'NS' }. */
  codes?: Record<string, string>;
  /** Display names for assets (the site's own wording), keyed by asset id. */
  assetLabels?: Record<string, string>;
}

/* ---------- outputs ---------- */

export type LonLatBox = [[number, number], [number, number]];
export type AssetKind = 'telecom' | 'power' | 'gas';
/** What each kind of asset is called, in the key and in the lines' titles. */
export const ASSET_KIND_NAMES: Record<AssetKind, string> = { telecom: 'telecom cable', power: 'power cable', gas: 'gas pipeline' };
export type Align = 'start' | 'middle' | 'end';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface CountryShape {
  /** ISO 3166 numeric id from Natural Earth. */
  id: string;
  name: string;
  /** Clipped, projected SVG path data. */
  d: string;
}

export interface AssetLine {
  id: string;
  name: string;
  kind: AssetKind;
  /** The line as drawn in this panel (clipped to it; offset sideways when several share landing points). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Which ends are landing points inside the panel (drawn as dots); false where the line runs off the edge. */
  ends: [boolean, boolean];
  /** Incidents that damaged this asset (ids), for linked highlighting. */
  incidents: string[];
}

export interface SiteMarker {
  /** Unique within the chart, e.g. "main-site-3". */
  id: string;
  x: number;
  y: number;
  lon: number;
  lat: number;
  /** Incidents with damage at (about) this point. */
  incidents: string[];
  /** Assets damaged at (about) this point. */
  assets: string[];
  /** True when only context-only incidents (Nord Stream) are here. */
  context: boolean;
}

export interface City {
  name: string;
  x: number;
  y: number;
}

export interface PlacedLabel {
  kind: 'country' | 'sea' | 'city' | 'number';
  lines: string[];
  /** Anchor point in viewBox units and as % of the panel. */
  x: number;
  y: number;
  left: number;
  top: number;
  align: Align;
  /** For number labels: the markers they belong to, their incidents, and a leader line (viewBox units) when moved off the marker. */
  markerIds?: string[];
  incidents?: string[];
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Collision box in viewBox units. */
  box: Box;
}

export interface LabelSet {
  /** The smallest on-screen map width (CSS px) this set is laid out for. */
  minWidth: number;
  /** Marker radius in viewBox units at this size. */
  markerRadius: number;
  labels: PlacedLabel[];
  /** Labels that found no free spot and were left out. */
  dropped: string[];
}

export interface MapPanel {
  id: 'main' | 'detail';
  width: number;
  height: number;
  viewBox: string;
  box: LonLatBox;
  projection: GeoProjection;
  countries: CountryShape[];
  assets: AssetLine[];
  markers: SiteMarker[];
  cities: City[];
  /** On the main map: the outline of the detail map's area. */
  detailFrame: Box | null;
  labelSets: { compact: LabelSet; roomy: LabelSet };
}

export interface UnplottedItem {
  incidentId: string;
  /** What was not drawn: the asset's display name, or the incident when nothing of it is mapped. */
  what: string;
  assetId: string | null;
  /** 'no-location': no published position; 'not-mapped': left off the damage map by the dataset (e.g. no damage); 'no-route': landing points unknown. */
  reason: 'no-location' | 'not-mapped' | 'no-route';
}

export interface IncidentEntry {
  id: string;
  /** Navigation order (time order), from 0. */
  order: number;
  /** On the map and in the list: "1", "2", ... for damage events; a code such as "NS" for context events; null when not mapped at all. */
  code: string | null;
  context: boolean;
  /** At least one site is on the main map. */
  plotted: boolean;
  /** Markers of this incident on the main map. */
  markerIds: string[];
  /** Lines drawn for this incident's assets. */
  assetIds: string[];
}

export interface BalticLayout {
  main: MapPanel;
  detail: MapPanel | null;
  incidents: IncidentEntry[];
  unplotted: UnplottedItem[];
}

/* ---------- constants ---------- */

/** About 9–31°E, 53–66.5°N: the Baltic Sea with the Gulf of Bothnia, Denmark's straits, Kaliningrad and St Petersburg. */
export const BALTIC_BOX: LonLatBox = [
  [9, 53],
  [31, 66.5],
];

/** The Gulf of Finland between Hanko and the Russian border: Helsinki, Tallinn and most of the damage sites. */
export const GULF_OF_FINLAND_BOX: LonLatBox = [
  [22.55, 59.05],
  [28.45, 60.72],
];

/** On-screen map widths (CSS px) the two label sets are laid out for: a 320px phone and a roomy column. */
export const LABEL_SET_WIDTHS = { compact: 288, roomy: 500 } as const;

/** Marker ring radius on screen (CSS px) per label set. */
const MARKER_PX = { compact: 4.5, roomy: 6 } as const;

/** Space between lines that share landing points, on screen (CSS px) at the compact size. */
const PARALLEL_PX = 3.2;

/** Type sizes in CSS px per label set (must match the CSS in BalticMap.astro). */
export const LABEL_FONT_PX = {
  compact: { country: 10, sea: 10.5, city: 10.5, number: 12 },
  roomy: { country: 11, sea: 11.5, city: 11.5, number: 12.5 },
} as const;
type FontSizes = (typeof LABEL_FONT_PX)['compact' | 'roomy'];

interface PlaceLabelSpec {
  kind: 'country' | 'sea' | 'city';
  lines: string[];
  /** Anchor points (lon, lat, alignment), best first; the placer also tries small shifts around each. */
  at: [number, number, Align?][];
  align?: Align;
  /** Only small shifts: for islands and cities, whose name must stay beside them. */
  tight?: boolean;
  /** For cities: the dot. */
  dot?: [number, number];
}

/**
 * Country and sea names on the main map, in priority order (earlier labels get first pick of the space).
 * The ten names the story needs come first; the rest are dropped first when space runs out.
 */
const MAIN_LABELS: PlaceLabelSpec[] = [
  { kind: 'country', lines: ['Finland'], at: [[26.6, 62.6]] },
  { kind: 'country', lines: ['Sweden'], at: [[15.2, 61.2], [14.6, 59.4]] },
  { kind: 'country', lines: ['Estonia'], at: [[25.9, 58.75]] },
  { kind: 'country', lines: ['Russia'], at: [[29.6, 58.1], [29.8, 62.6]] },
  { kind: 'country', lines: ['Kaliningrad', '(Russia)'], at: [[21.0, 54.68], [20.6, 54.45]] },
  { kind: 'country', lines: ['Latvia'], at: [[25.4, 56.85], [25.9, 56.6]] },
  { kind: 'country', lines: ['Lithuania'], at: [[24.4, 55.25], [24.0, 55.0]] },
  { kind: 'country', lines: ['Poland'], at: [[17.8, 53.55], [15.75, 53.5], [19.0, 53.4]] },
  { kind: 'country', lines: ['Germany'], at: [[11.4, 53.45], [12.3, 53.5]] },
  { kind: 'country', lines: ['Denmark'], at: [[9.2, 56.25]], align: 'start' },
  { kind: 'sea', lines: ['Baltic Sea'], at: [[18.2, 55.55], [19.3, 55.4], [17.4, 55.1], [20.3, 58.3], [19.6, 55.9]] },
  { kind: 'sea', lines: ['Gotland'], at: [[18.5, 57.45], [18.05, 57.35, 'end'], [18.0, 56.98, 'end'], [18.75, 57.0, 'start']], tight: true },
  { kind: 'country', lines: ['Norway'], at: [[9.2, 62.4]], align: 'start' },
  { kind: 'country', lines: ['Belarus'], at: [[28.6, 53.55], [27.5, 53.5]] },
  { kind: 'sea', lines: ['Gulf of', 'Bothnia'], at: [[20.3, 62.4]] },
];

/** Names on the Gulf of Finland detail. */
const DETAIL_LABELS: PlaceLabelSpec[] = [
  { kind: 'city', lines: ['Helsinki'], dot: [24.94, 60.17], at: [[25.0, 60.24, 'start'], [24.87, 60.22, 'end'], [24.94, 60.27, 'middle']], tight: true },
  { kind: 'city', lines: ['Tallinn'], dot: [24.75, 59.437], at: [[24.75, 59.36, 'middle'], [24.82, 59.42, 'start'], [24.68, 59.42, 'end']], tight: true },
  { kind: 'country', lines: ['Finland'], at: [[23.9, 60.55], [26.3, 60.6]] },
  { kind: 'country', lines: ['Estonia'], at: [[25.9, 59.2], [23.9, 59.15]] },
  { kind: 'country', lines: ['Russia'], at: [[28.0, 59.2], [28.1, 60.6]] },
  { kind: 'sea', lines: ['Gulf of Finland'], at: [[26.9, 59.83], [23.4, 59.55]] },
];

/* ---------- geography ---------- */

const has = <T extends PointInput>(p: T): p is T & { lat: number; lon: number } => typeof p.lat === 'number' && typeof p.lon === 'number';

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (v: number, of: number) => Math.round((v / of) * 10000) / 100;

export function assetKind(type: string): AssetKind {
  const t = type.toLowerCase();
  if (t.includes('gas') || t.includes('pipeline')) return 'gas';
  if (t.includes('power')) return 'power';
  return 'telecom';
}

/** Incidents in the order the chart shows them: by date, then as listed in the dataset. */
export function incidentsInTimeOrder<T extends IncidentInput>(incidents: readonly T[]): T[] {
  return incidents
    .map((inc, i) => ({ inc, i }))
    .sort((a, b) => (a.inc.date < b.inc.date ? -1 : a.inc.date > b.inc.date ? 1 : a.i - b.i))
    .map(({ inc }) => inc);
}

/** A site counts as damage for the map unless the dataset says the incident caused none or keeps it off the map. */
const isMappable = (inc: IncidentInput) => inc.include_on_damage_map !== false && inc.damage_confirmed !== false;

/** A Mercator projection fitted to a lon/lat box at a viewBox width, clipped to it, and the resulting height. */
export function fittedProjection(width: number, box: LonLatBox = BALTIC_BOX): { projection: GeoProjection; height: number } {
  const [[w, s], [e, n]] = box;
  const corners: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
      ],
    },
  };
  const projection = geoMercator().fitWidth(width, corners);
  const south = projection([w, s]);
  const height = Math.round(south ? south[1] : width);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

let countriesCache: FeatureCollection<Geometry, { name: string }> | undefined;
function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  if (!countriesCache) {
    const topo = world50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    countriesCache = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  }
  return countriesCache;
}

/** The country whose Natural Earth shape contains a point (for tests). */
export function countryAt(lon: number, lat: number): string | undefined {
  return worldCountries().features.find((f) => geoContains(f, [lon, lat]))?.properties.name;
}

/**
 * Countries projected and clipped to a panel. Filtering is done on the clipped, projected shape, never on geographic
 * bounds: Russia's bounds cross the antimeridian, so a longitude filter would drop it (and with it Kaliningrad and
 * St Petersburg).
 */
export function clippedCountries(projection: GeoProjection, width: number, height: number): CountryShape[] {
  const path = geoPath(projection).digits(1);
  const shapes: CountryShape[] = [];
  for (const f of worldCountries().features) {
    const d = path(f);
    if (!d) continue;
    const [[x0, y0], [x1, y1]] = path.bounds(f);
    // Shapes clipped away entirely collapse to nothing (or to a sliver on the edge).
    if (!(x1 - x0 > 0.5 && y1 - y0 > 0.5) || x1 <= 0 || y1 <= 0 || x0 >= width || y0 >= height) continue;
    shapes.push({ id: String(f.id ?? f.properties.name), name: f.properties.name, d });
  }
  return shapes.sort((a, b) => a.name.localeCompare(b.name));
}

/** Liang–Barsky: the part of a segment inside a box, as [t0, t1] along it, or null when it misses. */
export function clipSegment(x1: number, y1: number, x2: number, y2: number, b: Box): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const checks: [number, number][] = [
    [-dx, x1 - b.x0],
    [dx, b.x1 - x1],
    [-dy, y1 - b.y0],
    [dy, b.y1 - y1],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return null;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return null;
        if (r < t1) t1 = r;
      }
    }
  }
  return t0 <= t1 ? [t0, t1] : null;
}

/* ---------- label placement ---------- */

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Widths (em) of bold capitals and digits in DejaVu Sans, the widest common system sans-serif: a safe upper bound. */
const BOLD_EM: Record<string, number> = {
  A: 0.77, B: 0.76, C: 0.73, D: 0.83, E: 0.68, F: 0.68, G: 0.82, H: 0.84, I: 0.37, J: 0.37, K: 0.78, L: 0.64, M: 0.99,
  N: 0.84, O: 0.85, P: 0.73, Q: 0.85, R: 0.77, S: 0.72, T: 0.68, U: 0.81, V: 0.77, W: 1.1, X: 0.77, Y: 0.72, Z: 0.72,
  '(': 0.46, ')': 0.46, ' ': 0.35,
};

/** Estimated width of a line of text in em (country names are set in spaced capitals; numbers in bold). */
export function textWidthEm(text: string, kind: PlacedLabel['kind']): number {
  if (kind === 'country') {
    return [...text.toUpperCase()].reduce((sum, ch) => sum + (BOLD_EM[ch] ?? 0.8) + 0.08, 0);
  }
  if (kind === 'number') return [...text].reduce((sum, ch) => sum + (/\d/.test(ch) ? 0.7 : (BOLD_EM[ch] ?? 0.8)), 0);
  return text.length * 0.56 + 0.2;
}

interface LabelRequest {
  kind: PlacedLabel['kind'];
  lines: string[];
  /** Candidate anchor points with alignment, best first. */
  candidates: { x: number; y: number; align: Align; leaderFrom?: { x: number; y: number } }[];
  markerIds?: string[];
  incidents?: string[];
}

function labelBox(x: number, y: number, align: Align, lines: string[], kind: PlacedLabel['kind'], unitsPerPx: number, fonts: FontSizes): Box {
  const fontPx = fonts[kind];
  const lineHeight = fontPx * 1.15;
  const widthPx = Math.max(...lines.map((l) => textWidthEm(l, kind))) * fontPx + 4;
  const heightPx = lines.length * lineHeight + 2;
  const w = widthPx * unitsPerPx;
  const h = heightPx * unitsPerPx;
  const x0 = align === 'start' ? x : align === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  segments: { x1: number; y1: number; x2: number; y2: number }[],
  panel: { width: number; height: number },
  unitsPerPx: number,
  fonts: FontSizes,
): { labels: PlacedLabel[]; dropped: string[] } {
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const taken = [...obstacles];
  const inside = (b: Box) => b.x0 >= 1 && b.y0 >= 1 && b.x1 <= panel.width - 1 && b.y1 <= panel.height - 1;
  for (const req of requests) {
    let best: { c: LabelRequest['candidates'][number]; box: Box; cost: number } | undefined;
    req.candidates.forEach((c, rank) => {
      const box = labelBox(c.x, c.y, c.align, req.lines, req.kind, unitsPerPx, fonts);
      if (!inside(box) || taken.some((t) => overlaps(t, box))) return;
      // Crossing a cable line is allowed (labels carry a halo) but costs; so does being far from the preferred spot.
      const crossings = segments.filter((l) => clipSegment(l.x1, l.y1, l.x2, l.y2, box)).length;
      const cost = rank + crossings * (req.kind === 'number' ? 3 : 2);
      if (!best || cost < best.cost) best = { c, box, cost };
    });
    if (!best) {
      dropped.push(req.lines.join(' '));
      continue;
    }
    const { c, box } = best;
    taken.push(box);
    const label: PlacedLabel = {
      kind: req.kind,
      lines: req.lines,
      x: round1(c.x),
      y: round1(c.y),
      left: pct(c.x, panel.width),
      top: pct(c.y, panel.height),
      align: c.align,
      box,
      ...(req.markerIds ? { markerIds: req.markerIds, incidents: req.incidents } : {}),
    };
    if (c.leaderFrom) {
      // Leader from the marker's edge to the label's near edge.
      const edgeX = c.align === 'start' ? box.x0 : c.align === 'end' ? box.x1 : c.x;
      const edgeY = c.align === 'middle' ? (c.y > c.leaderFrom.y ? box.y0 : box.y1) : c.y;
      label.leader = { x1: round1(c.leaderFrom.x), y1: round1(c.leaderFrom.y), x2: round1(edgeX), y2: round1(edgeY) };
    }
    placed.push(label);
  }
  return { labels: placed, dropped };
}

/** Groups markers closer than `gap` viewBox units (single linkage), so one number label serves markers that touch. */
function clusterMarkers(markers: SiteMarker[], gap: number): SiteMarker[][] {
  const clusters: SiteMarker[][] = [];
  const seen = new Set<string>();
  for (const m of markers) {
    if (seen.has(m.id)) continue;
    const group = [m];
    seen.add(m.id);
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!;
      for (const b of markers) {
        if (!seen.has(b.id) && Math.hypot(a.x - b.x, a.y - b.y) < gap) {
          seen.add(b.id);
          group.push(b);
        }
      }
    }
    clusters.push(group);
  }
  return clusters;
}

const NUMBER_DIRECTIONS: [number, number, Align][] = [
  [1, 0, 'start'],
  [-1, 0, 'end'],
  [0, -1, 'middle'],
  [0, 1, 'middle'],
  [0.75, -0.75, 'start'],
  [-0.75, -0.75, 'end'],
  [0.75, 0.75, 'start'],
  [-0.75, 0.75, 'end'],
];

const PLACE_OFFSETS: [number, number][] = [
  [0, 0],
  [0, -1],
  [0, 1],
  [1.5, 0],
  [-1.5, 0],
  [0, -2],
  [0, 2],
  [2.5, -1],
  [-2.5, -1],
  [2.5, 1],
  [-2.5, 1],
];

function labelSet(
  panel: Omit<MapPanel, 'labelSets' | 'countries' | 'viewBox'>,
  places: PlaceLabelSpec[],
  codeOf: Map<string, string | null>,
  orderOf: Map<string, number>,
  size: 'compact' | 'roomy',
): LabelSet {
  const minWidth = LABEL_SET_WIDTHS[size];
  const fonts = LABEL_FONT_PX[size];
  const unitsPerPx = panel.width / minWidth;
  const r = MARKER_PX[size] * unitsPerPx;
  const segments = panel.assets.map(({ x1, y1, x2, y2 }) => ({ x1, y1, x2, y2 }));
  const obstacles: Box[] = panel.markers.map((m) => ({ x0: m.x - r - 1, y0: m.y - r - 1, x1: m.x + r + 1, y1: m.y + r + 1 }));
  const dotR = 3 * unitsPerPx;
  for (const c of panel.cities) obstacles.push({ x0: c.x - dotR, y0: c.y - dotR, x1: c.x + dotR, y1: c.y + dotR });
  const frame = panel.detailFrame;
  if (frame) {
    // The frame's edges: thin boxes, so labels sit inside or outside it but not across its outline.
    const t = 1.5 * unitsPerPx;
    obstacles.push(
      { x0: frame.x0 - t, y0: frame.y0 - t, x1: frame.x1 + t, y1: frame.y0 + t },
      { x0: frame.x0 - t, y0: frame.y1 - t, x1: frame.x1 + t, y1: frame.y1 + t },
      { x0: frame.x0 - t, y0: frame.y0 - t, x1: frame.x0 + t, y1: frame.y1 + t },
      { x0: frame.x1 - t, y0: frame.y0 - t, x1: frame.x1 + t, y1: frame.y1 + t },
    );
  }

  const requests: LabelRequest[] = [];
  // Number labels first: they tie the map to the list. Markers that touch share one label. On the main map, markers
  // inside the detail frame are numbered on the detail instead.
  const numbered = frame
    ? panel.markers.filter((m) => !(m.x >= frame.x0 && m.x <= frame.x1 && m.y >= frame.y0 && m.y <= frame.y1))
    : panel.markers;
  for (const group of clusterMarkers(numbered, 2 * r + 3 * unitsPerPx)) {
    const ids = [...new Set(group.flatMap((m) => m.incidents))].sort((a, b) => orderOf.get(a)! - orderOf.get(b)!);
    const text = ids
      .map((id) => codeOf.get(id))
      .filter(Boolean)
      .join(' ');
    if (!text) continue;
    const cx = group.reduce((s, m) => s + m.x, 0) / group.length;
    const cy = group.reduce((s, m) => s + m.y, 0) / group.length;
    const spread = Math.max(...group.map((m) => Math.hypot(m.x - cx, m.y - cy)));
    const candidates: LabelRequest['candidates'] = [];
    for (const ring of [0, 1, 2, 3]) {
      const d = spread + r + (2 + ring * 8) * unitsPerPx;
      for (const [dx, dy, align] of NUMBER_DIRECTIONS) {
        const extraY = dy === 0 ? 0 : dy * fonts.number * 0.35 * unitsPerPx;
        const edge = spread + r;
        candidates.push({
          x: cx + dx * d,
          y: cy + dy * d + extraY,
          align,
          ...(ring === 0 ? {} : { leaderFrom: { x: cx + dx * edge, y: cy + dy * edge } }),
        });
      }
    }
    requests.push({ kind: 'number', lines: [text], candidates, markerIds: group.map((m) => m.id), incidents: ids });
  }
  const step = fonts.country * unitsPerPx;
  for (const p of places) {
    const candidates: LabelRequest['candidates'] = [];
    for (const [lon, lat, anchorAlign] of p.at) {
      const at = panel.projection([lon, lat]);
      if (!at) continue;
      const align = anchorAlign ?? p.align ?? 'middle';
      for (const [dx, dy] of p.tight ? PLACE_OFFSETS.slice(0, 3) : PLACE_OFFSETS) {
        candidates.push({ x: at[0] + dx * step * (p.tight ? 0.4 : 1), y: at[1] + dy * step * (p.tight ? 0.4 : 1), align });
      }
    }
    requests.push({ kind: p.kind, lines: p.lines, candidates });
  }
  const { labels, dropped } = placeLabels(requests, obstacles, segments, panel, unitsPerPx, fonts);
  return { minWidth, markerRadius: round1(r), labels, dropped };
}

/* ---------- the layout ---------- */

interface Ctx {
  shown: IncidentInput[];
  assetsById: Map<string, AssetInput>;
  assetName: (id: string | null | undefined, fallback: string) => string;
  lineIncidents: Map<string, string[]>;
  codeOf: Map<string, string | null>;
  orderOf: Map<string, number>;
}

function buildPanel(id: MapPanel['id'], width: number, box: LonLatBox, places: PlaceLabelSpec[], ctx: Ctx, detailBox: LonLatBox | null): MapPanel {
  const { projection, height } = fittedProjection(width, box);
  const rect: Box = { x0: 0, y0: 0, x1: width, y1: height };
  const raw = (lon: number, lat: number): [number, number] | null => {
    const p = projection([lon, lat]);
    return p ? [p[0], p[1]] : null;
  };
  const inside = (p: [number, number] | null): p is [number, number] => !!p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;

  // Markers: one per distinct approximate point, shared by the incidents and assets damaged there.
  const markers: SiteMarker[] = [];
  for (const inc of ctx.shown) {
    if (!isMappable(inc)) continue;
    for (const site of inc.sites) {
      if (!has(site)) continue;
      const p = raw(site.lon, site.lat);
      if (!inside(p)) continue;
      let m = markers.find((k) => Math.hypot(k.x - p[0], k.y - p[1]) < width / 300);
      if (!m) {
        m = { id: `${id}-site-${markers.length + 1}`, x: round1(p[0]), y: round1(p[1]), lon: site.lon, lat: site.lat, incidents: [], assets: [], context: true };
        markers.push(m);
      }
      if (!m.incidents.includes(inc.id)) m.incidents.push(inc.id);
      if (site.asset_id && !m.assets.includes(site.asset_id)) m.assets.push(site.asset_id);
      if (!inc.context_only) m.context = false;
    }
  }

  // Lines: straight between landing points, clipped to the panel; lines that share landing points sit side by side.
  const unitsPerPx = width / LABEL_SET_WIDTHS.compact;
  const spacing = PARALLEL_PX * unitsPerPx;
  const rawLines: (Omit<AssetLine, 'ends'> & { key: string })[] = [];
  for (const [assetId, incidentIds] of ctx.lineIncidents) {
    const asset = ctx.assetsById.get(assetId);
    const ends = (asset?.endpoints ?? []).filter(has);
    if (!asset || ends.length < 2) continue;
    const a = raw(ends[0]!.lon, ends[0]!.lat);
    const b = raw(ends[1]!.lon, ends[1]!.lat);
    if (!a || !b) continue;
    const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
    const key = [p, q].map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join('|');
    rawLines.push({ id: assetId, name: ctx.assetName(assetId, asset.name), kind: assetKind(asset.type), x1: p[0], y1: p[1], x2: q[0], y2: q[1], incidents: incidentIds, key });
  }
  const assets: AssetLine[] = [];
  for (const group of Map.groupBy(rawLines, (l) => l.key).values()) {
    group.forEach((l, i) => {
      const off = (i - (group.length - 1) / 2) * spacing;
      const len = Math.hypot(l.x2 - l.x1, l.y2 - l.y1) || 1;
      const nx = (-(l.y2 - l.y1) / len) * off;
      const ny = ((l.x2 - l.x1) / len) * off;
      const [x1, y1, x2, y2] = [l.x1 + nx, l.y1 + ny, l.x2 + nx, l.y2 + ny];
      const t = clipSegment(x1, y1, x2, y2, rect);
      if (!t) return;
      const [t0, t1] = t;
      const { key: _key, ...line } = l;
      assets.push({
        ...line,
        x1: round1(x1 + (x2 - x1) * t0),
        y1: round1(y1 + (y2 - y1) * t0),
        x2: round1(x1 + (x2 - x1) * t1),
        y2: round1(y1 + (y2 - y1) * t1),
        ends: [t0 === 0, t1 === 1],
      });
    });
  }
  assets.sort((a, b) => a.id.localeCompare(b.id));

  const cities: City[] = places.flatMap((p) => {
    if (!p.dot) return [];
    const at = raw(p.dot[0], p.dot[1]);
    return inside(at) ? [{ name: p.lines.join(' '), x: round1(at[0]), y: round1(at[1]) }] : [];
  });

  let detailFrame: Box | null = null;
  if (detailBox) {
    const [[w, s], [e, n]] = detailBox;
    const sw = raw(w, s);
    const ne = raw(e, n);
    if (sw && ne) detailFrame = { x0: round1(sw[0]), y0: round1(ne[1]), x1: round1(ne[0]), y1: round1(sw[1]) };
  }

  const base = { id, width, height, box, projection, assets, markers, cities, detailFrame };
  return {
    ...base,
    viewBox: `0 0 ${width} ${height}`,
    countries: clippedCountries(projection, width, height),
    labelSets: {
      compact: labelSet(base, places, ctx.codeOf, ctx.orderOf, 'compact'),
      roomy: labelSet(base, places, ctx.codeOf, ctx.orderOf, 'roomy'),
    },
  };
}

export function balticLayout(incidentsIn: readonly IncidentInput[], assetsIn: readonly AssetInput[], options: BalticLayoutOptions = {}): BalticLayout {
  const width = options.width ?? 600;
  const includeContext = options.includeContext ?? true;
  const codes = options.codes ?? {};
  const assetLabels = options.assetLabels ?? {};
  const detailBox = options.detailBox === undefined ? GULF_OF_FINLAND_BOX : options.detailBox;
  const assetsById = new Map(assetsIn.map((a) => [a.id, a]));
  const assetName = (id: string | null | undefined, fallback: string) => (id ? (assetLabels[id] ?? assetsById.get(id)?.name ?? fallback) : fallback);

  const shown = incidentsInTimeOrder(incidentsIn.filter((i) => includeContext || !i.context_only));

  // Numbers: damage events that are not context get 1, 2, 3 ... in time order; context events get their code.
  let n = 0;
  const codeOf = new Map<string, string | null>();
  for (const inc of shown) {
    codeOf.set(inc.id, !inc.context_only && isMappable(inc) ? String(++n) : (codes[inc.id] ?? null));
  }
  const orderOf = new Map(shown.map((inc, i) => [inc.id, i]));

  // Lines are drawn for each damaged asset of a non-context incident. Context events (Nord Stream) are marked but not
  // drawn: a straight line between their ends would cross land.
  const lineIncidents = new Map<string, string[]>();
  for (const inc of shown) {
    if (inc.context_only || !isMappable(inc)) continue;
    for (const site of inc.sites) {
      if (!site.asset_id) continue;
      const list = lineIncidents.get(site.asset_id) ?? [];
      if (!list.includes(inc.id)) list.push(inc.id);
      lineIncidents.set(site.asset_id, list);
    }
  }

  const ctx: Ctx = { shown, assetsById, assetName, lineIncidents, codeOf, orderOf };
  const main = buildPanel('main', width, options.box ?? BALTIC_BOX, MAIN_LABELS, ctx, detailBox);
  const detail = detailBox ? buildPanel('detail', width, detailBox, DETAIL_LABELS, ctx, null) : null;

  // What is not on the main map, and why.
  const unplotted: UnplottedItem[] = [];
  for (const inc of shown) {
    if (!isMappable(inc)) {
      unplotted.push({ incidentId: inc.id, what: inc.title, assetId: null, reason: 'not-mapped' });
      continue;
    }
    for (const site of inc.sites) {
      const p = has(site) ? main.projection([site.lon, site.lat]) : null;
      const onMap = p && p[0] >= 0 && p[0] <= main.width && p[1] >= 0 && p[1] <= main.height;
      if (!onMap) unplotted.push({ incidentId: inc.id, what: assetName(site.asset_id, site.infrastructure), assetId: site.asset_id ?? null, reason: 'no-location' });
    }
  }
  for (const [assetId, incidentIds] of lineIncidents) {
    if (main.assets.some((a) => a.id === assetId)) continue;
    for (const id of incidentIds) {
      unplotted.push({ incidentId: id, what: assetName(assetId, assetsById.get(assetId)?.name ?? assetId), assetId, reason: 'no-route' });
    }
  }

  const incidents: IncidentEntry[] = shown.map((inc, order) => {
    const markerIds = main.markers.filter((m) => m.incidents.includes(inc.id)).map((m) => m.id);
    return {
      id: inc.id,
      order,
      code: codeOf.get(inc.id) ?? null,
      context: Boolean(inc.context_only),
      plotted: markerIds.length > 0,
      markerIds,
      assetIds: main.assets.filter((a) => a.incidents.includes(inc.id)).map((a) => a.id),
    };
  });

  return { main, detail, incidents, unplotted };
}
