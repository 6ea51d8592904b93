/**
 * Pure layout of the horizontal timeline: events + width in; time scale, rows, lanes, mark and label positions,
 * ticks out. No React, no DOM. One row ("swimlane") per category, in CATEGORIES order; inside a row, marks that
 * would touch (or whose label would run into another mark or label) move down to the next lane.
 * Labels that cannot be placed within `maxLabelLanes` lanes are dropped (the mark stays; its text is in the
 * tooltip, the details and the list).
 */
import { scaleUtc } from 'd3-scale';
import { MONTHS_SHORT } from '../../lib/dates';
import { utcMonth } from 'd3-time';
import { CATEGORIES, type CategoryKey, type ShapeKey } from './categories';
import type { Precision } from './format';
import { textWidth } from './text-width';

/** What the layout needs from an event. */
export interface LayoutEvent {
  id: string;
  order: number;
  category: CategoryKey;
  precision: Precision;
  start: Date;
  end: Date;
  at: Date;
  label?: string;
}

export interface LayoutOptions {
  width: number;
  /** Axis domain; defaults to whole months around the events. */
  from?: Date;
  to?: Date;
  /** Label and axis font size (px in the viewBox). */
  fontSize?: number;
  /** Height of one lane. */
  laneHeight?: number;
  /** Half the width of a mark. */
  markSize?: number;
  /** How many lanes a labelled mark may try before its label is dropped. */
  maxLabelLanes?: number;
  /** Draw labels at all. */
  labels?: boolean;
}

export type Interval = [number, number];

export interface LaidLabel {
  text: string;
  /** Anchor point of the text (baseline y). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** Horizontal extent of the (estimated) text. */
  x0: number;
  x1: number;
}

export interface LaidMark {
  id: string;
  order: number;
  category: CategoryKey;
  x: number;
  y: number;
  lane: number;
  /** The period the date could fall in, for month-only and approximate dates. */
  span?: { x0: number; x1: number; kind: 'month' | 'approx' };
  label?: LaidLabel;
  /** True when the event has a label but there was no room for it. */
  labelDropped: boolean;
}

export interface LaidRow {
  category: CategoryKey;
  title: string;
  shape: ShapeKey;
  /** Top of the row, baseline of its heading, and bottom of its last lane. */
  top: number;
  headingY: number;
  bottom: number;
  lanes: number;
}

export interface Tick {
  x: number;
  /** "Jan", "Apr"…; empty for unlabelled gridlines. */
  label: string;
  /** The year, under January and under the first labelled tick. */
  year?: string;
  /** A year boundary. */
  major: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  domain: [Date, Date];
  plotLeft: number;
  plotRight: number;
  axisY: number;
  fontSize: number;
  markSize: number;
  laneHeight: number;
  rows: LaidRow[];
  /** In navigation (time) order. */
  marks: LaidMark[];
  ticks: Tick[];
}

const GAP = 4;
const ROW_HEADING = 20;
const ROW_GAP = 8;

const overlaps = (a: Interval, b: Interval, gap = GAP) => a[0] < b[1] + gap && b[0] < a[1] + gap;

/** The horizontal extent of a mark (with its date span) on the chart. */
export function markExtent(m: Pick<LaidMark, 'x' | 'span'>, markSize: number): Interval {
  const x0 = Math.min(m.x - markSize, m.span?.x0 ?? Infinity);
  const x1 = Math.max(m.x + markSize, m.span?.x1 ?? -Infinity);
  return [x0, x1];
}

/** Box of a mark or a label, for overlap checks: [x0, y0, x1, y1]. */
export type Box = [number, number, number, number];

export function markBox(m: LaidMark, layout: Pick<TimelineLayout, 'markSize'>): Box {
  const [x0, x1] = markExtent(m, layout.markSize);
  return [x0, m.y - layout.markSize, x1, m.y + layout.markSize];
}

