/**
 * One record, one figure: a figure readers see on two or more pages is written by reference (<Fig of="…" /> in MDX,
 * {record-id} in YAML), never typed in two places. The check is scripts/typed-figures.mjs; here it runs on the built
 * site (it must find nothing) and on a small fixture site (it must find exactly the typed repeat, with file and line).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { DIFFERENT_FIGURES, figuresIn, gatedOptions, KEY_EVENT_DATES, keyEventDays, pageText, readSite, report, typedRepeatedFigures } from '../../scripts/typed-figures.mjs';

describe('figures by reference on the built site', () => {
  it('reads figures from the pages readers see', () => {
    const { byFigure } = readSite(distRoot);
    // The JLR estimate is shown on several pages, each time by reference.
    expect(byFigure.get('£1.9bn')?.size ?? 0).toBeGreaterThan(2);
    expect(byFigure.get('99.1%')?.size ?? 0).toBeGreaterThan(1);
  });

  it('finds no typed figure, count or day (with or without its year) that another page also shows', () => {
    // The same options as `node scripts/typed-figures.mjs` (and its old --dates): every repeated day is gated.
    const options = gatedOptions();
    expect(options.dates).toBe(true);
    const problems = typedRepeatedFigures(distRoot, '.', options);
    expect(problems, report(problems)).toEqual([]);
  });

  it('keeps its list of same-number, different-figure exceptions short and explained', () => {
    expect(DIFFERENT_FIGURES.length).toBeLessThanOrEqual(4);
    for (const d of DIFFERENT_FIGURES) {
      expect(fs.existsSync(d.file), d.file).toBe(true);
      expect(fs.readFileSync(d.file, 'utf8')).toContain(d.figure);
      expect(d.reason.length).toBeGreaterThan(20);
    }
  });
});

describe('the check on a fixture site', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'typed-figures-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`;

  write('content/articles/a.mdx', '---\ntitle: "A"\n---\n\nThe centre put the cost at £1.9bn in October.\n');
  write('content/articles/b.mdx', '---\ntitle: "B"\n---\n\nIts estimate was <Fig of="x.cost" />, and headlines said "£2bn".\n');
  write('content/charts/c.yaml', 'title: "Shut for five weeks"\nnotes:\n  - "About 50 km off Gotland, by one estimate of the site."\n');
  write('dist/articles/a/index.html', page('<p>The centre put the cost at £1.9bn in October.</p>'));
  write('dist/articles/b/index.html', page('<p>Its estimate was <a class="fig" data-fig="x.cost">£1.9bn</a>, and headlines said "£2bn".</p><p>About 50 km off Gotland, by one estimate of the site.</p>'));
  write('dist/charts/c/index.html', page('<p>About 50 km off Gotland, by one estimate of the site.</p><p>"£2bn"</p>'));

  it('reports the typed figure that a reference also shows, with its file and line', () => {
    const problems = typedRepeatedFigures(path.join(root, 'dist'), root);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.figure}`)).toEqual(['content/articles/a.mdx:5 £1.9bn']);
    expect(report(problems)).toMatch(/content\/articles\/a\.mdx:5: "£1\.9bn" is typed[\s\S]*<Fig of=/);
  });

  it('gates the days of key events, with their year when the text gives one', () => {
    const days = keyEventDays('.', KEY_EVENT_DATES, []);
    expect(days.has('25 April')).toBe(true);
    expect(days.has('8 October 2025')).toBe(true);
    const found = figuresIn('On 25 April M&S stopped orders; on 7 to 8 October 2023 a pipeline broke; on 3 May nothing.', { keyDates: days });
    expect(found.map((f) => f.figure)).toEqual(['25 April']);
    write('content/articles/d.mdx', '---\ntitle: "D"\n---\n\nOrders stopped on 25 April, and the shops stayed open.\n');
    write('dist/articles/d/index.html', page('<p>Orders stopped on 25 April, and the shops stayed open.</p>'));
    write('dist/articles/e/index.html', page('<p>It happened on <a class="fig">25 April 2025</a>.</p>'));
    const problems = typedRepeatedFigures(path.join(root, 'dist'), root, { keyDates: new Set(['25 April', '25 April 2025']) });
    expect(problems.map((p) => `${p.file}:${p.line} ${p.figure}`)).toContain('content/articles/d.mdx:5 25 April');
  });

  it("gates the days of the other stories' events only with their year", () => {
    const days = keyEventDays();
    expect(days.has('14 January 2025')).toBe(true);
    expect(days.has('14 January')).toBe(false);
    write('content/glossary/f.yaml', 'definition: "NATO began the patrols on 14 January 2025; JLR restarted on 8 October."\n');
    write('dist/glossary/f/index.html', page('<p>NATO began the patrols on 14 January 2025; JLR restarted on 8 October.</p>'));
    write('dist/articles/g/index.html', page('<p>Launched on <a class="fig">14 January 2025</a>; the pipe broke on <a class="fig">8 October 2023</a>.</p>'));
    const problems = typedRepeatedFigures(path.join(root, 'dist'), root, { keyDates: days });
    const found = problems.filter((p) => p.file === 'content/glossary/f.yaml').map((p) => `${p.line} ${p.figure}`);
    // 8 October (JLR's restart, a key day) is not 8 October 2023 (the Balticconnector, gated with its year only).
    expect(found).toEqual(['1 14 January 2025']);
  });

  it("does not count a cited source's title or date of publication as a figure shown", () => {
    const text = pageText(
      page('<p>Shut until 1 October.</p><ul class="tl-sources"><li><span class="source-line"><span class="src-publisher">X</span>, <a href="#">Results to 31 December 2025</a>, 30 September 2025</span></li></ul><table><tr><td data-label="Sources">Y, Loan of £1.5bn, 2025-09-27</td></tr></table>'),
    );
    expect(figuresIn(text, { dates: true }).map((f) => f.figure)).toEqual(['1 October']);
  });

  it('with every day gated, reports a typed day that is no key event, and a count typed in words', () => {
    write('content/articles/h.mdx', '---\ntitle: "H"\n---\n\nThe meeting was on 3 March, and four arrests followed.\n');
    write('content/glossary/i.yaml', 'definition: >-\n  The drones came on the night of 9 to 10\n  September 2025, and several were downed.\n');
    write('dist/articles/h/index.html', page('<p>The meeting was on 3 March, and four arrests followed.</p>'));
    write('dist/glossary/i/index.html', page('<p>The drones came on the night of 9 to 10 September 2025, and several were downed.</p>'));
    write('dist/articles/j/index.html', page('<p>Talks on <a class="fig">3 March</a>; <a class="fig">4</a> arrests; drones on <a class="fig">10 September 2025</a>.</p>'));
    const found = (options: object) =>
      typedRepeatedFigures(path.join(root, 'dist'), root, options)
        .filter((p) => ['content/articles/h.mdx', 'content/glossary/i.yaml'].includes(p.file))
        .map((p) => `${p.file}:${p.line} ${p.figure}`);
    // The old default missed the day (no key event) and the day split over two lines of YAML.
    expect(found({ keyDates: keyEventDays() })).toEqual(['content/articles/h.mdx:5 4 arrests']);
    expect(found(gatedOptions()).sort()).toEqual(['content/articles/h.mdx:5 3 March', 'content/articles/h.mdx:5 4 arrests', 'content/glossary/i.yaml:2 10 September 2025']);
  });

  it('normalises spellings and signs', () => {
    expect(figuresIn('Nine times; eleven incidents, 11 incidents.').map((f) => f.figure)).toEqual(['11 incidents', '9 times', '11 incidents']);
    expect(figuresIn('down −99 per cent, £1.9 billion, 650 MW, 90 kilometres, 25 April, more than 5,000 organisations', { dates: true }).map((f) => f.figure)).toEqual([
      '£1.9bn',
      '99%',
      '650 MW',
      '90 km',
      '5,000 organisations',
      '25 April',
    ]);
  });
});
