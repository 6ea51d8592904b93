/**
 * What the Baltic map shows, ready to render: the layout plus, per incident, the site's own words joined to the
 * dataset's facts (date at its precision, ship, flag, damaged assets, resolved sources). Pure: no Astro, no React,
 * so unit tests can build it from the JSON files directly.
 */
import { formatPartialDate, MONTHS, normalisePrecision } from '../../lib/dates';
import type { Source } from '../../schemas/source';
import type { BalticMapChart } from '../../schemas/charts/baltic-map';
import type { BalticIncident } from '../../schemas/datasets';
import { assetKind, balticLayout, type AssetInput, type AssetKind, type BalticLayout, type IncidentInput, type UnplottedItem } from './layout';

/** The incident fields the model reads on top of the layout's (from the dataset's schema). */
export type IncidentRecord = IncidentInput & Pick<BalticIncident, 'sources'> & Partial<Pick<BalticIncident, 'date_range' | 'suspected_vessel'>>;

/** The chart entry's fields the model reads. */
export type BalticChartConfig = Pick<BalticMapChart, 'include_context' | 'display' | 'asset_labels' | 'withheld_sources' | 'place_labels' | 'tracks'>;

export interface AssetMention {
  id: string | null;
  label: string;
  kind: AssetKind;
  /** Drawn as a line on the map. */
  drawn: boolean;
}

export interface UnplottedView {
  assetId: string | null;
  /** The cable or pipeline (or the incident, when none of it is mapped). */
  label: string;
  /** Why, e.g. "landing-point positions not found, so no line is drawn". */
  reason: string;
}

export interface IncidentView {
  id: string;
  order: number;
  code: string | null;
  context: boolean;
  plotted: boolean;
  /** The dataset keeps it off the damage map (no damage, or faults without positions). */
  notMapped: boolean;
  label: string;
  summary: string;
  location: string;
  /** Where, in a few words (table). */
  area: string;
  cause: string;
  outcome: string;
  /** The outcome in a few words (table). */
  status: string;
  repair: string | null;
  dateNote: string | null;
  /** ISO date as recorded (first day of a range) and its precision. */
  date: string;
  datePrecision: string;
  /** The date as readers see it, never more precise than reported, e.g. "7–8 October 2023", "around 31 December 2025". */
  dateText: string;
  vessel: string | null;
  vesselName: string | null;
  /** Only one source names the ship. */
  vesselSingleSource: boolean;
  flag: string | null;
  /** When sources differ on the flag. */
  flagNote: string | null;
  assets: AssetMention[];
  /** What of this incident the map leaves out, and why, in readers' words. */
  unplotted: UnplottedView[];
  /** Approximate points (lat, lon) of the sites on the map. */
  points: { lat: number; lon: number }[];
  sources: Source[];
  markerIds: string[];
  assetIds: string[];
}

export interface BalticModel {
  layout: BalticLayout;
  incidents: IncidentView[];
}

/** One line per asset (or per incident), with the reasons joined: a cable can lack both a damage site and a route. */
export function unplottedText(items: readonly UnplottedItem[], labelOf: (u: UnplottedItem) => string, noDamage: boolean): UnplottedView[] {
  const byAsset = Map.groupBy(items, (u) => u.assetId ?? '');
  return [...byAsset.values()].map((group) => {
    const first = group[0]!;
    const reasons = new Set(group.map((u) => u.reason));
    let reason: string;
    if (reasons.has('not-mapped')) reason = noDamage ? 'no damage, so not mapped' : 'no positions published, so not mapped';
    else if (reasons.has('no-location') && reasons.has('no-route')) reason = 'neither the damage site nor the landing points were published';
    else if (reasons.has('no-route')) reason = 'landing-point positions not found, so no line is drawn';
    else reason = 'where the damage lies was not published';
    return { assetId: first.assetId, label: labelOf(first), reason };
  });
}


/** The date at its precision; a two-day range within one month reads "7–8 October 2023". */
export function incidentDateText(date: string, precision: string, range?: readonly string[]): string {
  const [a, b] = range ?? [];
  if (precision === 'day' && a && b && a !== b && a.slice(0, 7) === b.slice(0, 7) && a.length === 10 && b.length === 10) {
    const [y, m] = a.split('-').map(Number);
    return `${Number(a.slice(8))}–${Number(b.slice(8))} ${MONTHS[(m ?? 1) - 1]} ${y}`;
  }
  return formatPartialDate(date, normalisePrecision(precision));
}

