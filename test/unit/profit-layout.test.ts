/** The profit chart's layout: scales, bar positions, labels that never collide, changes worked out from the data. */
import { describe, expect, it } from 'vitest';
import { allText, overlaps, profitLayout, SIZES, type ProfitLayout, type ProfitMeasure } from '../../src/charts/profit/layout';
import { textWidth } from '../../src/charts/frame/text-width';
import { msProfit } from './profit-data';


const WIDTHS = [280, 320, 375, 480, 640, 680, 1000];

function expectNoCollisions(layout: ProfitLayout) {
  const texts = allText(layout);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      expect(overlaps(a, b), `"${a.text}" overlaps "${b.text}" at width ${layout.width}`).toBe(false);
    }
  }
}

describe('profitLayout: scale', () => {
  it('maps zero to the start of the bar area and the largest value to its end', () => {
    const layout = profitLayout(msProfit, 640);
    expect(layout.x.domain()).toEqual([0, 413.1]);
    expect(layout.x(0)).toBe(layout.plot.x0);
    expect(layout.x(413.1)).toBe(layout.plot.x1);
    expect(layout.zeroX).toBe(layout.plot.x0);
  });

  it('is linear: bar lengths are proportional to the values', () => {
    const layout = profitLayout(msProfit, 640);
    const [statutory, adjusted] = layout.groups;
    const perMillion = adjusted!.bars[0].width / 413.1;
    expect(statutory!.bars[0].width).toBeCloseTo(391.9 * perMillion, 6);
    expect(statutory!.bars[1].width).toBeCloseTo(3.4 * perMillion, 6);
    expect(adjusted!.bars[1].width).toBeCloseTo(184.1 * perMillion, 6);
  });

  it('extends the domain below zero for a loss and draws that bar leftwards from zero', () => {
    const loss: ProfitMeasure[] = [{ key: 'l', label: 'Profit', before: { value: 120, period: 'Year 1' }, after: { value: -40, period: 'Year 2' } }];
    const layout = profitLayout(loss, 640);
    expect(layout.x.domain()).toEqual([-40, 120]);
    const negative = layout.groups[0]!.bars[1];
    expect(negative.x + negative.width).toBeCloseTo(layout.zeroX, 6);
    expect(negative.valueLabel.anchor).toBe('end');
    expect(negative.valueLabel.x1).toBeLessThanOrEqual(negative.x);
    expect(negative.valueLabel.x0).toBeGreaterThanOrEqual(0);
    expect(negative.valueLabel.text).toBe('−£40m');
  });
});

describe('profitLayout: bars', () => {
  it('draws two bars per measure, earlier period first, in reading order from the top', () => {
    const layout = profitLayout(msProfit, 640);
    const bars = layout.groups.flatMap((g) => g.bars);
    expect(bars.map((b) => [b.tone, b.value])).toEqual([
      ['before', 391.9],
      ['after', 3.4],
      ['before', 413.1],
      ['after', 184.1],
    ]);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).toBeGreaterThanOrEqual(bars[i - 1]!.y + bars[i - 1]!.height);
    for (const b of bars) {
      expect(b.x).toBeCloseTo(layout.zeroX, 6);
      expect(b.height).toBeGreaterThan(0);
    }
  });

  it("draws gridlines and the zero line only beside each group's bars, never across a heading", () => {
    for (const width of [320, 680]) {
      const layout = profitLayout(msProfit, width);
      expect(layout.bands).toHaveLength(2);
      layout.groups.forEach((g, i) => {
        const band = layout.bands[i]!;
        expect(band.y0).toBeLessThanOrEqual(g.bars[0].y);
        expect(band.y1).toBeGreaterThanOrEqual(g.bars[1].y + g.bars[1].height);
        for (const group of layout.groups) for (const line of group.heading) expect(line.y1 < band.y0 || line.y0 > band.y1).toBe(true);
      });
    }
  });

  it('starts each group below the previous one, and the axis below the last bar', () => {
    const layout = profitLayout(msProfit, 320);
    const [a, b] = layout.groups;
    expect(b!.y0).toBeGreaterThan(a!.y1);
    for (const t of layout.ticks) expect(t.y0).toBeGreaterThan(b!.bars[1].y + b!.bars[1].height);
    expect(layout.height).toBeGreaterThanOrEqual(Math.max(...layout.ticks.map((t) => t.y1)));
  });

  it('labels each bar with its value at its end and its period', () => {
    const layout = profitLayout(msProfit, 640);
    const labels = layout.groups.flatMap((g) => g.bars.map((b) => [b.valueLabel.text, b.periodLabel.text]));
    expect(labels).toEqual([
      ['£391.9m', '26 weeks to 28 Sep 2024'],
      ['£3.4m', '26 weeks to 27 Sep 2025'],
      ['£413.1m', '26 weeks to 28 Sep 2024'],
      ['£184.1m', '26 weeks to 27 Sep 2025'],
    ]);
    for (const b of layout.groups.flatMap((g) => g.bars)) {
      expect(b.valueLabel.x0).toBeGreaterThan(b.x + b.width);
      expect(b.valueLabel.y).toBeGreaterThan(b.y);
      expect(b.valueLabel.y).toBeLessThan(b.y + b.height + SIZES.value * 0.35);
    }
  });
});

