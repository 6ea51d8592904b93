/**
 * What the map counts and what it leaves out: incidents in time order, numbered 1, 2, 3 … when they are damage the
 * map can show (context events get their code, e.g. "NS"), which assets get a line, and the "not on the map" list
 * with a reason per item. Decides with the model (./model.ts) what is mappable; pure.
 */
import { hasPoint } from './projection';
import type { AssetInput, IncidentEntry, IncidentInput, MapPanel, UnplottedItem } from './types';

/** Incidents in the order the chart shows them: by date, then as listed in the dataset. */
export function incidentsInTimeOrder<T extends IncidentInput>(incidents: readonly T[]): T[] {
  return incidents
    .map((inc, i) => ({ inc, i }))
    .sort((a, b) => (a.inc.date < b.inc.date ? -1 : a.inc.date > b.inc.date ? 1 : a.i - b.i))
    .map(({ inc }) => inc);
}

/** A site counts as damage for the map unless the dataset says the incident caused none or keeps it off the map. */
export const isMappable = (inc: IncidentInput) => inc.include_on_damage_map !== false && inc.damage_confirmed !== false;

/** Damage events that are not context get 1, 2, 3 … in time order; context events get their code (or none). */
export function incidentCodes(shown: readonly IncidentInput[], codes: Readonly<Record<string, string>>): Map<string, string | null> {
  let n = 0;
  return new Map(shown.map((inc) => [inc.id, !inc.context_only && isMappable(inc) ? String(++n) : (codes[inc.id] ?? null)]));
}

/**
 * The assets drawn as lines, with the incidents that damaged them. Context events (Nord Stream) are marked but not
 * drawn: a straight line between their ends would cross land.
 */
export function damagedAssets(shown: readonly IncidentInput[]): Map<string, string[]> {
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
  return lineIncidents;
}

/** What is not on the main map, and why. */
export function unplottedItems(
  shown: readonly IncidentInput[],
  main: MapPanel,
  lineIncidents: ReadonlyMap<string, string[]>,
  assetsById: ReadonlyMap<string, AssetInput>,
  assetName: (id: string | null | undefined, fallback: string) => string,
): UnplottedItem[] {
  const unplotted: UnplottedItem[] = [];
  for (const inc of shown) {
    if (!isMappable(inc)) {
      unplotted.push({ incidentId: inc.id, what: inc.title, assetId: null, reason: 'not-mapped' });
      continue;
    }
    for (const site of inc.sites) {
      const p = hasPoint(site) ? main.projection([site.lon, site.lat]) : null;
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
  return unplotted;
}

/** One entry per incident shown: its order, code and what of it the main map draws. */
export function incidentEntries(shown: readonly IncidentInput[], codeOf: ReadonlyMap<string, string | null>, main: MapPanel): IncidentEntry[] {
  return shown.map((inc, order) => {
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
}
