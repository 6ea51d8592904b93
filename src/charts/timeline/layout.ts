/**
 * Pure layout of the timeline for one width: events, rows and outage bars in; every position out. No React, no DOM.
 *
 * One row per organisation (model.rows), each row a stack of lanes. Outage bars go in first, then the marks: key
 * moments (annotated) first so they get the room, then the rest in time order. Each mark carries a label beside it:
 * its annotation (wrapped over several lines), else its short label, else its number (the key below the chart
 * lists every number), so at every width every mark can be identified without hovering. A mark and its label go
 * in the first lane where they touch nothing; a short label that fits nowhere in the first lanes falls back to the
 * number. Nothing overlaps: the tests check every pair of boxes.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import type { CategoryKey } from './categories';
import type { TimelineEvent } from './events';
import type { ModelSpan } from './model';
import { textWidth, wrapText } from '../frame/text-width';
import { MONTHS_SHORT } from '../../lib/dates';

/** What the layout needs from an event. */
export type LayoutEvent = Pick<TimelineEvent, 'id' | 'order' | 'number' | 'category' | 'row' | 'precision' | 'start' | 'end' | 'at' | 'label' | 'annotation'>;

export interface LayoutRow {
  key: string;
  name: string;
}

/** An outage drawn as a bar: the model's span (first day to restart day, with the events at either end). */
export type LayoutSpan = ModelSpan;

export interface LayoutOptions {
  width: number;
  from: Date;
  to: Date;
  /** Label font size (px in the viewBox); annotations use the same. */
  fontSize?: number;
  laneHeight?: number;
  /** Half the width of a mark. */
  markSize?: number;
  /** Widest an annotation may be before it wraps. */
  annotationWidth?: number;
  /** How many lanes a text label may try before the mark shows its number instead. */
  maxLabelLanes?: number;
  /**
   * Side of the square each mark takes pointer input over (WCAG 2.5.8: 24 CSS px; the page never draws a layout
   * below its own size). Nothing else is placed in it, and lanes are at least this tall.
   */
  targetSize?: number;
}

/** [x0, y0, x1, y1] in the row's own coordinates. */
export type Box = [number, number, number, number];

export interface LaidLabel {
  kind: 'annotation' | 'label' | 'number';
  /** One string per line. */
  lines: string[];
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'end';
  box: Box;
}

export interface LaidMark {
  id: string;
  order: number;
  category: CategoryKey;
  x: number;
  y: number;
  lane: number;
  /** The period the date could fall in, for month-only and approximate dates. */
  range?: { x0: number; x1: number; kind: 'month' | 'approx' };
  label: LaidLabel;
  /** The mark's target: its shape and date range, widened to at least targetSize square around the mark. */
  box: Box;
}

export interface LaidSpan {
  id: string;
  x0: number;
  x1: number;
  y: number;
  height: number;
  label: LaidLabel;
  /** The words sit inside the bar (else under it). */
  labelInside: boolean;
  fromId: string;
  toId: string;
}

export interface LaidRow {
  key: string;
  name: string;
  /** Height of the row's own drawing (heading and lanes). */
  height: number;
  headingY: number;
  lanes: number;
  marks: LaidMark[];
  spans: LaidSpan[];
}

export interface Tick {
  x: number;
  /** "Jan", "Apr"…; empty for unlabelled gridlines. */
  label: string;
  /** The year, under January and under the first labelled tick. */
  year?: string;
  major: boolean;
}

export interface TimelineLayout {
  width: number;
  fontSize: number;
  markSize: number;
  laneHeight: number;
  targetSize: number;
  plotLeft: number;
  plotRight: number;
  rows: LaidRow[];
  ticks: Tick[];
  /** Height of the axis strip under the rows. */
  axisHeight: number;
}

const GAP = 4;
/** Bold text runs about this much wider than the estimate for regular text. */
const BOLD = 1.1;
export const ROW_HEADING = 24;

