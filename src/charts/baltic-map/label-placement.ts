/**
 * Generic label placement for the map's overlays: each request offers candidate anchor points, best first; the first
 * free one (inside the panel, clear of obstacles and of labels already placed) with the lowest cost wins, where
 * crossing a cable line costs a little. Labels that find no room are dropped and reported. Pure maths.
 */
import { clipSegment, pct, round1 } from './projection';
import type { Align, Box, LabelKind, PlacedLabel } from './types';

export const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Widths (em) of bold capitals and digits in DejaVu Sans, the widest common system sans-serif: a safe upper bound. */
const BOLD_EM: Record<string, number> = {
  A: 0.77, B: 0.76, C: 0.73, D: 0.83, E: 0.68, F: 0.68, G: 0.82, H: 0.84, I: 0.37, J: 0.37, K: 0.78, L: 0.64, M: 0.99,
  N: 0.84, O: 0.85, P: 0.73, Q: 0.85, R: 0.77, S: 0.72, T: 0.68, U: 0.81, V: 0.77, W: 1.1, X: 0.77, Y: 0.72, Z: 0.72,
  '(': 0.46, ')': 0.46, ' ': 0.35,
};

/** Estimated width of a line of text in em (country names are set in spaced capitals; numbers in bold). */
export function textWidthEm(text: string, kind: LabelKind): number {
  if (kind === 'country') {
    return [...text.toUpperCase()].reduce((sum, ch) => sum + (BOLD_EM[ch] ?? 0.8) + 0.08, 0);
  }
  if (kind === 'number') return [...text].reduce((sum, ch) => sum + (/\d/.test(ch) ? 0.7 : (BOLD_EM[ch] ?? 0.8)), 0);
  if (kind === 'callout') return text.length * 0.58 + 0.2;
  return text.length * 0.56 + 0.2;
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
