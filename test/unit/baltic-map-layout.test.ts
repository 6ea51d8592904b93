/**
 * The Baltic map's layout, from the real datasets: the projection fits the Baltic box, the region's countries (Russia
 * included, despite the antimeridian) are clipped to it and stay small, lines join landing points, markers sit at the
 * damage sites, what cannot be plotted is listed with a reason, and labels do not collide.
 */
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import world50m from 'world-atlas/countries-50m.json';
import {
  balticLayout,
  BALTIC_BOX,
  clipSegment,
  countryAt,
  fittedProjection,
  GULF_OF_FINLAND_BOX,
  incidentsInTimeOrder,
  type AssetInput,
  type Box,
  type IncidentInput,
  type MapPanel,
} from '../../src/charts/baltic-map/layout';
import { LABEL_SET_WIDTHS, REM_PX, SHOWN_FROM_REM } from '../../src/charts/baltic-map/sizes';
import { balticChart, balticData } from './baltic-map-data';

const { incidents, assets } = balticData();
const chart = balticChart();
const callouts = Object.fromEntries(Object.entries(chart.display).flatMap(([id, d]) => (d.on_map ? [[id, d.on_map]] : [])));
const layout = balticLayout(incidents, assets, { codes: { 'INC-2022-09-NORDSTREAM': 'NS' }, places: chart.place_labels, callouts, tracks: chart.tracks });
const { main } = layout;
const detail = layout.detail!;

/** Rings of an SVG path made of M/L/Z commands (what d3-geo writes), as point lists. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const part of d.split('M').filter(Boolean)) {
    const pts = part
      .replace(/Z/g, '')
      .split('L')
      .map((xy) => xy.split(',').map(Number) as [number, number]);
    out.push(pts);
  }
  return out;
}

/** Even-odd point in polygon over all rings of a path. */
function pathContains(d: string, [x, y]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings(d)) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const project = (panel: MapPanel, lon: number, lat: number) => panel.projection([lon, lat]) as [number, number];
const inView = (panel: MapPanel, [x, y]: [number, number]) => x >= 0 && x <= panel.width && y >= 0 && y <= panel.height;
const country = (panel: MapPanel, name: string) => panel.countries.find((c) => c.name === name);

const PLACES = {
  helsinki: [24.94, 60.17],
  tallinn: [24.75, 59.44],
  visby: [18.3, 57.64],
  kaliningrad: [20.51, 54.71],
  stPetersburg: [30.31, 59.94],
} as const;

describe('projection', () => {
  it('fits the box where the damage is, about 12–31°E and 53.6–61.4°N, to the viewBox', () => {
    expect(main.width).toBe(600);
    const [[w, s], [e, n]] = BALTIC_BOX;
    const [x0, y1] = project(main, w, s);
    const [x1, y0] = project(main, e, n);
    expect(x0).toBeCloseTo(0, 5);
    expect(x1).toBeCloseTo(600, 5);
    expect(y0).toBeCloseTo(0, 5);
    expect(y1).toBeCloseTo(main.height, 0);
    // Cropped to the damage: wider than tall, no Gulf of Bothnia or Norway.
    expect(main.height).toBeGreaterThan(420);
    expect(main.height).toBeLessThan(520);
    expect(main.countries.map((c) => c.name)).not.toContain('Belgium');
    expect(main.viewBox).toBe(`0 0 600 ${main.height}`);
  });

  it('puts Helsinki, Tallinn and Gotland inside the map, in the right order', () => {
    const h = project(main, ...PLACES.helsinki);
    const t = project(main, ...PLACES.tallinn);
    const g = project(main, ...PLACES.visby);
    for (const p of [h, t, g]) expect(inView(main, p)).toBe(true);
    expect(t[1]).toBeGreaterThan(h[1]); // Tallinn is south of Helsinki
    expect(g[0]).toBeLessThan(t[0]); // Gotland is west of Tallinn
  });

  it('the detail fits the Gulf of Finland, with Helsinki and Tallinn well apart', () => {
    const [[w, s], [e, n]] = GULF_OF_FINLAND_BOX;
    expect(project(detail, w, n)[0]).toBeCloseTo(0, 5);
    expect(project(detail, e, s)[0]).toBeCloseTo(600, 5);
    const h = project(detail, ...PLACES.helsinki);
    const t = project(detail, ...PLACES.tallinn);
    expect(inView(detail, h) && inView(detail, t)).toBe(true);
    const mainGap = project(main, ...PLACES.tallinn)[1] - project(main, ...PLACES.helsinki)[1];
    expect(t[1] - h[1]).toBeGreaterThan(3 * mainGap);
  });
});