/** Rounded outward to a tenth, so a target never ends up a hair under its size. */
const down = (v: number) => Math.floor(Math.round(v * 1000) / 100) / 10;
const up = (v: number) => Math.ceil(Math.round(v * 1000) / 100) / 10;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Ticks: a gridline every month, labels every `step` months so labels never crowd. */
function monthTicks(from: Date, to: Date, x: (d: Date) => number, width: number, fontSize: number): Tick[] {
  const months = utcMonth.range(from, to);
  const pxPerMonth = months.length > 1 ? Math.min(...months.slice(1).map((m, i) => x(m) - x(months[i]!))) : width;
  const step = [1, 2, 3, 6, 12].find((s) => s * pxPerMonth >= fontSize * 3.2) ?? 12;
  let yearShown = false;
  return months.map((m) => {
    const labelled = m.getUTCMonth() % step === 0;
    const px = x(m);
    const fits = px + 3 + textWidth('Mmm 0000', fontSize) <= width;
    const tick: Tick = { x: px, label: labelled && fits ? MONTHS_SHORT[m.getUTCMonth()]! : '', major: m.getUTCMonth() === 0 };
    if (tick.label && (m.getUTCMonth() === 0 || !yearShown)) {
      tick.year = String(m.getUTCFullYear());
      yearShown = true;
    }
    return tick;
  });
}

/** Occupied boxes in one row, with who owns them (a mark may sit on its own outage bar). */
class Occupancy {
  private boxes: { box: Box; owners: string[] }[] = [];
  constructor(private readonly width: number) {}
  fits(box: Box, friends: readonly string[] = []): boolean {
    if (box[0] < 0 || box[2] > this.width) return false;
    const padded: Box = [box[0] - GAP, box[1], box[2] + GAP, box[3]];
    return !this.boxes.some((b) => !b.owners.some((o) => friends.includes(o)) && boxesOverlap(padded, b.box));
  }
  add(box: Box, owners: string[]): void {
    this.boxes.push({ box, owners });
  }
}

