/**
 * The shared annotation placer (src/charts/frame/annotations.ts): a note goes on its preferred side of its mark when
 * there is room, moves to another side when something is in the way, never overlaps another note, a mark or any
 * obstacle, stays inside the bounds, and when nothing fits goes below everything with the height grown to hold it.
 * Also: the profit chart's real notes, at every width it ships, collide with none of its labels or bars.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { overlapsBox, placeAnnotations, type Box } from '../../src/charts/frame/annotations';
import { allText, profitLayout } from '../../src/charts/profit/layout';
import { profitModel, type MsRecord } from '../../src/charts/profit/model';
import { chartSchema } from '../../src/charts/registry';

/** Every character 7 px wide. */
const measure = (text: string) => text.length * 7;
const bounds: Box = { x0: 0, y0: 0, x1: 400, y1: 200 };

describe('placeAnnotations', () => {
  it('puts a note on its preferred side when there is room', () => {
    const target = { x0: 100, y0: 90, x1: 120, y1: 110 };
    const { placed, height } = placeAnnotations([{ key: 'a', text: 'A short note', target, side: 'right' }], { bounds, obstacles: [], measure });
    expect(placed[0]!.side).toBe('right');
    expect(placed[0]!.box.x0).toBeGreaterThan(target.x1);
    expect(height).toBe(200);
  });

  it('moves a note to another side when its preferred side is taken, and keeps notes apart', () => {
    const target = { x0: 100, y0: 90, x1: 120, y1: 110 };
    const wall = { x0: 121, y0: 0, x1: 400, y1: 200 };
    const { placed } = placeAnnotations(
      [
        { key: 'a', text: 'First note here', target, side: 'right' },
        { key: 'b', text: 'Second note here', target, side: 'right' },
      ],
      { bounds, obstacles: [wall], measure },
    );
    for (const p of placed) {
      expect(p.side).not.toBe('right');
      expect(overlapsBox(p.box, wall)).toBe(false);
      expect(overlapsBox(p.box, target)).toBe(false);
      expect(p.box.x0).toBeGreaterThanOrEqual(0);
    }
    expect(overlapsBox(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('wraps a long note and, when nothing fits, puts it below everything with a leader and a taller chart', () => {
    const target = { x0: 10, y0: 10, x1: 390, y1: 190 };
    const { placed, height } = placeAnnotations([{ key: 'a', text: 'A note much too long to fit on one line of this small chart', target }], { bounds, obstacles: [], measure, maxWidth: 200 });
    expect(placed[0]!.side).toBe('bottom');
    expect(placed[0]!.lines.length).toBeGreaterThan(1);
    expect(placed[0]!.box.y0).toBeGreaterThan(190);
    expect(height).toBeGreaterThanOrEqual(placed[0]!.box.y1);
    expect(placed[0]!.leader).not.toBeNull();
  });
});

describe('the profit chart notes', () => {
  const chart = chartSchema.parse(parse(fs.readFileSync('content/charts/ms-profit.yaml', 'utf8')));
  if (chart.kind !== 'profit') throw new Error('ms-profit is not a profit chart');
  const records = new Map((JSON.parse(fs.readFileSync('content/data/ms-financials.json', 'utf8')) as MsRecord[]).map((r) => [r.id, r]));
  const model = profitModel('ms-profit', chart, (id) => records.get(id));

  it('come from the YAML with their figures filled in from the data', () => {
    expect(model.annotations.map((a) => a.text).join(' ')).toMatch(/£101\.6m.*£100m/);
  });

  it.each([320, 440, 680, 1000])('at %i px sit under their bars, inside the chart, clear of every label and bar', (width) => {
    const layout = profitLayout(model.measures, width, model.annotations);
    expect(layout.notes).toHaveLength(model.annotations.length);
    const bars = layout.groups.flatMap((g) => g.bars.map((b) => ({ x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height })));
    for (const note of layout.notes) {
      expect(note.side).toBe('below');
      expect(note.box.x1).toBeLessThanOrEqual(width);
      expect(note.box.y1).toBeLessThanOrEqual(layout.height);
      for (const t of allText(layout)) expect(overlapsBox(note.box, t), `${note.text} / ${t.text}`).toBe(false);
      for (const b of bars) expect(overlapsBox(note.box, b)).toBe(false);
    }
  });
});
