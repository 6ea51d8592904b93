/** The pure parts of <chart-explorer>: filter constraints, navigation order and keys, announcements. */
import { describe, expect, it } from 'vitest';
import { constraintsFrom, countMessage, filterKeyOfAttribute, passes } from '../../src/scripts/chart-explorer/filters';
import { focusMessage, parseOrder, sortByOrder, targetIndex } from '../../src/scripts/chart-explorer/navigation';

describe('filters', () => {
  const cat = (value: string, on: boolean) => ({ key: 'category', kind: 'multi' as const, value, on });

  it('lets through only the checked values of a key', () => {
    const c = constraintsFrom([cat('attack', true), cat('court', false), cat('baltic', true)]);
    expect(passes({ category: 'attack' }, c)).toBe(true);
    expect(passes({ category: 'baltic' }, c)).toBe(true);
    expect(passes({ category: 'court' }, c)).toBe(false);
  });

  it('hides everything with that key when every box is unchecked', () => {
    const c = constraintsFrom([cat('attack', false), cat('court', false)]);
    expect(passes({ category: 'attack' }, c)).toBe(false);
  });

  it('matches any one of several space-separated values on an item', () => {
    const c = constraintsFrom([{ key: 'org', kind: 'single', value: 'coop', on: true }]);
    expect(passes({ org: 'ms coop harrods' }, c)).toBe(true);
    expect(passes({ org: 'jlr' }, c)).toBe(false);
  });

  it('treats an empty select value as "any"', () => {
    const c = constraintsFrom([{ key: 'org', kind: 'single', value: '', on: true }]);
    expect(passes({ org: 'jlr' }, c)).toBe(true);
  });

  it('requires every key to match, and ignores keys an item does not have', () => {
    const c = constraintsFrom([cat('attack', true), cat('court', false), { key: 'org', kind: 'single', value: 'ms', on: true }]);
    expect(passes({ category: 'attack', org: 'ms' }, c)).toBe(true);
    expect(passes({ category: 'attack', org: 'jlr' }, c)).toBe(false);
    expect(passes({ category: 'court', org: 'ms' }, c)).toBe(false);
    expect(passes({ org: 'ms' }, c)).toBe(true);
    expect(passes({}, c)).toBe(true);
  });

  it('ignores unchecked radios', () => {
    const c = constraintsFrom([
      { key: 'year', kind: 'single', value: '2024', on: false },
      { key: 'year', kind: 'single', value: '2025', on: true },
    ]);
    expect(passes({ year: '2025' }, c)).toBe(true);
    expect(passes({ year: '2024' }, c)).toBe(false);
  });

  it('says how many remain', () => {
    expect(countMessage(12, 49, 'event')).toBe('12 of 49 events shown');
    expect(countMessage(49, 49, 'event')).toBe('All 49 events shown');
    expect(countMessage(0, 3, 'incident', 'incidents')).toBe('0 of 3 incidents shown');
  });

  it('reads filter keys from attribute names', () => {
    expect(filterKeyOfAttribute('data-filter-category')).toBe('category');
    expect(filterKeyOfAttribute('data-filter')).toBeNull();
    expect(filterKeyOfAttribute('data-mark-id')).toBeNull();
  });
});

describe('navigation', () => {
  it('sorts by order, keeping document order for ties and putting unordered items last', () => {
    const items = [
      { id: 'c', o: 3 },
      { id: 'x', o: null },
      { id: 'a', o: 1 },
      { id: 'b1', o: 2 },
      { id: 'b2', o: 2 },
    ];
    expect(sortByOrder(items, (i) => i.o).map((i) => i.id)).toEqual(['a', 'b1', 'b2', 'c', 'x']);
  });

  it('parses orders', () => {
    expect(parseOrder('4')).toBe(4);
    expect(parseOrder('2.5')).toBe(2.5);
    expect(parseOrder('')).toBeNull();
    expect(parseOrder(null)).toBeNull();
    expect(parseOrder('soon')).toBeNull();
  });

  it('moves with arrows, stops at the ends, and jumps with Home and End', () => {
    expect(targetIndex('ArrowRight', 0, 5)).toBe(1);
    expect(targetIndex('ArrowDown', 4, 5)).toBe(4);
    expect(targetIndex('ArrowLeft', 0, 5)).toBe(0);
    expect(targetIndex('ArrowUp', 3, 5)).toBe(2);
    expect(targetIndex('Home', 3, 5)).toBe(0);
    expect(targetIndex('End', 1, 5)).toBe(4);
    expect(targetIndex('Tab', 1, 5)).toBeNull();
    expect(targetIndex('ArrowRight', 0, 0)).toBeNull();
  });

  it('announces the label and the position', () => {
    expect(focusMessage(1, 49)).toBe('1 of 49');
  });
});
