/**
 * The options every chart shares (charts/frame/option-words.ts): id words, compact=, and the from=/to= date range,
 * as the timeline and the Baltic map read and check them.
 */
import { describe, expect, it } from 'vitest';
import { compactProblem, dateRangeProblems, inDateRange, parseCompact, sliceTitleProblems, words } from '../../src/charts/frame/option-words';
import { checkMapOptions, parseMapOptions } from '../../src/charts/baltic-map/options';

describe('chart option words', () => {
  it('reads ids separated by spaces or commas', () => {
    expect(words(' a, b  c ')).toEqual(['a', 'b', 'c']);
    expect(words(undefined)).toEqual([]);
  });
  it('reads and checks compact=', () => {
    expect(parseCompact('false')).toBe(false);
    expect(parseCompact(true)).toBe(true);
    expect(parseCompact(undefined)).toBeUndefined();
    expect(compactProblem('yes')).toBe('compact="yes": write compact="true" or compact="false"');
  });
  it('checks a date range and keeps both ends', () => {
    expect(dateRangeProblems('2025-13', undefined)).toEqual(['from="2025-13": write a date as YYYY-MM or YYYY-MM-DD']);
    expect(dateRangeProblems('2025-12', '2024-11')).toEqual(['from="2025-12" is after to="2024-11"']);
    expect(inDateRange(new Date('2024-11-01T00:00:00Z'), '2024-11', '2025-12')).toBe(true);
    expect(inDateRange(new Date('2025-12-31T00:00:00Z'), '2024-11', '2025-12')).toBe(true);
    expect(inDateRange(new Date('2026-01-01T00:00:00Z'), '2024-11', '2025-12')).toBe(false);
    expect(inDateRange(new Date('2024-10-31T00:00:00Z'), '2024-11', undefined)).toBe(false);
  });
  it('asks a slice that narrows the chart for its own title, subtitle and description', () => {
    const words = { title: 'JLR was shut for weeks', subtitle: 'JLR events, August 2025 to June 2026', description: 'A timeline of the JLR attack alone.' };
    expect(sliceTitleProblems({ only: 'jlr', ...words })).toEqual([]);
    expect(sliceTitleProblems({ title: 'Two incidents stand out' })).toEqual([]);
    expect(sliceTitleProblems({})).toEqual([]);
    expect(sliceTitleProblems({ only: 'jlr' })).toEqual([
      'only="jlr": this slice (only="jlr") shows part of the chart, so the chart\'s own title, subtitle and description do not fit it: add title="…" (what the slice shows, its finding), subtitle="…" (what is drawn, and its dates) and description="…" (what a screen reader hears of the drawing: what it draws and shows)',
    ]);
    expect(sliceTitleProblems({ from: '2024-11', to: '2025-12', title: words.title, description: words.description })).toEqual([
      'from="2024-11": this slice (from="2024-11" to="2025-12") shows part of the chart, so the chart\'s own subtitle does not fit it: add subtitle="…" (what is drawn, and its dates)',
    ]);
    expect(sliceTitleProblems({ only: 'jlr', title: words.title, subtitle: words.subtitle })).toEqual([
      'only="jlr": this slice (only="jlr") shows part of the chart, so the chart\'s own description does not fit it: add description="…" (what a screen reader hears of the drawing: what it draws and shows)',
    ]);
    expect(sliceTitleProblems({ to: '2025-12', title: '', subtitle: words.subtitle, description: words.description })).toEqual(['title="": write the slice\'s finding in a sentence']);
  });
});

describe('Baltic map options', () => {
  const incidents = new Set(['INC-2024-12-EAGLES']);
  it('takes a date range, checked like the timeline\'s', () => {
    expect(checkMapOptions({ from: '2024-11', to: '2025-12', title: 'Damage since late 2024', subtitle: 'Cables damaged, November 2024 to December 2025', description: 'A map of the damage from late 2024 only.' }, incidents)).toEqual([]);
    expect(checkMapOptions({ from: '2024-11', to: '2025-12' }, incidents)[0]).toMatch(/^from="2024-11": this slice .* add title="…"/);
    expect(checkMapOptions({ from: 'November 2024', title: 'A title', subtitle: 'A subtitle', description: 'A description' }, incidents)).toEqual(['from="November 2024": write a date as YYYY-MM or YYYY-MM-DD']);
    expect(parseMapOptions({ from: '2024-11', to: '2025-12' })).toMatchObject({ from: '2024-11', to: '2025-12' });
  });
});
