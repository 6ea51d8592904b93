/**
 * The profit chart's geometry: measures (each a before/after pair) and a width in, every mark and label out.
 * Pure maths with d3-scale; no React, no DOM, no measuring (text widths are estimated, see ../frame/text-width).
 *
 * Each measure is a group: its name as a heading, one bar per period with the period written beside it and the
 * value at the bar's end, and a bracket joining the two bars with the percentage change worked out from the data.
 * Wide layouts put the period labels in a column left of the bars and a bracket with the change to the right of them;
 * narrow ones ("stacked") put each period above its bar and the change at the right of the group's heading, so the bars
 * keep most of the width.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { describeChange, formatChange, formatGbpMillions, percentChange } from './format';
import { textWidth, wrapBalanced, wrapText } from '../frame/text-width';
import { placeAnnotations, type AnnotationSide, type Box, type PlacedAnnotation } from '../frame/annotations';

/** An editor's note on one bar (see chartAnnotation in src/schemas/charts/base.ts). */
export interface ProfitNote {
  /** The record id it was written against. */
  key: string;
  text: string;
  side?: AnnotationSide | undefined;
  /** The measure and the bar it explains. */
  measure: string;
  tone: 'before' | 'after';
}

/** Notes are set in this size; each gets room reserved under its bar, at most NOTE_WIDTH wide. */
export const NOTE_SIZE = 13;
const NOTE_LINE = Math.round(NOTE_SIZE * 1.3);
const NOTE_WIDTH = 340;
const NOTE_GAP = 6;

/** One measure as the chart needs it. Values in £m. */
export interface ProfitMeasure {
  /** Stable key, e.g. the series' index or the metric name. */
  key: string;
  /** Heading of the group, e.g. "Statutory profit before tax". */
  label: string;
  before: { value: number; period: string };
  after: { value: number; period: string };
}

export type Anchor = 'start' | 'middle' | 'end';

/** A piece of text with its estimated horizontal extent [x0, x1] (for collision checks) and box. */
export interface TextMark {
  text: string;
  /** Anchor point and baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  size: number;
  bold: boolean;
  /** Estimated left and right edges. */
  x0: number;
  x1: number;
  /** Top and bottom of the line box (approximate: baseline minus ascent, plus descent). */
  y0: number;
  y1: number;
}

export interface BarMark {
  key: string;
  /** Earlier period ("before") or later period ("after"): drawn in different colours and always labelled. */
  tone: 'before' | 'after';
  value: number;
  period: string;
  x: number;
  y: number;
  width: number;
  height: number;
  valueLabel: TextMark;
  periodLabel: TextMark;
}

export interface ChangeMark {
  /** Percentage change, unrounded. */
  value: number;
  /** As shown: "−99.1%". */
  text: string;
  /** In words: "down 99.1%". */
  words: string;
  label: TextMark;
  /**
   * Wide layouts: a bracket "]" joining the two bars' centres (vertical line at x from y1 to y2, ticks of length `tick`
   * to the left), with the change beside it. Narrow layouts have no bracket: the change sits at the right of the heading.
   */
  bracket: { x: number; y1: number; y2: number; tick: number } | null;
}

export interface GroupMark {
  key: string;
  label: string;
  heading: TextMark[];
  bars: [BarMark, BarMark];
  change: ChangeMark | null;
  /** Top and bottom of the group. */
  y0: number;
  y1: number;
}

export interface ProfitLayout {
  width: number;
  height: number;
  mode: 'wide' | 'stacked';
  /** £m -> x. */
  x: ScaleLinear<number, number>;
  /** Horizontal extent of the bars' scale and vertical extent of the bar area. */
  plot: { x0: number; x1: number; y0: number; y1: number };
  zeroX: number;
  /** Vertical stretches where gridlines and the zero line are drawn: one per group, so they never cross a heading. */
  bands: { y0: number; y1: number }[];
  gridlines: { value: number; x: number }[];
  ticks: TextMark[];
  groups: GroupMark[];
  /** Editors' notes, placed clear of every other mark. */
  notes: PlacedAnnotation[];
}

/** Type sizes in the SVG's own units (the SVG is drawn at about its layout width, so roughly px). */
export const SIZES = { heading: 15, label: 14, value: 14, change: 16, tick: 13 } as const;

const LABEL_GAP = 6; // between a bar's end and its value
const BRACKET_GAP = 12; // between the widest value label and the bracket
const BRACKET_TICK = 6;
const CHANGE_GAP = 6; // between the bracket and the change label
const COLUMN_GAP = 10; // between the period column and the bars (wide)
const MIN_PLOT = 200; // narrowest bar area the wide layout accepts
const BAR_WIDE = 26;
const BAR_STACKED = 22;
const ROW_GAP = 8; // between a bar and the next (wide)
const ROW_GAP_STACKED = 12; // more when a period label sits between them, so each label reads with its own bar
const GROUP_GAP = 22;
const TICK_GAP = 10; // least space between two tick labels