describe('countries', () => {
  it('keeps the region’s countries and nothing far away', () => {
    const names = main.countries.map((c) => c.name);
    for (const n of ['Finland', 'Estonia', 'Sweden', 'Russia', 'Latvia', 'Lithuania', 'Poland', 'Germany', 'Denmark']) expect(names).toContain(n);
    for (const n of ['France', 'United Kingdom', 'China', 'United States of America', 'Ukraine']) expect(names).not.toContain(n);
    expect(detail.countries.map((c) => c.name).sort()).toEqual(['Estonia', 'Finland', 'Russia']);
  });

  it('keeps Russia although its bounds cross the antimeridian (a longitude filter would drop it)', () => {
    const topo = world50m as never as Parameters<typeof feature>[0] & { objects: { countries: never } };
    const russia = (feature(topo, topo.objects.countries) as unknown as { features: { properties: { name: string } }[] }).features.find(
      (f) => f.properties.name === 'Russia',
    )!;
    const [[west], [east]] = geoBounds(russia as never);
    expect(west).toBeGreaterThan(east); // the pitfall: west edge east of the east edge
    expect(country(main, 'Russia')).toBeDefined();
  });

  it('draws Kaliningrad and St Petersburg as Russian land', () => {
    const russia = country(main, 'Russia')!.d;
    for (const place of [PLACES.kaliningrad, PLACES.stPetersburg] as [number, number][]) {
      expect(countryAt(...place)).toBe('Russia');
      expect(pathContains(russia, project(main, ...place))).toBe(true);
    }
    expect(pathContains(country(main, 'Finland')!.d, project(main, ...PLACES.helsinki))).toBe(true);
    expect(pathContains(country(main, 'Sweden')!.d, project(main, ...PLACES.visby))).toBe(true);
    expect(pathContains(russia, project(main, ...PLACES.helsinki))).toBe(false);
  });

  it('is clipped to the map and small enough to inline (about 12 KB gzip for both maps)', () => {
    const all = [...main.countries, ...detail.countries];
    for (const c of all) {
      const panel = main.countries.includes(c) ? main : detail;
      for (const ring of rings(c.d)) {
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(-0.05);
          expect(y).toBeGreaterThanOrEqual(-0.05);
          expect(x).toBeLessThanOrEqual(panel.width + 0.05);
          expect(y).toBeLessThanOrEqual(panel.height + 0.05);
        }
      }
      // digits(1): one decimal at most.
      expect(c.d).not.toMatch(/\.\d\d/);
    }
    const d = all.map((c) => c.d).join('');
    expect(d.length).toBeLessThan(36_000);
    expect(gzipSync(d).length).toBeLessThan(13_000);
  });
});

