/**
 * Projection and clipping for the Baltic map: a Mercator projection fitted to a lon/lat box, the world's countries
 * (Natural Earth 1:50m) projected, thinned to what a screen can show and clipped to a panel, and segment clipping.
 * Pure maths; only the clipped shapes of the region reach the HTML.
 */
import { geoContains, geoMercator, geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world50m from 'world-atlas/countries-50m.json';
import type { Box, CountryShape, LonLatBox, PointInput } from './types';

export const round1 = (n: number) => Math.round(n * 10) / 10;
/** A value as a percentage of a length, to one decimal (the overlays' positions: 0.6 px on a 600 px map). */
export const pct = (v: number, of: number) => Math.round((v / of) * 1000) / 10;

/** A point with both coordinates published. */
export const hasPoint = <T extends PointInput>(p: T): p is T & { lat: number; lon: number } => typeof p.lat === 'number' && typeof p.lon === 'number';

/** A Mercator projection fitted to a lon/lat box at a viewBox width, clipped to it, and the resulting height. */
export function fittedProjection(width: number, box: LonLatBox): { projection: GeoProjection; height: number } {
  const [[w, s], [e, n]] = box;
  const corners: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n]] },
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

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The atlas JSON as the topology it is (checked, not cast blindly). */
function asTopology(data: unknown): CountriesTopology {
  const t = data as Partial<CountriesTopology> | null;
  if (!t || t.type !== 'Topology' || !t.objects?.countries) throw new Error('world-atlas: countries-50m.json is not a countries topology');
  return t as CountriesTopology;
}

let countriesCache: FeatureCollection<Geometry, { name: string }> | undefined;
function worldCountries(): FeatureCollection<Geometry, { name: string }> {
  if (!countriesCache) {
    const topo = asTopology(world50m);
    const collection = feature(topo, topo.objects.countries);
    if (collection.type !== 'FeatureCollection') throw new Error('world-atlas: countries are not a feature collection');
    countriesCache = collection;
  }
  return countriesCache;
}

/** The country whose Natural Earth shape contains a point (for tests). */
export function countryAt(lon: number, lat: number): string | undefined {
  return worldCountries().features.find((f) => geoContains(f, [lon, lat]))?.properties.name;
}

/**
 * A stream that drops projected points closer than `tolerance` viewBox units to the last one kept (always keeping each
 * line's first and last point): the 1:50m coastline has far more detail than a phone-sized map can show.
 */
function thinned(projection: GeoProjection, tolerance: number): GeoStreamWrapper {
  return {
    stream(out: GeoStream): GeoStream {
      let last: [number, number] | null = null;
      let pending: [number, number] | null = null;
      const thin: GeoStream = {
        point(x, y) {
          if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) {
            out.point(x, y);
            last = [x, y];
            pending = null;
          } else pending = [x, y];
        },
        lineStart() {
          last = null;
          pending = null;
          out.lineStart();
        },
        lineEnd() {
          if (pending) out.point(pending[0], pending[1]);
          out.lineEnd();
        },
        polygonStart: () => out.polygonStart(),
        polygonEnd: () => out.polygonEnd(),
        sphere: () => out.sphere?.(),
      };
      return projection.stream(thin);
    },
  };
}

/**
 * Countries projected and clipped to a panel. Filtering is done on the clipped, projected shape, never on geographic
 * bounds: Russia's bounds cross the antimeridian, so a longitude filter would drop it (and with it Kaliningrad and
 * St Petersburg). `tolerance` (viewBox units) thins coastline detail below what the map can show.
 */
export function clippedCountries(projection: GeoProjection, width: number, height: number, tolerance = 0): CountryShape[] {
  const path = geoPath(tolerance > 0 ? thinned(projection, tolerance) : projection).digits(0);
  const bounds = geoPath(projection);
  const shapes: CountryShape[] = [];
  for (const f of worldCountries().features) {
    const d = path(f);
    if (!d) continue;
    const [[x0, y0], [x1, y1]] = bounds.bounds(f);
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