export function timelineLayout(
  events: readonly LayoutEvent[],
  rows: readonly LayoutRow[],
  spans: readonly LayoutSpan[],
  options: LayoutOptions,
): TimelineLayout {
  const { width, from, to } = options;
  const fontSize = options.fontSize ?? 12;
  const targetSize = options.targetSize ?? 24;
  const laneHeight = Math.max(options.laneHeight ?? Math.round(fontSize * 2), targetSize);
  const markSize = options.markSize ?? 6;
  const annotationWidth = options.annotationWidth ?? 190;
  const maxLabelLanes = options.maxLabelLanes ?? 3;
  const plotLeft = markSize + 6;
  const plotRight = width - markSize - 6;
  const scale = scaleUtc().domain([from, to]).range([plotLeft, plotRight]).clamp(true);
  const x = (d: Date) => Math.round(scale(d) * 10) / 10;
  const lineHeight = Math.round(fontSize * 1.25);
  /** Top and bottom of lane n (row coordinates), and the y of its centre. */
  const laneTop = (n: number) => ROW_HEADING + n * laneHeight;
  const laneMid = (n: number) => laneTop(n) + laneHeight / 2;

  const laidRows: LaidRow[] = [];
  for (const row of rows) {
    const inRow = events.filter((e) => e.row === row.key);
    const rowSpans = spans.filter((s) => s.row === row.key);
    if (inRow.length === 0) continue;
    const occ = new Occupancy(width);
    // The row's name, top left.
    occ.add([0, 0, textWidth(row.name, fontSize) * BOLD + GAP, ROW_HEADING - 2], ['row-name']);
    let lanes = 1;
    /** A bar whose words go in a lower lane gets its label once the marks are placed (placeBarLabels). */
    const laidSpans: (Omit<LaidSpan, 'label'> & { label?: LaidLabel })[] = [];
    const barHeight = Math.round(laneHeight * 0.55);

    // Outage bars: lane 0. The marks at their ends sit on them; their labels and everything else stay clear.
    const pendingBarLabels: { span: LayoutSpan; w: number; x0: number; x1: number }[] = [];
    for (const s of rowSpans) {
      const x0 = x(s.start);
      const x1 = x(s.end);
      const y = laneMid(0);
      occ.add([x0, y - barHeight / 2, x1, y + barHeight / 2], [s.id]);
      const w = textWidth(s.label, fontSize * 0.92) * BOLD;
      const inside = x1 - x0 - 2 * markSize - 12 >= w;
      const laid: (typeof laidSpans)[number] = { id: s.id, x0, x1, y, height: barHeight, labelInside: inside, fromId: s.fromId, toId: s.toId };
      if (inside) {
        const lx = (x0 + x1) / 2 - w / 2;
        const box: Box = [lx - 2, y - barHeight / 2, lx + w + 2, y + barHeight / 2];
        laid.label = { kind: 'label', lines: [s.label], x: lx, y: y + fontSize * 0.33, anchor: 'start', box };
        occ.add(box, [s.id]);
      } else {
        // Too short for its words: above the bar, in the row's heading strip, if the row's name leaves room.
        const top = 3;
        const bottom = ROW_HEADING - 3;
        const above = ([[x0, top, x0 + w, bottom], [x1 - w, top, x1, bottom]] as Box[]).find((b) => occ.fits(b));
        if (above) {
          laid.label = { kind: 'label', lines: [s.label], x: above[0], y: ROW_HEADING - 8, anchor: 'start', box: above };
          occ.add(above, [s.id]);
        } else pendingBarLabels.push({ span: s, w, x0, x1 });
      }
      laidSpans.push(laid);
    }

    const endpointOf = new Map<string, string>();
    for (const s of rowSpans) {
      endpointOf.set(s.fromId, s.id);
      endpointOf.set(s.toId, s.id);
    }

    // Bar ends first (they must sit on their bar), then key moments, then the rest in time order.
    const rank = (e: LayoutEvent) => (endpointOf.has(e.id) ? 2 : e.annotation !== undefined ? 1 : 0);
    const order = [...inRow].sort((a, b) => rank(b) - rank(a) || a.order - b.order);
    const marks: LaidMark[] = [];
    const placeBarLabels = () => {
      // A bar too short for its words gets them just under its start (or ending under its end).
      for (const { span, w, x0, x1 } of pendingBarLabels.splice(0)) {
        for (let lane = 1; ; lane++) {
          const top = laneTop(lane) + 2;
          const bottom = laneTop(lane) + laneHeight - 2;
          const box = ([[x0, top, x0 + w, bottom], [x1 - w, top, x1, bottom]] as Box[]).find((b) => occ.fits(b));
          if (lane > 6) throw new Error(`timeline layout: no room for the words of bar "${span.id}"`);
          if (box) {
            occ.add(box, [span.id]);
            const laid = laidSpans.find((l) => l.id === span.id)!;
            laid.label = { kind: 'label', lines: [span.label], x: box[0], y: laneMid(lane) + fontSize * 0.33, anchor: 'start', box };
            lanes = Math.max(lanes, lane + 1);
            break;
          }
        }
      }
    };
    for (const e of order) {
      if (rank(e) < 2) placeBarLabels();
      const onSpan = endpointOf.get(e.id);
      const span = rowSpans.find((s) => s.id === onSpan);
      // A mark at the end of an outage bar sits on the bar's own end.
      const mx = span ? (span.fromId === e.id ? x(span.start) : x(span.end)) : x(e.at);
      const range =
        e.precision === 'day' || span
          ? undefined
          : { x0: x(e.start), x1: x(e.end), kind: e.precision === 'month' ? ('month' as const) : ('approx' as const) };
      const ext0 = Math.min(mx - markSize, range?.x0 ?? Infinity);
      const ext1 = Math.max(mx + markSize, range?.x1 ?? -Infinity);
      const friends = onSpan ? [onSpan, e.id] : [e.id];

      const candidates: { kind: LaidLabel['kind']; lines: string[]; lanes: number }[] = [];
      if (e.annotation) {
        for (const w of [annotationWidth, annotationWidth * 1.4, annotationWidth * 0.75]) {
          const lines = wrapText(e.annotation, w, (l) => textWidth(l, fontSize));
          candidates.push({ kind: 'annotation', lines, lanes: Math.max(1, Math.ceil((lines.length * lineHeight + 4) / laneHeight)) });
        }
      }
      if (e.label) candidates.push({ kind: 'label', lines: [e.label], lanes: 1 });
      candidates.push({ kind: 'number', lines: [String(e.number)], lanes: 1 });

      let placed: { lane: number; label: LaidLabel; markBox: Box } | null = null;
      // A bar's end mark stays on its bar (lane 0); its label goes beside it or just under it. Only if nothing fits
      // there does it fall back to the general search (the last pass).
      const passes = onSpan ? [true, false] : [false];
      for (const pinned of passes) {
        for (let c = 0; c < candidates.length && !placed; c++) {
          const cand = candidates[c]!;
          const last = c === candidates.length - 1;
          const laneLimit = pinned ? 1 : last ? Infinity : cand.kind === 'annotation' ? maxLabelLanes + 2 : maxLabelLanes;
          for (let lane = 0; lane < laneLimit && !placed; lane++) {
            const my = laneMid(lane);
            // The target: the shape and its range, at least targetSize square, centred on the mark.
            const markBox: Box = [down(Math.min(ext0, mx - targetSize / 2)), my - targetSize / 2, up(Math.max(ext1, mx + targetSize / 2)), my + targetSize / 2];
            if (!occ.fits(markBox, friends)) continue;
            const fs = cand.kind === 'number' ? fontSize * 0.9 : fontSize;
            const bold = cand.kind === 'annotation' || e.category === 'russia' ? BOLD : 1;
            const w = Math.max(...cand.lines.map((l) => textWidth(l, fs))) * bold;
            const height = cand.kind === 'annotation' ? 2 + cand.lines.length * lineHeight : laneHeight - 4;
            const spots: { anchor: 'start' | 'end'; lx: number; top: number }[] = [];
            // The stop of an outage is labelled before its bar, the restart after it.
            const anchors = span?.fromId === e.id ? (['end', 'start'] as const) : (['start', 'end'] as const);
            for (const anchor of anchors) spots.push({ anchor, lx: anchor === 'start' ? ext1 + GAP : ext0 - GAP, top: laneTop(lane) + 2 });
            if (pinned) {
              // Hanging just under the mark, starting at it (stop) or ending at it (restart).
              const under = laneTop(lane + 1) + 1;
              if (span?.fromId === e.id) spots.push({ anchor: 'start', lx: ext0, top: under });
              else spots.push({ anchor: 'end', lx: ext1, top: under });
            }
            for (const { anchor, lx, top } of spots) {
              const box: Box = anchor === 'start' ? [lx, top, lx + w, top + height] : [lx - w, top, lx, top + height];
              if (occ.fits(box, [e.id])) {
                const y = cand.kind === 'annotation' ? top + fontSize : top - 2 + laneHeight / 2 + fs * 0.35;
                placed = { lane, markBox, label: { kind: cand.kind, lines: cand.lines, x: lx, y, anchor, box } };
                break;
              }
            }
          }
        }
      }
      // The last candidate (the number) has no lane limit, so it always finds room.
      const p = placed!;
      occ.add(p.markBox, [e.id]);
      occ.add(p.label.box, [e.id]);
      lanes = Math.max(lanes, p.lane + 1, Math.ceil((p.label.box[3] - ROW_HEADING) / laneHeight));
      marks.push({ id: e.id, order: e.order, category: e.category, x: mx, y: laneMid(p.lane), lane: p.lane, range, label: p.label, box: p.markBox });
    }
    placeBarLabels();
    laidRows.push({
      key: row.key,
      name: row.name,
      height: laneTop(lanes) + 6,
      headingY: ROW_HEADING - 8,
      lanes,
      marks: marks.sort((a, b) => a.order - b.order),
      spans: laidSpans.map(({ label, ...span }) => {
        if (!label) throw new Error(`timeline layout: the words of bar "${span.id}" were not placed`);
        return { ...span, label };
      }),
    });
  }
  return {
    width,
    fontSize,
    markSize,
    laneHeight,
    targetSize,
    plotLeft,
    plotRight,
    rows: laidRows,
    ticks: monthTicks(from, to, x, width, fontSize),
    axisHeight: Math.ceil(fontSize * 3.4),
  };
}