export function buildBalticModel(
  config: BalticChartConfig,
  incidents: readonly IncidentRecord[],
  assets: readonly AssetInput[],
  source: (id: string) => Source | undefined,
  width = 600,
): BalticModel {
  const codes = Object.fromEntries(Object.entries(config.display).flatMap(([id, d]) => (d.code ? [[id, d.code]] : [])));
  const layout = balticLayout(incidents, assets, {
    width,
    includeContext: config.include_context,
    codes,
    assetLabels: config.asset_labels,
    places: config.place_labels,
    callouts: Object.fromEntries(Object.entries(config.display).flatMap(([id, d]) => (d.on_map ? [[id, d.on_map]] : []))),
    tracks: config.tracks,
  });
  const byId = new Map(incidents.map((i) => [i.id, i]));
  const assetsById = new Map(assets.map((a) => [a.id, a]));
  const withheld = new Set(config.withheld_sources);
  const markersById = new Map(layout.main.markers.map((m) => [m.id, m]));

  const views = layout.incidents.map((entry): IncidentView => {
    const inc = byId.get(entry.id)!;
    const d = config.display[entry.id];
    if (!d) {
      throw new Error(`content/charts: no display text for incident "${entry.id}" (add it under display: in the baltic-map chart's YAML)`);
    }
    const mentions: AssetMention[] = [];
    let unnamed = 0;
    for (const site of inc.sites) {
      const id = site.asset_id ?? null;
      if (id && mentions.some((m) => m.id === id)) continue;
      const asset = id ? assetsById.get(id) : undefined;
      // The dataset's own wording is the last resort: every name readers see should come from the chart entry.
      const label = id ? (config.asset_labels[id] ?? asset?.name) : d.site_labels?.[unnamed++];
      mentions.push({
        id,
        label: label ?? site.infrastructure,
        kind: assetKind(asset?.type ?? site.type ?? 'telecom'),
        drawn: id !== null && entry.assetIds.includes(id),
      });
    }
    const unplotted = unplottedText(
      layout.unplotted.filter((u) => u.incidentId === entry.id),
      (u) => (u.assetId ? (config.asset_labels[u.assetId] ?? u.what) : d.label),
      inc.damage_confirmed === false,
    );
    const sourceIds = [...new Set([...inc.sources, ...(d.sources ?? [])])].filter((id) => !withheld.has(id));
    const sources = sourceIds.map((id) => {
      const s = source(id);
      if (!s) throw new Error(`unknown source id "${id}" on incident ${entry.id}`);
      return s;
    });
    const points = entry.markerIds.flatMap((mid) => {
      const m = markersById.get(mid);
      return m ? [{ lat: m.lat, lon: m.lon }] : [];
    });
    return {
      id: entry.id,
      order: entry.order,
      code: entry.code,
      context: entry.context,
      plotted: entry.plotted,
      notMapped: inc.include_on_damage_map === false || inc.damage_confirmed === false,
      label: d.label,
      summary: d.summary,
      location: d.location,
      area: d.area,
      cause: d.cause,
      outcome: d.outcome,
      status: d.status,
      repair: d.repair ?? null,
      dateNote: d.date_note ?? null,
      date: inc.date,
      datePrecision: inc.date_precision,
      dateText: incidentDateText(inc.date, inc.date_precision, inc.date_range),
      vessel: d.vessel ?? inc.suspected_vessel?.name ?? null,
      vesselName: inc.suspected_vessel?.name ?? null,
      vesselSingleSource: (inc.suspected_vessel?.confidence ?? '').startsWith('single-source'),
      flag: inc.suspected_vessel?.flag ?? null,
      flagNote: d.flag_note ?? null,
      assets: mentions,
      unplotted,
      points,
      sources,
      markerIds: entry.markerIds,
      assetIds: entry.assetIds,
    };
  });
  return { layout, incidents: views };
}

/** "59.71 N, 24.05 E" style text for a point. */
export function pointText(p: { lat: number; lon: number }): string {
  const f = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
  return `${f(Math.abs(p.lat))}° ${p.lat >= 0 ? 'N' : 'S'}, ${f(Math.abs(p.lon))}° ${p.lon >= 0 ? 'E' : 'W'}`;
}

