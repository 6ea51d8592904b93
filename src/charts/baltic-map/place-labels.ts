/**
 * The editorial names on the map (countries, seas, islands, cities), whose words and preferred spots are in the
 * chart's YAML (`place_labels:`), turned into label requests for the placer and city dots for the renderer.
 */
import type { GeoProjection } from 'd3-geo';
import type { PlaceLabelSpec } from '../../schemas/charts/baltic-map';
import type { LabelRequest } from './label-placement';
import { round1 } from './projection';
import type { City } from './types';

/** Shifts (in units of the type size) tried around each preferred spot, best first. */
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

export function placeRequests(places: readonly PlaceLabelSpec[], projection: GeoProjection, fontPx: (kind: PlaceLabelSpec['kind']) => number, unitsPerPx: number): LabelRequest[] {
  const step = fontPx('country') * unitsPerPx;
  return places.map((p) => {
    const candidates: LabelRequest['candidates'] = [];
    for (const [lon, lat, anchorAlign] of p.at) {
      const at = projection([lon, lat]);
      if (!at) continue;
      const align = anchorAlign ?? p.align ?? 'middle';
      const k = p.tight ? 0.4 : 1;
      for (const [dx, dy] of p.tight ? PLACE_OFFSETS.slice(0, 3) : PLACE_OFFSETS) {
        candidates.push({ x: at[0] + dx * step * k, y: at[1] + dy * step * k, align });
      }
    }
    return { kind: p.kind, lines: p.lines, fontPx: fontPx(p.kind), candidates };
  });
}

/** The dots of the cities among the names, where they fall inside the panel. */
export function cityDots(places: readonly PlaceLabelSpec[], projection: GeoProjection, width: number, height: number): City[] {
  return places.flatMap((p) => {
    if (!p.dot) return [];
    const at = projection(p.dot);
    if (!at || at[0] < 0 || at[0] > width || at[1] < 0 || at[1] > height) return [];
    return [{ name: p.lines.join(' '), x: round1(at[0]), y: round1(at[1]) }];
  });
}
