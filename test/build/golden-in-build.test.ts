/**
 * The golden files in test/golden/ (test/unit/golden-svg.test.tsx) are what the built chart pages ship: each one,
 * joined back into one line, appears verbatim in its chart's page (a file in parts, split by `<!-- part -->`: each
 * part). So the goldens cannot drift from the build. The embedded forms are found in the article that embeds them.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';

const pageOf: Record<string, string> = { profit: 'charts/ms-profit/', timeline: 'charts/uk-cyber-timeline/', 'baltic-map': 'charts/baltic-cables/' };
/** Goldens of a form an article embeds, and the article that embeds it. */
const embeddedIn: Record<string, string> = {
  'timeline-highlighted.html': 'articles/nato-cyber-chief-russia-ransomware/',
  'baltic-map-sliced.html': 'articles/nato-pre-emptive-debate/',
};
/** Goldens of a state no built page shows, with the reason: the unit golden test alone covers them. */
const unitOnly: Record<string, string> = {
  'timeline-compact.html': 'no article embeds the timeline compact without a highlight or a filter',
  'baltic-map-highlighted.html': 'no article embeds the map with a highlight',
};

describe('golden SVGs in the built chart pages', () => {
  const files = fs.readdirSync('test/golden').filter((f) => /\.(svg|html)$/.test(f));
  it('has a golden file for each chart', () => {
    expect(new Set(files.map((f) => Object.keys(pageOf).find((k) => f.startsWith(`${k}-`) || f.startsWith(`${k}.`))))).toEqual(
      new Set(Object.keys(pageOf)),
    );
  });
  it.each(files.filter((f) => !unitOnly[f]))('%s', (file) => {
    const chart = Object.keys(pageOf).find((k) => file.startsWith(`${k}-`) || file.startsWith(`${k}.`))!;
    const page = readPage(distRoot, embeddedIn[file] ?? pageOf[chart]!);
    const parts = fs.readFileSync(`test/golden/${file}`, 'utf8').split('<!-- part -->');
    for (const part of parts) expect(page.includes(part.trim().replace(/>\n</g, '><'))).toBe(true);
  });
});
