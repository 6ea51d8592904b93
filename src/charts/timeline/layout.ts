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
import type { Precision } from './format';
import { textWidth } from './text-width';

/** What the layout needs from an event. */
export interface LayoutEvent {
  id: string;
  order: number;
  number: number;
  category: CategoryKey;
  row: string;
  precision: Precision;
  start: Date;
  end: Date;
  at: Date;
  label?: string;
  annotation?: string;
}

export interface LayoutRow {
  key: string;
  name: string;
}

export interface LayoutSpan {
  id: string;
  label: string;
  row: string;
  start: Date;
  end: Date;
  fromId: string;
  toId: string;
}

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
  box: Box;
}

export interface LaidSpan {
  id: string;
  x0: number;
  x1: number;
  y: number;
  height: number;
  label: LaidLabel;
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
  plotLeft: number;
  plotRight: number;
  rows: LaidRow[];
  ticks: Tick[];
  /** Height of the axis strip under the rows. */
  axisHeight: number;
}

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GAP = 4;
export const ROW_HEADING = 24;

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Greedy word wrap to a width, by the estimated text width. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
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
    const tick: Tick = { x: px, label: labelled && fits ? MONTH_ABBR[m.getUTCMonth()]! : '', major: m.getUTCMonth() === 0 };
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
  const laneHeight = options.laneHeight ?? Math.round(fontSize * 2);
  const markSize = options.markSize ?? 6;
  const annotationWidth = options.annotationWidth ?? 190;
  const maxLabelLanes = options.maxLabelLanes ?? 3;
  const plotLeft = markSize + 6;
  const plotRight = width - markSize - 6;
  const scale = scaleUtc().domain([from, to]).range([plotLeft, plotRight]).clamp(true);
  const x = (d: Date) => scale(d);
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
    let lanes = 1;
    const laidSpans: LaidSpan[] = [];
    const barHeight = Math.round(laneHeight * 0.55);

    // Outage bars: lane 0, label inside the bar when it fits, else just after its end.
    for (const s of rowSpans) {
      const x0 = x(s.start);
      const x1 = x(s.end);
      const y = laneMid(0);
      const bar: Box = [x0, y - barHeight / 2, x1, y + barHeight / 2];
      occ.add(bar, [s.id, s.fromId, s.toId]);
      const w = textWidth(s.label, fontSize * 0.92);
      const inside = x1 - x0 - 2 * markSize - 8 >= w;
      const lx = inside ? (x0 + x1) / 2 - w / 2 : x1 + markSize + GAP + 2;
      const box: Box = [lx - 2, laneTop(0) + 1, lx + w + 2, laneTop(0) + laneHeight - 1];
      const label: LaidLabel = { kind: 'label', lines: [s.label], x: lx, y: y + fontSize * 0.33, anchor: 'start', box };
      occ.add(box, inside ? [s.id, s.fromId, s.toId] : [s.id]);
      laidSpans.push({ id: s.id, x0, x1, y, height: barHeight, label, fromId: s.fromId, toId: s.toId });
    }

    const endpointOf = new Map<string, string>();
    for (const s of rowSpans) {
      endpointOf.set(s.fromId, s.id);
      endpointOf.set(s.toId, s.id);
    }

    const order = [...inRow].sort(
      (a, b) => Number(b.annotation !== undefined) - Number(a.annotation !== undefined) || a.order - b.order,
    );
    const marks: LaidMark[] = [];
    for (const e of order) {
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
          const lines = wrapText(e.annotation, w, fontSize);
          candidates.push({ kind: 'annotation', lines, lanes: Math.max(1, Math.ceil((lines.length * lineHeight + 4) / laneHeight)) });
        }
      }
      if (e.label) candidates.push({ kind: 'label', lines: [e.label], lanes: 1 });
      candidates.push({ kind: 'number', lines: [String(e.number)], lanes: 1 });

      let placed: { lane: number; label: LaidLabel; markBox: Box } | null = null;
      for (let c = 0; c < candidates.length && !placed; c++) {
        const cand = candidates[c]!;
        const last = c === candidates.length - 1;
        const laneLimit = last ? Infinity : cand.kind === 'annotation' ? maxLabelLanes + 2 : maxLabelLanes;
        for (let lane = onSpan ? 0 : 0; lane < laneLimit && !placed; lane++) {
          const my = laneMid(lane);
          const markBox: Box = [ext0, my - markSize - 1, ext1, my + markSize + 1];
          if (!occ.fits(markBox, friends)) continue;
          const fs = cand.kind === 'number' ? fontSize * 0.9 : fontSize;
          const w = Math.max(...cand.lines.map((l) => textWidth(l, fs)));
          const top = laneTop(lane) + 2;
          const bottom = cand.kind === 'annotation' ? laneTop(lane) + 4 + cand.lines.length * lineHeight : laneTop(lane) + laneHeight - 2;
          for (const anchor of ['start', 'end'] as const) {
            const lx = anchor === 'start' ? ext1 + GAP : ext0 - GAP;
            const box: Box = anchor === 'start' ? [lx, top, lx + w, bottom] : [lx - w, top, lx, bottom];
            if (occ.fits(box, [e.id])) {
              const y = cand.kind === 'annotation' ? laneTop(lane) + 2 + fontSize : my + fs * 0.35;
              placed = { lane, markBox, label: { kind: cand.kind, lines: cand.lines, x: lx, y, anchor, box } };
              break;
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
    laidRows.push({
      key: row.key,
      name: row.name,
      height: laneTop(lanes) + 6,
      headingY: ROW_HEADING - 8,
      lanes,
      marks: marks.sort((a, b) => a.order - b.order),
      spans: laidSpans,
    });
  }
  return {
    width,
    fontSize,
    markSize,
    laneHeight,
    plotLeft,
    plotRight,
    rows: laidRows,
    ticks: monthTicks(from, to, x, width, fontSize),
    axisHeight: Math.ceil(fontSize * 3.4),
  };
}
