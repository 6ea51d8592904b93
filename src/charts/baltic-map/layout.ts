/**
 * The Baltic cable map's layout: pure maths, no React, no DOM. It puts together
 *   ./projection.ts     a Mercator projection per panel, the countries clipped to it, segment clipping;
 *   ./panel.ts          one panel: lines, damage-site markers, tracks and two label sets;
 *   ./label-placement.ts  the generic placer the label sets use;
 *   ./place-labels.ts   the place names, whose words are in the chart's YAML;
 *   ./numbering.ts      time order, numbers and what is not on the map.
 *
 * In: the incidents and assets datasets, the chart's place names, notes and tracks, and the maps' viewBox width.
 * Out: the main map, cropped to where the damage is (about 54–61°N), and a detail of the Gulf of Finland, where most
 * of the damage sites crowd together, each with label positions for a small and a roomy map on screen; each
 * incident's number; and what could not be plotted, and why.
 *
 * Labels and markers are drawn in overlays without a viewBox, so their size stays fixed while the map scales;
 * positions are given in viewBox units and as percentages. Each label set is computed for the smallest on-screen
 * width it is used at, so labels only get more room as the map grows.
 */
import type { PlaceLabelSpec } from '../../schemas/charts/baltic-map';
import { buildPanel, type PanelContext } from './panel';
import { damagedAssets, incidentCodes, incidentEntries, incidentsInTimeOrder, unplottedItems } from './numbering';
import type { AssetInput, BalticLayout, IncidentInput, LonLatBox } from './types';

export * from './types';
export { assetKind } from './asset-kind';
export { clipSegment, countryAt, fittedProjection } from './projection';
export { incidentsInTimeOrder } from './numbering';

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
  /** Names drawn on each map (from the chart's YAML). */
  places?: { main: readonly PlaceLabelSpec[]; detail: readonly PlaceLabelSpec[] };
  /** The ship-and-outcome note per incident id (from the chart's YAML). */
  callouts?: Record<string, readonly string[]>;
  /** Approximate tracks (from the chart's YAML). */
  tracks?: PanelContext['tracks'];
}

/** About 12–31°E, 53.6–61.4°N: where the damage is, from Bornholm and Kaliningrad to St Petersburg. */
export const BALTIC_BOX: LonLatBox = [
  [12.3, 53.6],
  [30.7, 61.4],
];

/** The Gulf of Finland between Hanko and the Russian border: Helsinki, Tallinn and most of the damage sites. */
export const GULF_OF_FINLAND_BOX: LonLatBox = [
  [22.55, 59.05],
  [28.45, 60.72],
];

export function balticLayout(incidentsIn: readonly IncidentInput[], assetsIn: readonly AssetInput[], options: BalticLayoutOptions = {}): BalticLayout {
  const width = options.width ?? 600;
  const includeContext = options.includeContext ?? true;
  const assetLabels = options.assetLabels ?? {};
  const detailBox = options.detailBox === undefined ? GULF_OF_FINLAND_BOX : options.detailBox;
  const box = options.box ?? BALTIC_BOX;
  const places = options.places ?? { main: [], detail: [] };
  const callouts = options.callouts ?? {};
  const assetsById = new Map(assetsIn.map((a) => [a.id, a]));
  const assetName = (id: string | null | undefined, fallback: string) => (id ? (assetLabels[id] ?? assetsById.get(id)?.name ?? fallback) : fallback);

  const shown = incidentsInTimeOrder(incidentsIn.filter((i) => includeContext || !i.context_only));
  const codeOf = incidentCodes(shown, options.codes ?? {});
  const orderOf = new Map(shown.map((inc, i) => [inc.id, i]));
  const lineIncidents = damagedAssets(shown);
  const ctx: PanelContext = { shown, assetsById, assetName, lineIncidents, codeOf, orderOf, callouts, tracks: options.tracks ?? [] };

  // A note goes on the detail when any of its incident's sites lies there, else on the main map: never on both.
  const inDetail = (inc: IncidentInput) => {
    if (!detailBox) return false;
    const [[w, s], [e, n]] = detailBox;
    return inc.sites.some((p) => p.lon !== null && p.lat !== null && p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n);
  };
  const withNote = shown.filter((i) => callouts[i.id]);
  const detailNotes = new Set(withNote.filter(inDetail).map((i) => i.id));
  const mainNotes = new Set(withNote.filter((i) => !detailNotes.has(i.id)).map((i) => i.id));

  const main = buildPanel('main', width, box, places.main, ctx, detailBox, mainNotes);
  const detail = detailBox ? buildPanel('detail', width, detailBox, places.detail, ctx, null, detailNotes) : null;
  return {
    main,
    detail,
    incidents: incidentEntries(shown, codeOf, main),
    unplotted: unplottedItems(shown, main, lineIncidents, assetsById, assetName),
  };
}