export function labelBox(l: LaidLabel, layout: Pick<TimelineLayout, 'fontSize'>): Box {
  return [l.x0, l.y - layout.fontSize * 0.8, l.x1, l.y + layout.fontSize * 0.25];
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Ticks: a gridline every month, labels every `step` months (1, 2, 3, 6 or 12) so labels never crowd. */
function monthTicks(from: Date, to: Date, x: (d: Date) => number, width: number, fontSize: number): Tick[] {
  const months = utcMonth.range(from, to);
  // The narrowest month (February) decides, so no pair of labels ends up closer than minSpacing.
  const pxPerMonth = months.length > 1 ? Math.min(...months.slice(1).map((m, i) => x(m) - x(months[i]!))) : width;
  const minSpacing = fontSize * 3.4;
  const step = [1, 2, 3, 6, 12].find((s) => s * pxPerMonth >= minSpacing) ?? 12;
  let yearShown = false;
  return months.map((m) => {
    const labelled = m.getUTCMonth() % step === 0;
    const px = x(m);
    const label = labelled ? MONTHS_SHORT[m.getUTCMonth()]! : '';
    const fits = px + 3 + textWidth(`${label} 0000`, fontSize) <= width;
    const tick: Tick = { x: px, label: labelled && fits ? label : '', major: m.getUTCMonth() === 0 };
    if (tick.label && (m.getUTCMonth() === 0 || !yearShown)) {
      tick.year = String(m.getUTCFullYear());
      yearShown = true;
    }
    return tick;
  });
}

interface PackOptions {
  width: number;
  fontSize: number;
  markSize: number;
  drawLabels: boolean;
  maxLabelLanes: number;
}

/**
 * Greedy lane packing for one row, in time order: each mark (with its label, right of it if there is room, else
 * left) goes into the first lane where it touches nothing; a label that fits in none of the first maxLabelLanes lanes
 * is dropped and the mark alone goes into the first free lane. `y` is the lane index until the caller sets it.
 */
function packRow(inRow: readonly LayoutEvent[], x: (d: Date) => number, o: PackOptions) {
  const { width, fontSize, markSize, drawLabels, maxLabelLanes } = o;
  /** Occupied horizontal intervals, per lane. */
  const lanes: Interval[][] = [];
  const free = (lane: number, boxes: Interval[], inBounds = true) =>
    boxes.every((b) => (!inBounds || (b[0] >= 0 && b[1] <= width)) && !(lanes[lane] ?? []).some((other) => overlaps(other, b)));
  const marks: LaidMark[] = [];
  let dropped = 0;
  for (const e of inRow) {
    const mx = x(e.at);
    const span =
      e.precision === 'day' ? undefined : { x0: x(e.start), x1: x(e.end), kind: e.precision === 'month' ? ('month' as const) : ('approx' as const) };
    const extent = markExtent({ x: mx, span }, markSize);
    let placed: { lane: number; label?: LaidLabel; boxes: Interval[] } | null = null;
    if (drawLabels && e.label) {
      const w = textWidth(e.label, fontSize);
      for (let lane = 0; lane < maxLabelLanes && !placed; lane++) {
        for (const anchor of ['start', 'end'] as const) {
          const lx = anchor === 'start' ? extent[1] + GAP : extent[0] - GAP;
          const lb: Interval = anchor === 'start' ? [lx, lx + w] : [lx - w, lx];
          if (free(lane, [extent, lb])) {
            placed = { lane, label: { text: e.label, x: lx, y: 0, anchor, x0: lb[0], x1: lb[1] }, boxes: [extent, lb] };
            break;
          }
        }
      }
    }
    for (let lane = 0; !placed; lane++) {
      if (free(lane, [extent], false)) placed = { lane, boxes: [extent] };
    }
    (lanes[placed.lane] ??= []).push(...placed.boxes);
    const labelDropped = drawLabels && !!e.label && !placed.label;
    if (labelDropped) dropped++;
    marks.push({ id: e.id, order: e.order, category: e.category, x: mx, y: placed.lane, lane: placed.lane, span, label: placed.label, labelDropped });
  }
  return { marks, lanes: lanes.length, labelLanes: maxLabelLanes, dropped };
}

export function timelineLayout(events: readonly LayoutEvent[], options: LayoutOptions): TimelineLayout {
  const width = options.width;
  const fontSize = options.fontSize ?? 12;
  const laneHeight = options.laneHeight ?? 22;
  const markSize = options.markSize ?? 6;
  const maxLabelLanes = options.maxLabelLanes ?? 3;
  const drawLabels = options.labels ?? true;

  if (events.length === 0) throw new Error('timeline layout: no events');
  const minStart = new Date(Math.min(...events.map((e) => e.start.getTime())));
  const maxEnd = new Date(Math.max(...events.map((e) => e.end.getTime())));
  const from = options.from ?? utcMonth.floor(minStart);
  const to = options.to ?? utcMonth.ceil(maxEnd);

  const plotLeft = markSize + 4;
  const plotRight = width - markSize - 4;
  const scale = scaleUtc().domain([from, to]).range([plotLeft, plotRight]).clamp(true);
  const x = (d: Date) => scale(d);

  const rows: LaidRow[] = [];
  const marks: LaidMark[] = [];
  let top = 0;

  for (const cat of CATEGORIES) {
    const inRow = events.filter((e) => e.category === cat.key).sort((a, b) => a.order - b.order);
    if (inRow.length === 0) continue;
    // Pack with the label-lane limit; if the row needs more lanes anyway (marks only), repack letting labels use
    // those lanes too, as long as the row does not grow.
    let packed = packRow(inRow, x, { width, fontSize, markSize, drawLabels, maxLabelLanes });
    for (let i = 0; i < 4 && packed.lanes > packed.labelLanes; i++) {
      const again = packRow(inRow, x, { width, fontSize, markSize, drawLabels, maxLabelLanes: packed.lanes });
      if (again.lanes > packed.lanes || again.dropped >= packed.dropped) break;
      packed = again;
    }
    const { marks: laidInRow } = packed;
    const laneCount = Math.max(packed.lanes, 1);
    const laneTop = top + ROW_HEADING;
    for (const mark of laidInRow) {
      mark.y = laneTop + mark.lane * laneHeight + laneHeight / 2;
      if (mark.label) mark.label.y = mark.y + fontSize * 0.36;
      marks.push(mark);
    }
    const bottom = laneTop + laneCount * laneHeight;
    rows.push({ category: cat.key, title: cat.plural, shape: cat.shape, top, headingY: top + 14, bottom, lanes: laneCount });
    top = bottom + ROW_GAP;
  }

  const axisY = top;
  const ticks = monthTicks(from, to, x, width, fontSize);
  return {
    width,
    height: Math.ceil(axisY + fontSize * 3.2),
    domain: [from, to],
    plotLeft,
    plotRight,
    axisY,
    fontSize,
    markSize,
    laneHeight,
    rows,
    marks: marks.sort((a, b) => a.order - b.order),
    ticks,
  };
}