describe('cables and pipelines', () => {
  const assetById = new Map(assets.map((a) => [a.id, a]));

  it('draws each damaged asset with known landing points as a straight line between them, styled by type', () => {
    const ids = main.assets.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining(['AST-BALTICCONNECTOR', 'AST-ESTLINK2', 'AST-C-LION1', 'AST-NORDBALT', 'AST-LVRTC-VENTSPILS-GOTLAND', 'AST-BCS-EAST']),
    );
    expect(main.assets.find((a) => a.id === 'AST-BALTICCONNECTOR')!.kind).toBe('gas');
    expect(main.assets.find((a) => a.id === 'AST-ESTLINK2')!.kind).toBe('power');
    expect(main.assets.find((a) => a.id === 'AST-NORDBALT')!.kind).toBe('power');
    expect(main.assets.find((a) => a.id === 'AST-C-LION1')!.kind).toBe('telecom');
    for (const line of main.assets.filter((a) => a.id === 'AST-ESTLINK2' || a.id === 'AST-BALTICCONNECTOR')) {
      const ends = assetById.get(line.id)!.endpoints.map((e) => project(main, e.lon!, e.lat!));
      const drawn = [
        [line.x1, line.y1],
        [line.x2, line.y2],
      ];
      for (const end of ends) expect(drawn.some(([x, y]) => Math.hypot(x! - end[0], y! - end[1]) < 0.2)).toBe(true);
      expect(line.ends).toEqual([true, true]);
    }
  });

  it('links each line to the incidents that damaged it', () => {
    expect(main.assets.find((a) => a.id === 'AST-C-LION1')!.incidents).toEqual(['INC-2024-11-YIPENG3', 'INC-2024-12-EAGLES', 'INC-2025-02-CLION1']);
    expect(main.assets.find((a) => a.id === 'AST-ELISA-FI-EE')!.incidents).toEqual(['INC-2024-12-EAGLES', 'INC-2025-12-FITBURG']);
  });

  it('sets cables with the same landing points side by side, not on top of each other', () => {
    const helsinkiTallinn = main.assets.filter((a) => ['AST-ELISA-FI-EE', 'AST-CITIC-FI-EE', 'AST-FI-EE-TELECOM-2023'].includes(a.id));
    expect(helsinkiTallinn).toHaveLength(3);
    const xs = helsinkiTallinn.map((a) => a.x1).sort((a, b) => a - b);
    expect(xs[1]! - xs[0]!).toBeGreaterThan(2);
    expect(xs[2]! - xs[1]!).toBeGreaterThan(2);
  });

  it('draws no line for Nord Stream (it would cross land) or for assets without landing points', () => {
    const ids = main.assets.map((a) => a.id);
    // BCS East-West Interlink: no gazetteer gives its Swedish landing (Katthammarsvik), so it has one landing point only.
    for (const id of ['AST-NS1', 'AST-NS2', 'AST-BALTIKA', 'AST-ARELION-FI-EE-2025', 'AST-ARELION-SE-EE-2025', 'AST-SWEPOL', 'AST-ESTLINK1', 'AST-BCS-EWI']) {
      expect(ids).not.toContain(id);
    }
  });

  it('clips lines at the edge of the map: C-Lion1 runs off the main map towards Germany', () => {
    expect(main.assets.find((a) => a.id === 'AST-C-LION1')!.ends).toEqual([false, true]);
  });

  it('clips lines at the edge of the detail map, without a landing dot there', () => {
    const clion = detail.assets.find((a) => a.id === 'AST-C-LION1')!;
    expect(clion.ends).toEqual([false, true]);
    expect(Math.min(clion.x1, clion.x2)).toBeCloseTo(0, 0);
    expect(detail.assets.map((a) => a.id)).not.toContain('AST-BCS-EAST');
  });

  it('clipSegment keeps the part of a segment inside a box', () => {
    const box: Box = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(clipSegment(-10, 5, 20, 5, box)).toEqual([1 / 3, 2 / 3]);
    expect(clipSegment(-10, -5, -1, -1, box)).toBeNull();
    expect(clipSegment(2, 2, 3, 3, box)).toEqual([0, 1]);
  });
});

