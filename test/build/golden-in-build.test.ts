/**
 * The golden files in test/golden/ (test/unit/golden-svg.test.tsx) are what the built chart pages ship: each one,
 * joined back into one line, appears verbatim in its chart's page. So the goldens cannot drift from the build.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';

const pageOf: Record<string, string> = { profit: 'charts/ms-profit/', timeline: 'charts/uk-cyber-timeline/', 'baltic-map': 'charts/baltic-cables/' };

describe('golden SVGs in the built chart pages', () => {
  const files = fs.readdirSync('test/golden').filter((f) => /\.(svg|html)$/.test(f));
  it('has a golden file for each chart', () => {
    expect(new Set(files.map((f) => Object.keys(pageOf).find((k) => f.startsWith(`${k}-`) || f.startsWith(`${k}.`))))).toEqual(
      new Set(Object.keys(pageOf)),
    );
  });
  it.each(files)('%s', (file) => {
    const chart = Object.keys(pageOf).find((k) => file.startsWith(`${k}-`) || file.startsWith(`${k}.`))!;
    const markup = fs.readFileSync(`test/golden/${file}`, 'utf8').trim().replace(/>\n</g, '><');
    expect(readPage(distRoot, pageOf[chart]!).includes(markup)).toBe(true);
  });
});
