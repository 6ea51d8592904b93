/**
 * The profit chart's words and numbers from the data: figure notes filled in from ms-financials records,
 * the table's rows and changes, caveats the data calls for, and the failures that keep a wrong id out of print.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fillFigures } from '../../src/charts/profit/figures';
import { inRecordUnit as formatInUnit } from '../../src/lib/figures';
import { describeChange, formatChange, formatGbpMillions, percentChange, periodKey, periodLong, periodShort } from '../../src/charts/profit/format';
import { profitModel, type MsRecord, type ProfitSpec } from '../../src/charts/profit/model';
import { profitTable } from '../../src/charts/profit/table';

const records: MsRecord[] = JSON.parse(fs.readFileSync('content/data/ms-financials.json', 'utf8'));
const byId = new Map(records.map((r) => [r.id, r]));
const lookup = (id: string) => byId.get(id);

const spec: ProfitSpec = {
  series: [
    { label: 'Statutory profit before tax', before: 'ms-h1-2425-statutory-pbt', after: 'ms-h1-2526-statutory-pbt' },
    { label: 'Adjusted profit before tax', before: 'ms-h1-2425-adjusted-pbt-restated', after: 'ms-h1-2526-adjusted-pbt' },
  ],
  figure_notes: [
    'Costs of {ms-h1-2526-cyber-adjusting-items}; insurance {ms-h1-2526-insurance}.',
    'Sources differ: {ms-h1-2425-adjusted-pbt-restated} or {ms-h1-2425-adjusted-pbt-original}; {ms-h1-2425-statutory-pbt} or {ms-h1-2425-statutory-pbt.conflict.alternative_value}.',
  ],
  notes: ['A plain note.'],
};

describe('formatting', () => {
  it('writes £m figures, changes and periods as readers see them', () => {
    expect(formatGbpMillions(391.9)).toBe('£391.9m');
    expect(formatGbpMillions(100)).toBe('£100m');
    expect(formatGbpMillions(7942.3)).toBe('£7,942.3m');
    expect(formatGbpMillions(-12.5)).toBe('−£12.5m');
    expect(formatChange(percentChange(391.9, 3.4)!)).toBe('−99.1%');
    expect(formatChange(percentChange(413.1, 184.1)!)).toBe('−55.4%');
    expect(formatChange(percentChange(6481, 7942.3)!)).toBe('+22.5%');
    expect(formatChange(0.01)).toBe('0%');
    expect(describeChange(-99.13)).toBe('down 99.1%');
    expect(percentChange(0, 5)).toBeNull();
    expect(percentChange(-100, -50)).toBe(50);
    expect(periodLong('26 weeks ended 28 September 2024')).toBe('26 weeks to 28 September 2024');
    expect(periodShort('26 weeks ended 28 September 2024')).toBe('26 weeks to 28 Sep 2024');
    expect(periodKey('H1 2024/25')).toBe('h1_2024_25');
  });

  it('formats a figure in its record unit', () => {
    expect(formatInUnit(34, 'GBP m (approx.)')).toBe('about £34m');
    expect(formatInUnit(7.8, 'percent')).toBe('7.8%');
    expect(formatInUnit(1.2, 'pence')).toBe('1.2p');
    expect(() => formatInUnit(1, 'furlongs')).toThrow(/no wording for the unit "furlongs"/);
  });
});

describe('fillFigures', () => {
  it('fills record values and nested numbers from the data', () => {
    expect(fillFigures('{ms-h1-2526-cyber-adjusting-items} of costs, {ms-h1-2526-insurance} of insurance', lookup, 'x')).toBe(
      '£101.6m of costs, £100m of insurance',
    );
    expect(fillFigures('originally {ms-h1-2425-adjusted-pbt-restated.conflict.alternative_value}', lookup, 'x')).toBe('originally £407.8m');
    expect(fillFigures('No figures here.', lookup, 'x')).toBe('No figures here.');
  });

  it('fails loudly, naming the place, for an unknown id, a missing field or a value that is not a number', () => {
    expect(() => fillFigures('{ms-no-such-record}', lookup, 'content/charts/t.yaml')).toThrow(
      /content\/charts\/t\.yaml: \{ms-no-such-record\} names no record/,
    );
    expect(() => fillFigures('{ms-h1-2526-insurance.conflict.alternative_value}', lookup, 'here')).toThrow(/here: .* is not a number/);
    expect(() => fillFigures('{ms-h2-2526-guidance}', lookup, 'here')).toThrow(/is not a number/);
    expect(() => fillFigures('{ms-h1-2526-cyber-cost-split}', lookup, 'here')).toThrow(/is not a number/);
  });
});

describe('profitModel', () => {
  const model = profitModel('ms-profit', spec, lookup);

  it('takes the four values from the records named in the chart entry', () => {
    expect(model.rows.map((r) => [r.label, r.before, r.after])).toEqual([
      ['Statutory profit before tax', 391.9, 3.4],
      ['Adjusted profit before tax', 413.1, 184.1],
    ]);
    expect(model.periods.before).toEqual({ long: '26 weeks to 28 September 2024', short: 'H1 2024/25', key: 'h1_2024_25' });
    expect(model.periods.after.long).toBe('26 weeks to 27 September 2025');
    expect(model.measures[0]!.after).toEqual({ value: 3.4, period: 'H1 2025/26' });
  });

  it('works out the changes from those values', () => {
    expect(model.rows.map((r) => formatChange(r.change!))).toEqual(['−99.1%', '−55.4%']);
  });

  it('spells out the short period labels, then fills the figure notes and puts them before the plain notes', () => {
    expect(model.notes).toEqual([
      'H1 2024/25 is the 26 weeks to 28 September 2024; H1 2025/26 is the 26 weeks to 27 September 2025.',
      'Costs of £101.6m; insurance £100m.',
      'Sources differ: £413.1m or £407.8m; £391.9m or £391.4m.',
      'A plain note.',
    ]);
  });

  it('sums up the values in words for screen readers', () => {
    expect(model.summary).toBe(
      'Statutory profit before tax: £391.9m in the 26 weeks to 28 September 2024 and £3.4m in the 26 weeks to 27 September 2025, down 99.1%. ' +
        'Adjusted profit before tax: £413.1m in the 26 weeks to 28 September 2024 and £184.1m in the 26 weeks to 27 September 2025, down 55.4%.',
    );
  });

  it('makes the table: one row per measure, £m per period, change rounded to 0.1', () => {
    const table = profitTable('M&S profit', model);
    expect(table.caption).toBe('M&S profit (£m)');
    expect(table.columns.map((c) => c.key)).toEqual(['measure', 'h1_2024_25_gbp_m', 'h1_2025_26_gbp_m', 'change_pct']);
    expect(table.columns[1]!.label).toBe('H1 2024/25 (£m)');
    expect(table.rows).toEqual([
      { measure: 'Statutory profit before tax', h1_2024_25_gbp_m: 391.9, h1_2025_26_gbp_m: 3.4, change_pct: -99.1 },
      { measure: 'Adjusted profit before tax', h1_2024_25_gbp_m: 413.1, h1_2025_26_gbp_m: 184.1, change_pct: -55.4 },
    ]);
    expect(table.notes).toEqual(model.notes);
  });

  it('insists that a charted figure sources disagree on is explained in a figure note', () => {
    const silent = { ...spec, figure_notes: ['Costs of {ms-h1-2526-cyber-adjusting-items}.'] };
    expect(() => profitModel('ms-profit', silent, lookup)).toThrow(/sources differ on "ms-h1-2425-statutory-pbt"/);
  });

  it('adds a caveat for a single-source figure', () => {
    const sales = profitModel('sales', { series: [{ label: 'Sales', before: 'ms-h1-2425-sales', after: 'ms-h1-2526-sales' }], figure_notes: [], notes: [] }, lookup);
    expect(sales.notes).toEqual(['H1 2024/25 is the 26 weeks to 28 September 2024; H1 2025/26 is the 26 weeks to 27 September 2025.', 'Only one source was found for sales in the 26 weeks to 28 September 2024.']);
  });

  it('ties each annotation to the bar whose record it names, and refuses one that names no bar', () => {
    const noted = profitModel('ms-profit', { ...spec, annotations: [{ at: 'ms-h1-2526-statutory-pbt', text: 'Counts the attack costs' }] }, lookup);
    expect(noted.annotations).toEqual([{ key: 'ms-h1-2526-statutory-pbt', text: 'Counts the attack costs', side: undefined, measure: 'series-1', tone: 'after' }]);
    expect(() => profitModel('ms-profit', { ...spec, annotations: [{ at: 'ms-h1-2526-insurance', text: 'Insurance' }] }, lookup)).toThrow(
      /content\/charts\/ms-profit\.yaml: annotations\[0\]\.at is "ms-h1-2526-insurance", which is not the record id of a bar drawn on this chart/,
    );
  });

  it('refuses unknown records, figures that are not £m, and measures over different periods', () => {
    const one = (before: string, after: string) => ({ series: [{ label: 'X', before, after }], figure_notes: [], notes: [] });
    expect(() => profitModel('t', one('nope', 'ms-h1-2526-adjusted-pbt'), lookup)).toThrow(/content\/charts\/t\.yaml: no record "nope"/);
    expect(() => profitModel('t', one('ms-h1-2526-food-sales', 'ms-h1-2526-adjusted-pbt'), lookup)).toThrow(/not a single figure in GBP m/);
    const mixed = {
      series: [
        { label: 'A', before: 'ms-h1-2425-adjusted-pbt-original', after: 'ms-h1-2526-adjusted-pbt' },
        { label: 'B', before: 'ms-fy2324-adjusted-pbt', after: 'ms-fy2425-adjusted-pbt' },
      ],
      figure_notes: [],
      notes: [],
    };
    expect(() => profitModel('t', mixed, lookup)).toThrow(/same two periods/);
  });
});