describe('profitLayout: changes worked out from the data', () => {
  it('gives −99.1% for statutory and −55.4% for adjusted profit', () => {
    const layout = profitLayout(msProfit, 640);
    expect(layout.groups.map((g) => g.change?.text)).toEqual(['−99.1%', '−55.4%']);
    expect(layout.groups.map((g) => g.change?.words)).toEqual(['down 99.1%', 'down 55.4%']);
    expect(layout.groups[0]!.change!.value).toBeCloseTo(((3.4 - 391.9) / 391.9) * 100, 10);
  });

  it('follows the data when a figure changes (nothing is typed in)', () => {
    const changed = structuredClone(msProfit);
    changed[1]!.before.value = 407.8;
    expect(profitLayout(changed, 640).groups[1]!.change!.text).toBe('−54.9%');
  });

  it('leaves the annotation out when the earlier value is zero', () => {
    const zero: ProfitMeasure[] = [{ key: 'z', label: 'Profit', before: { value: 0, period: 'A' }, after: { value: 5, period: 'B' } }];
    expect(profitLayout(zero, 320).groups[0]!.change).toBeNull();
  });

  it('in wide layouts, joins the two bars with a bracket and puts the change beside it, clear of every value label', () => {
    for (const width of WIDTHS.filter((w) => profitLayout(msProfit, w).mode === 'wide')) {
      const layout = profitLayout(msProfit, width);
      for (const g of layout.groups) {
        const { bracket, label } = g.change!;
        expect(bracket).not.toBeNull();
        expect(bracket!.y1).toBeCloseTo(g.bars[0].y + g.bars[0].height / 2, 6);
        expect(bracket!.y2).toBeCloseTo(g.bars[1].y + g.bars[1].height / 2, 6);
        expect(label.x0).toBeGreaterThan(bracket!.x);
        expect(label.y).toBeGreaterThan(bracket!.y1);
        expect(label.y).toBeLessThan(bracket!.y2 + SIZES.change);
        for (const b of layout.groups.flatMap((gg) => gg.bars)) {
          expect(b.valueLabel.x1, `value ${b.valueLabel.text} runs into the bracket at ${width}`).toBeLessThan(bracket!.x - bracket!.tick);
        }
      }
    }
  });

  it('in narrow layouts, puts the change at the right of the heading and wraps the heading short of it', () => {
    const layout = profitLayout(msProfit, 320);
    expect(layout.mode).toBe('stacked');
    for (const g of layout.groups) {
      const { bracket, label } = g.change!;
      expect(bracket).toBeNull();
      expect(label.anchor).toBe('end');
      expect(label.x1).toBeCloseTo(320, 6);
      expect(label.y).toBe(g.heading[0]!.y);
      for (const line of g.heading) expect(overlaps(line, label, 8)).toBe(false);
      expect(label.y1).toBeLessThan(g.bars[0].periodLabel.y0);
    }
    // Narrower still, the heading wraps, balanced rather than greedy: no line is left with one short word.
    const narrower = profitLayout(msProfit, 260);
    expect(narrower.groups.map((g) => g.heading.map((h) => h.text))).toEqual([
      ['Statutory profit', 'before tax'],
      ['Adjusted profit', 'before tax'],
    ]);
    for (const g of narrower.groups) for (const line of g.heading) expect(overlaps(line, g.change!.label, 8)).toBe(false);
  });

  it('gives the bars most of a narrow chart: at 320 wide they run past two-thirds of it', () => {
    const layout = profitLayout(msProfit, 320);
    expect(layout.plot.x1).toBeGreaterThan(320 * 0.66);
  });
});

