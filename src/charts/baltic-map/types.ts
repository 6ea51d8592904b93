/**
 * The Baltic map's shared shapes: what the layout reads from the datasets (derived from their zod schemas) and what
 * it hands the renderer. No logic here.
 */
import type { GeoProjection } from 'd3-geo';
import type { BalticAsset, BalticIncident } from '../../schemas/datasets';

/* ---------- inputs: the dataset fields the map uses, from the schemas ---------- */

export type PointInput = { lat: number | null; lon: number | null; approximate?: boolean };
export type AssetInput = Pick<BalticAsset, 'id' | 'name' | 'type' | 'endpoints'>;
export type IncidentInput = Pick<BalticIncident, 'id' | 'title' | 'date' | 'date_precision' | 'sites'> &
  Partial<Pick<BalticIncident, 'context_only' | 'damage_confirmed' | 'include_on_damage_map'>>;

/* ---------- geometry ---------- */

export type LonLatBox = [[number, number], [number, number]];
export type Align = 'start' | 'middle' | 'end';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type AssetKind = 'telecom' | 'power' | 'gas';
/** What each kind of asset is called, in the key and in the lines' titles. */
export const ASSET_KIND_NAMES: Record<AssetKind, string> = { telecom: 'telecom cable', power: 'power cable', gas: 'gas pipeline' };

/* ---------- outputs ---------- */

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
  /** Position as % of the panel, for the overlays. */
  left: number;
  top: number;
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

/** An approximate track (e.g. an anchor drag), drawn through damage sites in the order the chart's YAML gives. */
export interface Track {
  incidentId: string;
  /** Polyline in viewBox units. */
  points: [number, number][];
}

export type LabelKind = 'country' | 'sea' | 'city' | 'number' | 'callout' | 'track';

export interface PlacedLabel {
  kind: LabelKind;
  lines: string[];
  /** Anchor point in viewBox units and as % of the panel. */
  x: number;
  y: number;
  left: number;
  top: number;
  align: Align;
  /** Type size in CSS px at the default text size (the layout placed it at this size; the overlay draws it in rem). */
  fontPx: number;
  /** For number labels: the markers they belong to, their incidents, and a leader line (viewBox units) when moved off the marker. */
  markerIds?: string[];
  incidents?: string[];
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** Collision box in viewBox units. */
  box: Box;
}

export interface LabelSet {
  /** The smallest on-screen map width (CSS px at the default text size) this set is laid out for. */
  minWidth: number;
  /** Marker radius in CSS px at this size (drawn in the overlay, so it keeps its size while the map scales). */
  markerPx: number;
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
  tracks: Track[];
  /** On the main map: the outline of the detail map's area. */
  detailFrame: Box | null;
  labelSets: { small: LabelSet; compact: LabelSet; roomy: LabelSet };
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
