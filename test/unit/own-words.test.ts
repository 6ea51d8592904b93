/**
 * Facts carry over from the research; sentences do not. No text a reader sees (articles and their frontmatter, glossary
 * terms, chart text, the home, About and Data pages, and the site's components that carry prose) may share a run of ten
 * or more consecutive words with the datasets (content/data), the fact sheets and their README (../shared/facts) or the
 * seed article (../shared/seed), except inside quotation marks. YAML and frontmatter are parsed, so a value written in
 * quotes is read like any other text. The rules are in test/support/own-words.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forbiddenRuns, readerTexts, sharedDir, sharedRuns } from '../support/own-words';

const { runs: forbidden, from } = forbiddenRuns();

const filesIn = (dir: string, pattern: RegExp): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f)).map((f) => path.join(dir, f))
    : [];

const siteFiles = [
  ...filesIn('content/articles', /\.mdx$/),
  ...filesIn('content/glossary', /\.yaml$/),
  ...filesIn('content/charts', /\.yaml$/),
  ...filesIn('src/pages', /\.astro$/),
  ...filesIn('src/components/home', /\.astro$/),
  ...filesIn('src/components/data', /\.astro$/),
].sort();

describe('site text is in its own words', () => {
  it('reads everything it compares against, including ../shared', () => {
    expect(fs.existsSync(sharedDir), `the research is expected at ${sharedDir}`).toBe(true);
    for (const where of ['content/data/uk-cyber-incidents.json', '../shared/facts/README.md', '../shared/facts/glossary.json', '../shared/seed/article.txt']) {
      expect(from[where], where).toBeGreaterThan(50);
    }
  });

  it('reads the pages, frontmatter and YAML values readers see', () => {
    expect(siteFiles).toEqual(expect.arrayContaining(['src/pages/index.astro', 'src/pages/about.astro', 'src/pages/data/index.astro']));
    const about = readerTexts('src/pages/about.astro').join(' ');
    expect(about).toMatch(/explainer site about hybrid attacks/);
    const chart = readerTexts('content/charts/uk-cyber-timeline.yaml').join(' ');
    expect(chart).toMatch(/claims of a Russian hand came later/); // a title written in quotes is still read
  });

  it.each(siteFiles)('%s shares no run of ten words with the research', (file) => {
    expect(sharedRuns(file, forbidden)).toEqual([]);
  });
});

describe('the check has no quoted-value hole', () => {
  const fixtures = path.resolve('test/fixtures/own-words');

  it.each(['copied-summary.mdx', 'copied-chart.yaml', 'copied-page.astro'])('%s is caught', (name) => {
    expect(sharedRuns(path.join(fixtures, name), forbidden).length).toBeGreaterThan(0);
  });

  it('still lets a quotation inside a value through', () => {
    expect(sharedRuns(path.join(fixtures, 'quoted-inside-value.yaml'), forbidden)).toEqual([]);
  });
});