describe('profitLayout: fitting the width', () => {
  it('uses a period column when wide and puts periods above the bars when narrow', () => {
    const wide = profitLayout(msProfit, 680);
    expect(wide.mode).toBe('wide');
    const b = wide.groups[0]!.bars[0];
    expect(b.periodLabel.anchor).toBe('end');
    expect(b.periodLabel.x1).toBeLessThan(b.x);

    const narrow = profitLayout(msProfit, 320);
    expect(narrow.mode).toBe('stacked');
    const n = narrow.groups[0]!.bars[0];
    expect(n.periodLabel.x0).toBe(0);
    expect(n.periodLabel.y1).toBeLessThanOrEqual(n.y);
  });

  it.each(WIDTHS)('keeps every label inside the %ipx width and clear of every other label', (width) => {
    const layout = profitLayout(msProfit, width);
    for (const t of allText(layout)) {
      expect(t.x0, `"${t.text}" starts left of 0`).toBeGreaterThanOrEqual(0);
      expect(t.x1, `"${t.text}" ends right of ${width}`).toBeLessThanOrEqual(width);
      expect(t.y0).toBeGreaterThanOrEqual(0);
      expect(t.y1).toBeLessThanOrEqual(layout.height);
    }
    expectNoCollisions(layout);
  });

  it('in narrow layouts, sets each period label nearer its own bar than the bar above it', () => {
    const layout = profitLayout(msProfit, 320);
    for (const g of layout.groups) {
      const [first, second] = g.bars;
      const toOwn = second.y - second.periodLabel.y1;
      const toAbove = second.periodLabel.y0 - (first.y + first.height);
      expect(toOwn).toBeLessThan(toAbove);
    }
  });

  it('wraps a heading that is too long for a narrow chart onto more lines', () => {
    const long: ProfitMeasure[] = [
      { ...msProfit[0]!, label: 'Statutory profit before tax, including adjusting items of every kind' },
      msProfit[1]!,
    ];
    const layout = profitLayout(long, 320);
    const heading = layout.groups[0]!.heading;
    expect(heading.length).toBeGreaterThan(1);
    expect(heading.map((h) => h.text).join(' ')).toBe(long[0]!.label);
    for (const line of heading) expect(line.x1).toBeLessThanOrEqual(320);
    expectNoCollisions(layout);
  });

  it('thins the axis labels until they fit, and never lets two touch', () => {
    const narrow = profitLayout(msProfit, 280);
    const wide = profitLayout(msProfit, 1000);
    expect(narrow.ticks.length).toBeGreaterThanOrEqual(2);
    expect(wide.ticks.length).toBeGreaterThan(narrow.ticks.length);
    for (const layout of [narrow, wide]) {
      for (let i = 1; i < layout.ticks.length; i++) expect(layout.ticks[i]!.x0).toBeGreaterThan(layout.ticks[i - 1]!.x1);
      expect(layout.gridlines.map((g) => g.x)).toEqual(layout.ticks.map((t) => t.x));
    }
    expect(wide.ticks.map((t) => t.text)).toContain('£400m');
    expect(wide.ticks[0]!.text).toBe('0');
  });

  it('estimates bold text wider than regular', () => {
    expect(textWidth('£391.9m', 14, true)).toBeGreaterThan(textWidth('£391.9m', 14));
  });
});
