/**
 * One colour language for every chart (src/styles/tokens.css): computed from the tokens themselves, in both themes,
 * every chart colour a reader must tell from the page has a contrast of at least 3:1 against the background, and the
 * accent (attacks and damage) at least 3:1 against every other chart colour and the map's land and sea, so the marks
 * that carry each chart's story stand out from everything around them. The categories (response, claim, cost,
 * context) are told apart from each other by shape, line style or label as well as hue; their pairwise contrast is
 * not required (no set of five colours can be 3:1 from each other and from a background), and the test says so.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../support/contrast';

const css = fs.readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** The custom properties of :root, each as [light, dark] hex (light-dark() split, var() resolved). */
function themeTokens(): Map<string, [string, string]> {
  const root = css.match(/:root\s*\{([\s\S]*?)\n\}/)?.[1] ?? '';
  const raw = new Map<string, string>();
  for (const m of root.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) raw.set(m[1]!, m[2]!.trim());
  const resolve = (value: string, depth = 0): [string, string] | null => {
    const ld = value.match(/^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i);
    if (ld) return [ld[1]!, ld[2]!];
    const ref = value.match(/^var\((--[\w-]+)\)$/);
    if (ref && depth < 5 && raw.has(ref[1]!)) return resolve(raw.get(ref[1]!)!, depth + 1);
    return null;
  };
  const out = new Map<string, [string, string]>();
  for (const [name, value] of raw) {
    const pair = resolve(value);
    if (pair) out.set(name, pair);
  }
  return out;
}

const tokens = themeTokens();
const THEMES = ['light', 'dark'] as const;
const colour = (name: string, theme: (typeof THEMES)[number]) => {
  const pair = tokens.get(name);
  if (!pair) throw new Error(`${name} is not a light-dark() colour in src/styles/tokens.css`);
  return pair[theme === 'light' ? 0 : 1];
};

/** Chart colours that carry data: each must be seen against the page. */
const DATA = ['--chart-attack', '--chart-context', '--chart-response', '--chart-claim', '--chart-cost', '--chart-ink'];
/** What the accent must stand out from: every other data colour, and the grounds it is drawn on. */
const ACCENT_AGAINST = ['--chart-context', '--chart-response', '--chart-claim', '--chart-cost', '--bg', '--chart-sea', '--chart-land'];

describe('chart colour tokens', () => {
  it('computes contrast as WCAG defines it', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('defines every chart colour once, for both themes', () => {
    for (const name of DATA) expect(tokens.has(name), name).toBe(true);
  });

  for (const theme of THEMES) {
    it(`${theme} theme: every data colour is at least 3:1 against the page`, () => {
      const bg = colour('--bg', theme);
      const low = DATA.map((n) => ({ n, ratio: contrastRatio(colour(n, theme), bg) })).filter((r) => r.ratio < 3);
      expect(low, `below 3:1 on --bg ${bg}`).toEqual([]);
    });

    it(`${theme} theme: the accent (attacks, damage) is at least 3:1 against every other chart colour and the map's ground`, () => {
      const accent = colour('--chart-attack', theme);
      const low = ACCENT_AGAINST.map((n) => ({ n, ratio: Number(contrastRatio(accent, colour(n, theme)).toFixed(2)) })).filter(
        (r) => r.ratio < 3,
      );
      expect(low).toEqual([]);
    });

    it(`${theme} theme: on the Baltic map, every pair a reader must tell apart is at least 3:1 (damage markers and drag track, cables, sea, land, page)`, () => {
      // Cables are told apart from each other by line style, never colour; markers and the track are the accent.
      const pairs: [string, string][] = [
        ['--chart-cable', '--chart-sea'],
        ['--chart-cable', '--chart-land'],
        ['--chart-cable', '--bg'],
        ['--chart-cable', '--chart-attack'],
        ['--chart-attack', '--chart-sea'],
        ['--chart-attack', '--chart-land'],
        ['--chart-ink', '--chart-sea'],
        ['--chart-ink', '--chart-cable'],
      ];
      const low = pairs
        .map(([a, b]) => ({ pair: `${a} / ${b}`, ratio: Number(contrastRatio(colour(a, theme), colour(b, theme)).toFixed(2)) }))
        .filter((r) => r.ratio < 3);
      expect(low).toEqual([]);
    });

    it(`${theme} theme: the categories differ in hue, so shape and hue together tell them apart`, () => {
      const cats = ['--chart-context', '--chart-response', '--chart-claim', '--chart-cost'].map((n) => colour(n, theme));
      expect(new Set(cats).size).toBe(cats.length);
    });
  }
});
