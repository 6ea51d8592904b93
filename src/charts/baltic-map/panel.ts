/**
 * One map panel assembled: projection, countries, the damaged assets as straight lines, one marker per damage site,
 * approximate tracks, and three label sets (numbers, ship-and-outcome notes, track labels and place names) placed for a
 * small, a compact and a roomy map on screen (./sizes.ts).
 */
import type { PlaceLabelSpec } from '../../schemas/charts/baltic-map';
import { AROUND, clusterByDistance, placeLabels, type LabelRequest } from './label-placement';
import { cityDots, placeRequests } from './place-labels';
import { clippedCountries, clipSegment, fittedProjection, hasPoint, pct, round1 } from './projection';
import { COAST_TOLERANCE_PX, LABEL_FONT_PX, LABEL_SET_WIDTHS, MARKER_PX, PARALLEL_PX, type LabelSetName } from './sizes';
import { isMappable } from './numbering';
import { assetKind } from './asset-kind';
import type { AssetInput, AssetLine, Box, IncidentInput, LabelSet, LonLatBox, MapPanel, SiteMarker, Track } from './types';

/** What every panel is built from. */
export interface PanelContext {
  shown: readonly IncidentInput[];
  assetsById: ReadonlyMap<string, AssetInput>;
  assetName: (id: string | null | undefined, fallback: string) => string;
  lineIncidents: ReadonlyMap<string, string[]>;
  codeOf: ReadonlyMap<string, string | null>;
  orderOf: ReadonlyMap<string, number>;
  /** The ship-and-outcome note per incident (lines), drawn beside its site. */
  callouts: Readonly<Record<string, readonly string[]>>;
  /** Tracks as incident plus the asset ids whose sites they join, and their label. */
  tracks: readonly { incident: string; through: readonly string[]; label: string }[];
}

type PanelBase = Omit<MapPanel, 'labelSets' | 'countries' | 'viewBox'>;

function siteMarkers(id: MapPanel['id'], ctx: PanelContext, raw: (lon: number, lat: number) => [number, number] | null, width: number, height: number): SiteMarker[] {
  const inside = (p: [number, number] | null): p is [number, number] => !!p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
  const markers: SiteMarker[] = [];
  for (const inc of ctx.shown) {
    if (!isMappable(inc)) continue;
    for (const site of inc.sites) {
      if (!hasPoint(site)) continue;
      const p = raw(site.lon, site.lat);
      if (!inside(p)) continue;
      let m = markers.find((k) => Math.hypot(k.x - p[0], k.y - p[1]) < width / 300);
      if (!m) {
        m = {
          id: `${id}-site-${markers.length + 1}`,
          x: round1(p[0]),
          y: round1(p[1]),
          left: pct(p[0], width),
          top: pct(p[1], height),
          lon: site.lon,
          lat: site.lat,
          incidents: [],
          assets: [],
          context: true,
        };
        markers.push(m);
      }
      if (!m.incidents.includes(inc.id)) m.incidents.push(inc.id);
      if (site.asset_id && !m.assets.includes(site.asset_id)) m.assets.push(site.asset_id);
      if (!inc.context_only) m.context = false;
    }
  }
  return markers;
}

