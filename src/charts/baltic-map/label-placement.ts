/**
 * Generic label placement for the map's overlays: each request offers candidate anchor points, best first; the first
 * free one (inside the panel, clear of obstacles and of labels already placed) with the lowest cost wins, where
 * crossing a cable line costs a little. Labels that find no room are dropped and reported. Pure maths.
 */
import { textWidth } from '../frame/text-width';
import { clipSegment, pct, round1 } from './projection';
import { COUNTRY_TRACKING_EM } from './sizes';
import type { Align, Box, LabelKind, PlacedLabel } from './types';

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Estimated width of a line of text in em, from the charts' shared estimate (../frame/text-width.ts): country names
 * are set in spaced bold capitals, numbers and the ship-and-outcome notes in bold (their first line), the rest plain.
 */
export function textWidthEm(text: string, kind: LabelKind): number {
  if (kind === 'country') return textWidth(text.toUpperCase(), 1, true, COUNTRY_TRACKING_EM);
  if (kind === 'number' || kind === 'callout') return textWidth(text, 1, true);
  return textWidth(text, 1);
}

export interface LabelRequest {
  kind: LabelKind;
  lines: string[];
  fontPx: number;
  /** Candidate anchor points with alignment, best first. */
  candidates: { x: number; y: number; align: Align; leaderFrom?: { x: number; y: number } }[];
  markerIds?: string[];
  incidents?: string[];
}

export const LINE_HEIGHT_EM = 1.15;

/** The box a label takes at an anchor, in viewBox units (`unitsPerPx`: viewBox units per CSS px at this size). */
export function labelBox(x: number, y: number, align: Align, lines: string[], kind: LabelKind, fontPx: number, unitsPerPx: number): Box {
  const widthPx = Math.max(...lines.map((l) => textWidthEm(l, kind))) * fontPx + 4;
  const heightPx = lines.length * fontPx * LINE_HEIGHT_EM + 2;
  const w = widthPx * unitsPerPx;
  const h = heightPx * unitsPerPx;
  const x0 = align === 'start' ? x : align === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 };
}

export type Segment = { x1: number; y1: number; x2: number; y2: number };

export function placeLabels(
  requests: LabelRequest[],
  obstacles: Box[],
  segments: Segment[],
  panel: { width: number; height: number },
  unitsPerPx: number,
): { labels: PlacedLabel[]; dropped: string[] } {
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  const taken = [...obstacles];
  const inside = (b: Box) => b.x0 >= 1 && b.y0 >= 1 && b.x1 <= panel.width - 1 && b.y1 <= panel.height - 1;
  for (const req of requests) {
    let best: { c: LabelRequest['candidates'][number]; box: Box; cost: number } | undefined;
    req.candidates.forEach((c, rank) => {
      const box = labelBox(c.x, c.y, c.align, req.lines, req.kind, req.fontPx, unitsPerPx);
      if (!inside(box) || taken.some((t) => overlaps(t, box))) return;
      // Crossing a cable line is allowed (labels carry a halo) but costs; so does being far from the preferred spot.
      const crossings = segments.filter((l) => clipSegment(l.x1, l.y1, l.x2, l.y2, box)).length;
      const cost = rank + crossings * (req.kind === 'number' || req.kind === 'callout' ? 3 : 2);
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
      fontPx: req.fontPx,
      box,
      ...(req.markerIds ? { markerIds: req.markerIds } : {}),
      ...(req.incidents ? { incidents: req.incidents } : {}),
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

/** Points closer than `gap` viewBox units, grouped (single linkage), so one label serves markers that touch. */
export function clusterByDistance<T extends { x: number; y: number }>(items: readonly T[], gap: number): T[][] {
  const clusters: T[][] = [];
  const seen = new Set<T>();
  for (const m of items) {
    if (seen.has(m)) continue;
    const group = [m];
    seen.add(m);
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!;
      for (const b of items) {
        if (!seen.has(b) && Math.hypot(a.x - b.x, a.y - b.y) < gap) {
          seen.add(b);
          group.push(b);
        }
      }
    }
    clusters.push(group);
  }
  return clusters;
}

/** Directions to try around a point for a label (unit offsets and alignment), best first. */
export const AROUND: [number, number, Align][] = [
  [1, 0, 'start'],
  [-1, 0, 'end'],
  [0, -1, 'middle'],
  [0, 1, 'middle'],
  [0.75, -0.75, 'start'],
  [-0.75, -0.75, 'end'],
  [0.75, 0.75, 'start'],
  [-0.75, 0.75, 'end'],
];