function text(value: string, x: number, y: number, anchor: Anchor, size: number, bold = false): TextMark {
  const w = textWidth(value, size, bold);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { text: value, x, y, anchor, size, bold, x0, x1: x0 + w, y0: y - size * 0.8, y1: y + size * 0.25 };
}

/** Baseline that centres a line of text of `size` on `centre`. */
const middleBaseline = (centre: number, size: number) => centre + size * 0.35;

/** Do two text marks overlap (with `gap` to spare)? */
export function overlaps(a: TextMark, b: TextMark, gap = 0): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;
}

function tickLabel(value: number): string {
  return value === 0 ? '0' : formatGbpMillions(value);
}

/**
 * The axis: as many round values as fit without their labels touching, each label kept inside [0, width]
 * (the first may be anchored at its start, the last at its end).
 */
function placeTicks(x: ScaleLinear<number, number>, width: number, baseline: number): { value: number; label: TextMark }[] {
  const [d0, d1] = x.domain() as [number, number];
  for (let count = 6; count >= 2; count -= 1) {
    const ticks = x
      .ticks(count)
      .filter((v) => v >= d0 && v <= d1)
      .map((value) => {
        const px = x(value);
        const w = textWidth(tickLabel(value), SIZES.tick);
        const anchor: Anchor = px - w / 2 < 0 ? 'start' : px + w / 2 > width ? 'end' : 'middle';
        return { value, label: text(tickLabel(value), px, baseline, anchor, SIZES.tick) };
      });
    const clash = ticks.some((t, i) => i > 0 && overlaps((ticks[i - 1] as { label: TextMark }).label, t.label, TICK_GAP));
    if (!clash) return ticks;
  }
  return [];
}

