/**
 * Annotations: short notes an editor writes in a chart's YAML (`annotations:`, see src/schemas/charts/base.ts) and the
 * layout places on the chart beside the mark they explain, so they never collide with each other or with anything
 * else drawn. Pure maths: no DOM, no React; text widths come from the caller's `measure`.
 *
 * How a chart kind uses it:
 *   1. resolve each annotation's `at` to the box of the mark it explains (the kind decides what `at` names: the
 *      profit chart a record id of a bar, the timeline an event id, the map an incident id) and fail the build with
 *      the file and the id when it names nothing drawn: `unknownTarget(...)` words that error;
 *   2. list every box already drawn (labels, marks, axes) as `obstacles`;
 *   3. call placeAnnotations(); draw the result with <AnnotationLayer> (./AnnotationLayer.tsx), which writes
 *      one <g class="chart-annotation"> per note with a leader line to its mark;
 *   4. give the frame the notes' text (ChartFrame adds them to the chart's description, so screen readers hear them).
 * Each note is tried on its preferred side, then right, below, left and above its mark, at a few wrap widths; a note
 * that fits nowhere in the bounds goes below everything, and the returned height grows to hold it.
 */

import { wrapText } from './text-width';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type AnnotationSide = 'right' | 'left' | 'above' | 'below';

export interface AnnotationRequest {
  /** Stable key (the annotation's `at`). */
  key: string;
  /** The note, figures already filled in. */
  text: string;
  /** The box of the mark it explains. */
  target: Box;
  side?: AnnotationSide | undefined;
}

export interface PlacedAnnotation {
  key: string;
  text: string;
  lines: string[];
  /** Left edge of the text (every line starts here) and the first line's baseline. */
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  box: Box;
  side: AnnotationSide | 'bottom';
  /** From the note's edge to its mark; null when the note sits against the mark. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface PlaceOptions {
  /** Where notes may go (the drawing area). */
  bounds: Box;
  /** Everything already drawn that a note must not cover (targets are added automatically). */
  obstacles: Box[];
  /** Width in px of `text` at `size`. */
  measure: (text: string, size: number, bold?: boolean) => number;
  /** Type size of notes (default 13). */
  size?: number;
  /** Widest a note may be (default 220). */
  maxWidth?: number;
  /** Space between a note and its mark (default 8). */
  gap?: number;
}

export interface Placement {
  placed: PlacedAnnotation[];
  /** Height needed: bounds.y1, or more when a note had to go below everything. */
  height: number;
}

const PAD = 3; // least space between a note and anything else

export function overlapsBox(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

function inside(box: Box, bounds: Box): boolean {
  return box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The box of a note of size w×h on `side` of `t`, nudged along that side by `shift`. */
function boxOn(side: AnnotationSide, t: Box, w: number, h: number, gap: number, shift: number, bounds: Box): Box {
  const cy = (t.y0 + t.y1) / 2;
  switch (side) {
    case 'right': {
      const y0 = cy - h / 2 + shift;
      return { x0: t.x1 + gap, y0, x1: t.x1 + gap + w, y1: y0 + h };
    }
    case 'left': {
      const y0 = cy - h / 2 + shift;
      return { x0: t.x0 - gap - w, y0, x1: t.x0 - gap, y1: y0 + h };
    }
    case 'below': {
      const x0 = clamp(t.x0 + shift, bounds.x0, bounds.x1 - w);
      return { x0, y0: t.y1 + gap, x1: x0 + w, y1: t.y1 + gap + h };
    }
    case 'above': {
      const x0 = clamp(t.x0 + shift, bounds.x0, bounds.x1 - w);
      return { x0, y0: t.y0 - gap - h, x1: x0 + w, y1: t.y0 - gap };
    }
  }
}

/** A leader from the nearest point of the note's box to the nearest point of the mark, if they are apart. */
function leaderFor(box: Box, t: Box): PlacedAnnotation['leader'] {
  const tx = clamp((box.x0 + box.x1) / 2, t.x0, t.x1);
  const ty = clamp((box.y0 + box.y1) / 2, t.y0, t.y1);
  const bx = clamp(tx, box.x0, box.x1);
  const by = clamp(ty, box.y0, box.y1);
  const dist = Math.hypot(bx - tx, by - ty);
  return dist > 14 ? { x1: bx, y1: by, x2: tx, y2: ty } : null;
}

export function placeAnnotations(requests: readonly AnnotationRequest[], options: PlaceOptions): Placement {
  const { bounds, measure, size = 13, maxWidth = 220, gap = 8 } = options;
  const lineHeight = Math.round(size * 1.3);
  const taken: Box[] = [...options.obstacles, ...requests.map((r) => r.target)];
  const placed: PlacedAnnotation[] = [];
  let bottom = bounds.y1;

  const make = (r: AnnotationRequest, lines: string[], box: Box, side: PlacedAnnotation['side']): PlacedAnnotation => ({
    key: r.key,
    text: r.text,
    lines,
    x: box.x0,
    y: box.y0 + size * 0.9,
    size,
    lineHeight,
    box,
    side,
    leader: leaderFor(box, r.target),
  });

  for (const r of requests) {
    const sides: AnnotationSide[] = [...new Set<AnnotationSide>([...(r.side ? [r.side] : []), 'right', 'below', 'left', 'above'])];
    const widest = Math.min(maxWidth, bounds.x1 - bounds.x0);
    const widths = [widest, widest * 0.75, widest * 0.55].filter((w) => w >= Math.min(80, widest));
    let found: PlacedAnnotation | null = null;
    search: for (const side of sides) {
      for (const w of widths) {
        const lines = wrapText(r.text, w, (l) => measure(l, size));
        const bw = Math.max(...lines.map((l) => measure(l, size)));
        const bh = lines.length * lineHeight;
        const step = side === 'right' || side === 'left' ? lineHeight / 2 : 12;
        for (const shift of [0, step, -step, 2 * step, -2 * step, 3 * step, -3 * step]) {
          const box = boxOn(side, r.target, bw, bh, gap, shift, bounds);
          if (inside(box, bounds) && !taken.some((o) => overlapsBox(box, o, PAD))) {
            found = make(r, lines, box, side);
            break search;
          }
        }
      }
    }
    if (!found) {
      // Nowhere in the bounds: below everything drawn so far, lined up with the mark where it can be.
      const lines = wrapText(r.text, widest, (l) => measure(l, size));
      const bw = Math.max(...lines.map((l) => measure(l, size)));
      const y0 = Math.max(bottom, ...taken.map((b) => b.y1)) + gap;
      const x0 = clamp(r.target.x0, bounds.x0, bounds.x1 - bw);
      found = make(r, lines, { x0, y0, x1: x0 + bw, y1: y0 + lines.length * lineHeight }, 'bottom');
    }
    placed.push(found);
    taken.push(found.box);
    bottom = Math.max(bottom, found.box.y1);
  }
  return { placed, height: Math.ceil(bottom) };
}

/** The build error for an annotation whose `at` names nothing the chart draws. */
export function unknownTarget(chartFile: string, index: number, at: string, what: string): Error {
  return new Error(`${chartFile}: annotations[${index}].at is "${at}", which is not ${what} drawn on this chart. Use one of the ids it draws, or remove the annotation.`);
}
