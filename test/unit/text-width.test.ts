/** The one text-width estimate the charts share (src/charts/frame/text-width.ts) and its word wrapping. */
import { describe, expect, it } from 'vitest';
import { textWidth, wrapBalanced, wrapText } from '../../src/charts/frame/text-width';

describe('textWidth', () => {
  it('scales with the font size and tells wide letters from narrow ones', () => {
    expect(textWidth('Harrods', 24)).toBeCloseTo(textWidth('Harrods', 12) * 2);
    expect(textWidth('WWWW', 12)).toBeGreaterThan(textWidth('iiii', 12) * 3);
  });

  it('makes bold about 10% wider', () => {
    expect(textWidth('£391.9m', 14, true)).toBeCloseTo(textWidth('£391.9m', 14) * 1.1);
  });

  it('adds letter-spacing after every character, in em', () => {
    expect(textWidth('SWEDEN', 10, true, 0.08)).toBeCloseTo(textWidth('SWEDEN', 10, true) + 6 * 0.08 * 10);
    expect(textWidth('SWEDEN', 10, true, 0)).toBe(textWidth('SWEDEN', 10, true));
  });
});

describe('wrapText and wrapBalanced', () => {
  const measure = (line: string) => textWidth(line, 12);
  const text = 'Co-op says the attackers took the personal data of 6.5 million members';

  it('breaks at spaces so that no line is wider than the width', () => {
    const lines = wrapText(text, 160, measure);
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(160);
  });

  it('gives a word wider than the width a line of its own', () => {
    expect(wrapText('a Supercalifragilistic b', 40, measure)).toEqual(['a', 'Supercalifragilistic', 'b']);
  });

  it('balances: as few lines as the greedy wrap, none wider than its widest', () => {
    const greedy = wrapText(text, 220, measure);
    const balanced = wrapBalanced(text, 220, measure);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.join(' ')).toBe(text);
    expect(Math.max(...balanced.map(measure))).toBeLessThanOrEqual(Math.max(...greedy.map(measure)));
  });
});