/** Lays out the chart for a given width (in SVG units). */
export function profitLayout(measures: readonly ProfitMeasure[], width: number, notes: readonly ProfitNote[] = []): ProfitLayout {
  if (measures.length === 0) throw new Error('profitLayout: no measures');
  const values = measures.flatMap((m) => [m.before.value, m.after.value]);
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const changes = measures.map((m) => percentChange(m.before.value, m.after.value));

  // What has to fit beside the bars.
  const valueW = Math.max(...values.map((v) => textWidth(formatGbpMillions(v), SIZES.value, true)));
  const changeW = Math.max(0, ...changes.map((c) => (c === null ? 0 : textWidth(formatChange(c), SIZES.change, true))));
  const hasChange = changes.some((c) => c !== null);
  const bracketReserve = hasChange ? BRACKET_GAP + CHANGE_GAP + changeW : 0;
  const leftReserve = min < 0 ? valueW + LABEL_GAP : 0;
  const periods = measures.flatMap((m) => [m.before.period, m.after.period]);
  const periodW = Math.max(...periods.map((p) => textWidth(p, SIZES.label)));

  const wideFits = width - (periodW + COLUMN_GAP) - leftReserve - (LABEL_GAP + valueW + bracketReserve) >= MIN_PLOT;
  const mode: ProfitLayout['mode'] = wideFits ? 'wide' : 'stacked';
  const rightReserve = LABEL_GAP + valueW + (mode === 'wide' ? bracketReserve : 0);
  const plotX0 = (mode === 'wide' ? periodW + COLUMN_GAP : 0) + leftReserve;
  const plotX1 = width - rightReserve;
  const x = scaleLinear().domain([min, max]).range([plotX0, plotX1]);
  const zeroX = x(0);
  const bracketX = plotX1 + LABEL_GAP + valueW + BRACKET_GAP;

  const barHeight = mode === 'wide' ? BAR_WIDE : BAR_STACKED;
  const noteWidth = Math.min(NOTE_WIDTH, width - plotX0);
  const rowGap = mode === 'wide' ? ROW_GAP : ROW_GAP_STACKED;
  let y = 0;
  let barsTop = Number.POSITIVE_INFINITY;
  const groups: GroupMark[] = measures.map((m, gi) => {
    const y0 = y;
    const c = changes[gi] ?? null;
    // Narrow: the change goes at the right of the heading's first line, so the heading wraps short of it.
    const headingRoom = mode === 'stacked' && c !== null ? width - changeW - BRACKET_GAP : width;
    const lines = wrapBalanced(m.label, headingRoom, (l) => textWidth(l, SIZES.heading, true));
    const firstBaseline = y + Math.max(SIZES.heading, mode === 'stacked' && c !== null ? SIZES.change : 0);
    const heading = lines.map((line, li) => text(line, 0, firstBaseline + li * SIZES.heading * 1.25, 'start', SIZES.heading, true));
    y = firstBaseline + (lines.length - 1) * SIZES.heading * 1.25 + 10;

    const bar = (tone: 'before' | 'after'): BarMark => {
      const { value, period } = m[tone];
      let periodLabel: TextMark;
      if (mode === 'stacked') {
        periodLabel = text(period, 0, y + SIZES.label, 'start', SIZES.label);
        y += SIZES.label + 5;
      } else {
        periodLabel = text(period, periodW, middleBaseline(y + barHeight / 2, SIZES.label), 'end', SIZES.label);
      }
      barsTop = Math.min(barsTop, y);
      const xa = x(Math.min(0, value));
      const xb = x(Math.max(0, value));
      const centre = y + barHeight / 2;
      const valueLabel =
        value >= 0
          ? text(formatGbpMillions(value), xb + LABEL_GAP, middleBaseline(centre, SIZES.value), 'start', SIZES.value, true)
          : text(formatGbpMillions(value), xa - LABEL_GAP, middleBaseline(centre, SIZES.value), 'end', SIZES.value, true);
      const mark: BarMark = { key: `${m.key}-${tone}`, tone, value, period, x: xa, y, width: xb - xa, height: barHeight, valueLabel, periodLabel };
      y += barHeight + rowGap;
      // Room under the bar for its note, as wide as the space from the bars' start to the edge allows.
      const note = notes.find((n) => n.measure === m.key && n.tone === tone);
      if (note) y += NOTE_GAP + wrapText(note.text, noteWidth, (l) => textWidth(l, NOTE_SIZE)).length * NOTE_LINE + 2;
      return mark;
    };
    const before = bar('before');
    const after = bar('after');
    y -= rowGap;

    let change: ChangeMark | null = null;
    if (c !== null && mode === 'wide') {
      const y1 = before.y + before.height / 2;
      const y2 = after.y + after.height / 2;
      const label = text(formatChange(c), bracketX + CHANGE_GAP, middleBaseline((y1 + y2) / 2, SIZES.change), 'start', SIZES.change, true);
      change = { value: c, text: formatChange(c), words: describeChange(c), label, bracket: { x: bracketX, y1, y2, tick: BRACKET_TICK } };
    } else if (c !== null) {
      const label = text(formatChange(c), width, firstBaseline, 'end', SIZES.change, true);
      change = { value: c, text: formatChange(c), words: describeChange(c), label, bracket: null };
    }
    const group: GroupMark = { key: m.key, label: m.label, heading, bars: [before, after], change, y0, y1: y };
    y += GROUP_GAP;
    return group;
  });
  y -= GROUP_GAP;
  const plotY1 = y;

  const tickBaseline = y + 6 + SIZES.tick;
  const placed = placeTicks(x, width, tickBaseline);
  const ticks = placed.map((t) => t.label);
  const gridlines = placed.map((t) => ({ value: t.value, x: x(t.value) }));
  const height = Math.ceil(tickBaseline + SIZES.tick * 0.35);

  const bands = groups.map((g) => ({ y0: g.bars[0].y - 4, y1: g.bars[1].y + g.bars[1].height + 4 }));

  // Each note under its bar, in the room left for it; placeAnnotations checks it against everything else drawn.
  const bars = groups.flatMap((g) => g.bars);
  const barBox = (b: BarMark): Box => ({ x0: Math.min(b.x, b.valueLabel.x0), y0: b.y, x1: Math.max(b.x + b.width, b.valueLabel.x1), y1: b.y + b.height });
  const obstacles: Box[] = [
    ...bars.map(barBox),
    ...ticks,
    ...groups.flatMap((g) => [...g.heading, ...g.bars.map((b) => b.periodLabel), ...(g.change ? [g.change.label] : [])]),
    ...groups.flatMap((g) => (g.change?.bracket ? [{ x0: g.change.bracket.x - g.change.bracket.tick, y0: g.change.bracket.y1, x1: g.change.bracket.x, y1: g.change.bracket.y2 }] : [])),
  ];
  const placement = placeAnnotations(
    notes.map((n) => {
      const bar = bars.find((b) => b.key === `${n.measure}-${n.tone}`)!;
      return { key: n.key, text: n.text, side: n.side ?? 'below', target: { ...barBox(bar), x0: bar.x } };
    }),
    { bounds: { x0: 0, y0: 0, x1: width, y1: height }, obstacles, measure: textWidth, size: NOTE_SIZE, maxWidth: noteWidth, gap: NOTE_GAP },
  );

  return {
    width,
    height: Math.max(height, placement.height),
    mode,
    x,
    plot: { x0: plotX0, x1: plotX1, y0: barsTop, y1: plotY1 },
    zeroX,
    bands,
    gridlines,
    ticks,
    groups,
    notes: placement.placed,
  };
}

/** Every piece of text in a layout, for collision checks. */
export function allText(layout: ProfitLayout): TextMark[] {
  return [
    ...layout.ticks,
    ...layout.groups.flatMap((g) => [
      ...g.heading,
      ...g.bars.flatMap((b) => [b.valueLabel, b.periodLabel]),
      ...(g.change ? [g.change.label] : []),
    ]),
  ];
}