describe('incidents and sites', () => {
  it('orders incidents in time and numbers the damage events 1, 2, 3 …; context gets its code; no-damage events none', () => {
    const dates = layout.incidents.map((i) => incidents.find((x) => x.id === i.id)!.date);
    expect([...dates].sort()).toEqual(dates);
    const code = (id: string) => layout.incidents.find((i) => i.id === id)!.code;
    expect(code('INC-2022-09-NORDSTREAM')).toBe('NS');
    expect(code('INC-2023-10-BALTICCONNECTOR')).toBe('1');
    expect(code('INC-2024-12-EAGLES')).toBe('3');
    expect(code('INC-2025-05-SWEPOL-NEARMISS')).toBeNull();
    expect(code('INC-2025-12-EE-OTHER-FAULTS')).toBeNull();
    const numbers = layout.incidents.map((i) => i.code).filter((c) => c && /^\d+$/.test(c));
    expect(numbers).toEqual(numbers.map((_, i) => String(i + 1)));
  });

  it('puts a marker at every approximate site of a mapped incident, shared where sites coincide', () => {
    for (const inc of incidents) {
      if (inc.include_on_damage_map === false || inc.damage_confirmed === false) continue;
      for (const site of inc.sites) {
        if (site.lat === null || site.lon === null) continue;
        const [x, y] = project(main, site.lon, site.lat);
        const marker = main.markers.find((m) => Math.hypot(m.x - x, m.y - y) < 2.5);
        expect(marker, `${inc.id} ${site.infrastructure}`).toBeDefined();
        expect(marker!.incidents).toContain(inc.id);
      }
    }
    const helsinkiTallinn = main.markers.find((m) => m.incidents.includes('INC-2025-12-FITBURG'))!;
    expect(helsinkiTallinn.incidents).toEqual(['INC-2023-10-BALTICCONNECTOR', 'INC-2024-12-EAGLES', 'INC-2025-12-FITBURG']);
  });

  it('marks the Nord Stream sites as context', () => {
    const ns = main.markers.filter((m) => m.incidents.includes('INC-2022-09-NORDSTREAM'));
    expect(ns).toHaveLength(2);
    expect(ns.every((m) => m.context)).toBe(true);
    expect(main.markers.filter((m) => m.context)).toHaveLength(2);
  });

  it('lists what it cannot plot, with a reason, and plots nothing of it', () => {
    const reasons = layout.unplotted.map((u) => `${u.incidentId} ${u.assetId ?? '-'} ${u.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'INC-2025-05-SWEPOL-NEARMISS - not-mapped',
        'INC-2025-12-EE-OTHER-FAULTS - not-mapped',
        'INC-2025-12-ARELION-SE-EE AST-ARELION-SE-EE-2025 no-location',
        'INC-2025-12-ARELION-SE-EE AST-ARELION-SE-EE-2025 no-route',
        'INC-2024-11-YIPENG3 AST-NORDBALT no-location',
        'INC-2023-10-BALTICCONNECTOR AST-BALTIKA no-route',
        'INC-2025-12-FITBURG AST-ARELION-FI-EE-2025 no-route',
        'INC-2024-11-YIPENG3 AST-BCS-EWI no-route',
      ]),
    );
    for (const id of ['INC-2025-05-SWEPOL-NEARMISS', 'INC-2025-12-EE-OTHER-FAULTS', 'INC-2025-12-ARELION-SE-EE']) {
      const entry = layout.incidents.find((i) => i.id === id)!;
      expect(entry.plotted).toBe(false);
      expect(main.markers.some((m) => m.incidents.includes(id))).toBe(false);
    }
  });

  it('leaves context out when asked', () => {
    const without = balticLayout(incidents, assets, { includeContext: false });
    expect(without.incidents.map((i) => i.id)).not.toContain('INC-2022-09-NORDSTREAM');
    expect(without.main.markers.some((m) => m.context)).toBe(false);
    expect(without.incidents.find((i) => i.id === 'INC-2023-10-BALTICCONNECTOR')!.code).toBe('1');
  });

  it('keeps dataset order for incidents on the same day', () => {
    const sameDay: IncidentInput[] = [
      { id: 'B', title: 'b', date: '2025-01-26', date_precision: 'day', sites: [] },
      { id: 'A', title: 'a', date: '2025-01-26', date_precision: 'day', sites: [] },
      { id: 'C', title: 'c', date: '2024-01-01', date_precision: 'day', sites: [] },
    ];
    expect(incidentsInTimeOrder(sameDay).map((i) => i.id)).toEqual(['C', 'B', 'A']);
  });
});

describe('labels', () => {
  const sets = [
    ['main small', main, main.labelSets.small],
    ['main compact', main, main.labelSets.compact],
    ['main roomy', main, main.labelSets.roomy],
    ['detail small', detail, detail.labelSets.small],
    ['detail compact', detail, detail.labelSets.compact],
    ['detail roomy', detail, detail.labelSets.roomy],
  ] as const;

  it('names the ten places the story needs, at both sizes', () => {
    for (const [set, names] of [
      [main.labelSets.compact, ['Finland', 'Estonia', 'Sweden', 'Russia', 'Latvia', 'Lithuania', 'Poland', 'Kaliningrad (Russia)']],
      [main.labelSets.roomy, ['Finland', 'Estonia', 'Sweden', 'Russia', 'Latvia', 'Lithuania', 'Poland', 'Germany', 'Denmark', 'Kaliningrad (Russia)', 'Gotland', 'Bornholm']],
    ] as const) {
      const placed = set.labels.map((l) => l.lines.join(' '));
      for (const n of names) expect(placed).toContain(n);
    }
    expect(detail.labelSets.compact.labels.map((l) => l.lines.join(' '))).toEqual(expect.arrayContaining(['Helsinki', 'Tallinn', 'Finland']));
    expect(detail.labelSets.roomy.labels.map((l) => l.lines.join(' '))).toEqual(expect.arrayContaining(['Helsinki', 'Tallinn', 'Finland', 'Estonia', 'Russia', 'Gulf of Finland']));
  });

  it('names fewer places on the small set (the text at 200%), before any note, so the detail still says where it is', () => {
    const names = (set: { labels: { lines: string[] }[] }) => set.labels.map((l) => l.lines.join(' '));
    expect(names(detail.labelSets.small)).toEqual(expect.arrayContaining(['Finland', 'Estonia']));
    expect(names(main.labelSets.small)).toEqual(expect.arrayContaining(['Sweden']));
    for (const panel of [main, detail]) {
      const { small, compact } = panel.labelSets;
      expect(small.labels.filter((l) => l.kind !== 'number').length).toBeLessThan(compact.labels.filter((l) => l.kind !== 'number').length);
      // what does not fit is dropped, never squeezed: every small label is at the compact size
      for (const l of small.labels) expect(l.fontPx).toBe(compact.labels.find((c) => c.kind === l.kind)?.fontPx ?? l.fontPx);
    }
  });

  it.each(sets)('%s: labels stay inside the map and do not overlap each other or the markers', (_name, panel, set) => {
    const boxes = set.labels.map((l) => l.box);
    for (const b of boxes) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(panel.width);
      expect(b.y1).toBeLessThanOrEqual(panel.height);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `${set.labels[i]!.lines} / ${set.labels[j]!.lines}`).toBe(false);
      }
    }
    const r = set.markerPx * (panel.width / set.minWidth);
    for (const m of panel.markers) {
      for (const b of boxes) expect(m.x + r <= b.x0 || m.x - r >= b.x1 || m.y + r <= b.y0 || m.y - r >= b.y1).toBe(true);
    }
  });

  it('numbers every marker outside the detail frame on the main map, and every marker on the detail', () => {
    const f = main.detailFrame!;
    const inFrame = (m: { x: number; y: number }) => m.x >= f.x0 && m.x <= f.x1 && m.y >= f.y0 && m.y <= f.y1;
    for (const set of [main.labelSets.small, main.labelSets.compact, main.labelSets.roomy]) {
      const labelled = new Set(set.labels.flatMap((l) => l.markerIds ?? []));
      for (const m of main.markers) expect(labelled.has(m.id), m.id).toBe(!inFrame(m));
    }
    for (const set of [detail.labelSets.small, detail.labelSets.compact, detail.labelSets.roomy]) {
      const labelled = new Set(set.labels.flatMap((l) => l.markerIds ?? []));
      for (const m of detail.markers) expect(labelled.has(m.id), m.id).toBe(true);
    }
    const shared = detail.labelSets.roomy.labels.find((l) => l.incidents?.includes('INC-2025-12-FITBURG'))!;
    expect(shared.lines[0]).toBe('1 3 7');
  });

  it('labels the ship and the outcome of the main incidents at the roomy size (the ship alone on a small map)', () => {
    const notes = [...main.labelSets.roomy.labels, ...detail.labelSets.roomy.labels].filter((l) => l.kind === 'callout').map((l) => l.lines.join(' / '));
    expect(notes.sort()).toEqual([
      '1: Newnew Polar Bear / captain charged',
      '2: Yi Peng 3 / no charges',
      '3: Eagle S / dismissed; appeal pending',
      '4: Vezhen / ruled an accident',
      '7: Fitburg / under investigation',
    ]);
    for (const l of [main, detail].flatMap((p) => [...p.labelSets.small.labels, ...p.labelSets.compact.labels]).filter((x) => x.kind === 'callout')) expect(l.lines).toHaveLength(1);
  });

  it('draws the Eagle S drag only through the sites the dataset gives, and labels it approximate on the detail', () => {
    const eagle = incidents.find((i) => i.id === 'INC-2024-12-EAGLES')!;
    const site = (asset: string) => eagle.sites.find((s) => s.asset_id === asset)!;
    const expected = ['AST-ESTLINK2', 'AST-ELISA-FI-EE', 'AST-C-LION1'].map((a) => project(detail, site(a).lon!, site(a).lat!));
    const track = detail.tracks.find((t) => t.incidentId === 'INC-2024-12-EAGLES')!;
    track.points.forEach(([x, y], i) => expect(Math.hypot(x - expected[i]![0], y - expected[i]![1])).toBeLessThan(0.1));
    for (const set of [detail.labelSets.compact, detail.labelSets.roomy]) {
      expect(set.labels.find((l) => l.kind === 'track')!.lines.join(' ')).toBe('Eagle S anchor drag (approximate)');
    }
    expect(() => balticLayout(incidents, assets, { tracks: [{ incident: 'INC-2024-12-EAGLES', through: ['AST-ESTLINK2', 'AST-NORDBALT'], label: 'x (approximate)' }] })).toThrow(
      /no site with a position for asset AST-NORDBALT/,
    );
  });

  it('gives positions as percentages of the map for the overlays', () => {
    for (const l of main.labelSets.roomy.labels) {
      expect(l.left).toBeCloseTo((l.x / main.width) * 100, 0);
      expect(l.top).toBeCloseTo((l.y / main.height) * 100, 0);
    }
  });
});

describe('with a different box', () => {
  it('fits any box and drops what falls outside', () => {
    const { projection, height } = fittedProjection(300, [
      [20, 58],
      [30, 61],
    ]);
    expect(projection([25, 59.5])![0]).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(100);
    const narrow = balticLayout(incidents, assets as AssetInput[], { box: [[20, 58], [30, 61]], detailBox: null });
    expect(narrow.detail).toBeNull();
    expect(narrow.main.countries.map((c) => c.name)).not.toContain('Germany');
    expect(narrow.incidents.find((i) => i.id === 'INC-2026-01-LIEPAJA')!.plotted).toBe(false);
  });
});

describe('the sticky maps', () => {
  it('baltic-map.css knows how wide the two maps are for their height (--bm-aspect), within 5%', () => {
    const css = fs.readFileSync('src/charts/baltic-map/baltic-map.css', 'utf8');
    const aspect = Number(/--bm-aspect:\s*([\d.]+)/.exec(css)![1]);
    // width / (both panels' heights), the detail's one-line title aside
    expect(Math.abs(aspect - main.width / (main.height + detail.height)) / aspect).toBeLessThan(0.05);
  });

  it('baltic-map.css picks each label set by the map’s width in rem, at the width the set is laid out for', () => {
    const css = fs.readFileSync('src/charts/baltic-map/baltic-map.css', 'utf8');
    const query = (set: string) => [...css.matchAll(/@container bm-map \((min|max)-width: ([\d.]+)(\w+)\) \{\s*\.bm \.bm-labels--(\w+) \{\s*display: block/g)].find((m) => m[4] === set);
    for (const set of ['small', 'roomy'] as const) expect(query(set)?.[3], set).toBe('rem');
    // small below where compact starts, roomy from its own layout width; no set shown below half its layout width
    expect(Number(query('small')![2])).toBeCloseTo(SHOWN_FROM_REM.compact, 2);
    expect(query('small')![1]).toBe('max');
    expect(Number(query('roomy')![2])).toBe(SHOWN_FROM_REM.roomy);
    expect(SHOWN_FROM_REM.roomy).toBe(LABEL_SET_WIDTHS.roomy / REM_PX);
    expect(query('roomy')![1]).toBe('min');
    expect(SHOWN_FROM_REM.compact * REM_PX).toBeGreaterThan(LABEL_SET_WIDTHS.small);
    expect(SHOWN_FROM_REM.compact * REM_PX).toBeGreaterThan(0.8 * LABEL_SET_WIDTHS.compact);
    expect(css).not.toMatch(/@container bm-map \([^)]*px\)/);
  });
});
