/**
 * Build-time memo (src/lib/build-memo.ts): one result per key for the build, a rejected promise forgotten so the next
 * page reports the error again, and no keeping at all where content can change under it (the dev server).
 */
import { describe, expect, it } from 'vitest';
import { buildMemo } from '../../src/lib/build-memo';

describe('buildMemo', () => {
  it('computes once per key and hands every caller the same result', () => {
    let calls = 0;
    const square = buildMemo((n: number) => String(n), (n: number) => ({ n: n * n, call: ++calls }), true);
    const first = square(3);
    expect(square(3)).toBe(first);
    expect(square(4).n).toBe(16);
    expect(calls).toBe(2);
  });

  it('forgets a promise that rejects, so the next caller tries again', async () => {
    let calls = 0;
    const load = buildMemo((id: string) => id, async (id: string) => {
      calls += 1;
      if (calls === 1) throw new Error(`no chart "${id}"`);
      return id.toUpperCase();
    }, true);
    await expect(load('map')).rejects.toThrow('no chart "map"');
    await expect(load('map')).resolves.toBe('MAP');
    await expect(load('map')).resolves.toBe('MAP');
    expect(calls).toBe(2);
  });

  it('keeps nothing when turned off (the dev server), and is off under vitest like the dev server', () => {
    let calls = 0;
    const count = () => ++calls;
    const off = buildMemo(() => 'same', count, false);
    expect([off(), off()]).toEqual([1, 2]);
    const byDefault = buildMemo(() => 'same', count);
    expect([byDefault(), byDefault()]).toEqual([3, 4]);
  });
});