/** Straight lines between landing points, clipped to the panel; lines that share landing points sit side by side. */
function assetLines(ctx: PanelContext, raw: (lon: number, lat: number) => [number, number] | null, rect: Box, spacing: number): AssetLine[] {
  const rawLines: (Omit<AssetLine, 'ends'> & { key: string })[] = [];
  for (const [assetId, incidentIds] of ctx.lineIncidents) {
    const asset = ctx.assetsById.get(assetId);
    const ends = (asset?.endpoints ?? []).filter(hasPoint);
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
  return assets.sort((a, b) => a.id.localeCompare(b.id));
}

/** Tracks through the incident's own damage sites, in the order given; never through invented points. */
function trackLines(ctx: PanelContext, raw: (lon: number, lat: number) => [number, number] | null): Track[] {
  return ctx.tracks.flatMap((t) => {
    const inc = ctx.shown.find((i) => i.id === t.incident);
    if (!inc) return [];
    const points = t.through.flatMap((assetId) => {
      const site = inc.sites.find((s) => s.asset_id === assetId);
      if (!site || !hasPoint(site)) throw new Error(`tracks: incident ${t.incident} has no site with a position for asset ${assetId}`);
      const p = raw(site.lon, site.lat);
      return p ? [[round1(p[0]), round1(p[1])] as [number, number]] : [];
    });
    return points.length >= 2 ? [{ incidentId: t.incident, points }] : [];
  });
}

const boxOf = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

function labelSet(panel: PanelBase, places: readonly PlaceLabelSpec[], ctx: PanelContext, size: LabelSetName, calloutIds: ReadonlySet<string>): LabelSet {
  const minWidth = LABEL_SET_WIDTHS[size];
  const fonts = LABEL_FONT_PX[size];
  const unitsPerPx = panel.width / minWidth;
  const r = MARKER_PX[size] * unitsPerPx;
  const segments = [
    ...panel.assets.map(({ x1, y1, x2, y2 }) => ({ x1, y1, x2, y2 })),
    ...panel.tracks.flatMap((t) => t.points.slice(1).map(([x2, y2], i) => ({ x1: t.points[i]![0], y1: t.points[i]![1], x2, y2 }))),
  ];
  const obstacles: Box[] = panel.markers.map((m) => boxOf(m.x, m.y, r + 1));
  for (const c of panel.cities) obstacles.push(boxOf(c.x, c.y, 3 * unitsPerPx));
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
  const inFrame = (m: { x: number; y: number }) => !!frame && m.x >= frame.x0 && m.x <= frame.x1 && m.y >= frame.y0 && m.y <= frame.y1;

  /** Candidates in rings around a point, further out with a leader from the marker's edge. */
  const around = (cx: number, cy: number, spread: number, fontPx: number, rings: number[]): LabelRequest['candidates'] => {
    const candidates: LabelRequest['candidates'] = [];
    const edge = spread + r;
    for (const ring of rings) {
      const d = edge + (2 + ring * 8) * unitsPerPx;
      for (const [dx, dy, align] of AROUND) {
        const extraY = dy === 0 ? 0 : dy * fontPx * 0.35 * unitsPerPx;
        candidates.push({ x: cx + dx * d, y: cy + dy * d + extraY, align, ...(ring === 0 ? {} : { leaderFrom: { x: cx + dx * edge, y: cy + dy * edge } }) });
      }
    }
    return candidates;
  };

  const requests: LabelRequest[] = [];
  // Number labels first: they tie the map to the list. Markers that touch share one label. On the main map, markers
  // inside the detail frame are numbered on the detail instead.
  const numbered = panel.markers.filter((m) => !inFrame(m));
  const byOrder = (a: string, b: string) => ctx.orderOf.get(a)! - ctx.orderOf.get(b)!;
  for (const group of clusterByDistance(numbered, 2 * r + 3 * unitsPerPx)) {
    const ids = [...new Set(group.flatMap((m) => m.incidents))].sort(byOrder);
    const text = ids.map((id) => ctx.codeOf.get(id)).filter(Boolean).join(' ');
    if (!text) continue;
    const cx = group.reduce((s, m) => s + m.x, 0) / group.length;
    const cy = group.reduce((s, m) => s + m.y, 0) / group.length;
    const spread = Math.max(...group.map((m) => Math.hypot(m.x - cx, m.y - cy)));
    requests.push({ kind: 'number', lines: [text], fontPx: fonts.number, candidates: around(cx, cy, spread, fonts.number, [0, 1, 2, 3]), markerIds: group.map((m) => m.id), incidents: ids });
  }
  // Each track's label beside its longest stretch, saying that it is approximate (not where the track lies inside
  // the detail's frame: the detail labels it).
  for (const t of panel.tracks) {
    const spec = ctx.tracks.find((s) => s.incident === t.incidentId);
    if (!spec || t.points.every((p) => inFrame({ x: p[0], y: p[1] }))) continue;
    let best = 0;
    let bestLength = -1;
    t.points.slice(1).forEach(([x, y], i) => {
      const length = Math.hypot(x - t.points[i]![0], y - t.points[i]![1]);
      if (length > bestLength) [best, bestLength] = [i, length];
    });
    const [ax, ay] = t.points[best]!;
    const [bx, by] = t.points[best + 1]!;
    const lines = spec.label.replace(/ \(/, '\n(').split('\n');
    requests.push({ kind: 'track', lines, fontPx: fonts.track, candidates: around((ax + bx) / 2, (ay + by) / 2, 0, fonts.track, [0, 1, 2, 3]), incidents: [t.incidentId] });
  }
  // The place names come before the notes on the small set, where room is scarce: they say where the map is, and the
  // list says what each incident was.
  const placeNames = placeRequests(places, panel.projection, (k) => fonts[k], unitsPerPx);
  if (size === 'small') requests.push(...placeNames);
  // The ship and the outcome beside the main incidents' sites, with a leader when set apart (on a smaller map, the
  // ship alone).
  for (const id of [...calloutIds].sort(byOrder)) {
    const lines = ctx.callouts[id];
    const sites = numbered.filter((m) => m.incidents.includes(id));
    if (!lines || sites.length === 0) continue;
    const cx = sites.reduce((s, m) => s + m.x, 0) / sites.length;
    const cy = sites.reduce((s, m) => s + m.y, 0) / sites.length;
    const spread = Math.max(...sites.map((m) => Math.hypot(m.x - cx, m.y - cy)));
    const code = ctx.codeOf.get(id);
    const shown = size === 'roomy' ? lines : lines.slice(0, 1);
    const text = code ? [`${code}: ${shown[0]}`, ...shown.slice(1)] : [...shown];
    requests.push({ kind: 'callout', lines: text, fontPx: fonts.callout, candidates: around(cx, cy, spread, fonts.callout, [1, 2, 3, 4, 5, 6]), incidents: [id] });
  }
  if (size !== 'small') requests.push(...placeNames);
  const { labels, dropped } = placeLabels(requests, obstacles, segments, panel, unitsPerPx);
  return { minWidth, markerPx: MARKER_PX[size], labels, dropped };
}

export function buildPanel(
  id: MapPanel['id'],
  width: number,
  box: LonLatBox,
  places: readonly PlaceLabelSpec[],
  ctx: PanelContext,
  detailBox: LonLatBox | null,
  calloutIds: ReadonlySet<string>,
): MapPanel {
  const { projection, height } = fittedProjection(width, box);
  const raw = (lon: number, lat: number): [number, number] | null => {
    const p = projection([lon, lat]);
    return p ? [p[0], p[1]] : null;
  };
  const unitsPerPx = width / LABEL_SET_WIDTHS.compact;
  const markers = siteMarkers(id, ctx, raw, width, height);
  const assets = assetLines(ctx, raw, { x0: 0, y0: 0, x1: width, y1: height }, PARALLEL_PX * unitsPerPx);
  const tracks = trackLines(ctx, raw);
  const cities = cityDots(places, projection, width, height);

  let detailFrame: Box | null = null;
  if (detailBox) {
    const [[w, s], [e, n]] = detailBox;
    const sw = raw(w, s);
    const ne = raw(e, n);
    if (sw && ne) detailFrame = { x0: round1(sw[0]), y0: round1(ne[1]), x1: round1(ne[0]), y1: round1(sw[1]) };
  }

  const base: PanelBase = { id, width, height, box, projection, assets, markers, cities, tracks, detailFrame };
  return {
    ...base,
    viewBox: `0 0 ${width} ${height}`,
    countries: clippedCountries(projection, width, height, COAST_TOLERANCE_PX * unitsPerPx),
    labelSets: {
      small: labelSet(base, places, ctx, 'small', calloutIds),
      compact: labelSet(base, places, ctx, 'compact', calloutIds),
      roomy: labelSet(base, places, ctx, 'roomy', calloutIds),
    },
  };
}
