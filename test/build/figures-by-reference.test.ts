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
import { DIFFERENT_FIGURES, figuresIn, keyEventDays, pageText, readSite, report, typedRepeatedFigures } from '../../scripts/typed-figures.mjs';

describe('figures by reference on the built site', () => {
  it('reads figures from the pages readers see', () => {
    const { byFigure } = readSite(distRoot);
    // The JLR estimate is shown on several pages, each time by reference.
    expect(byFigure.get('£1.9bn')?.size ?? 0).toBeGreaterThan(2);
    expect(byFigure.get('99.1%')?.size ?? 0).toBeGreaterThan(1);
  });

  it('finds no typed figure that another page also shows', () => {
    const problems = typedRepeatedFigures(distRoot, '.', { keyDates: keyEventDays() });
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
    const days = keyEventDays();
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

  it("does not count a cited source's title or date of publication as a figure shown", () => {
    const text = pageText(
      page('<p>Shut until 1 October.</p><ul class="tl-sources"><li><span class="source-line"><span class="src-publisher">X</span>, <a href="#">Results to 31 December 2025</a>, 30 September 2025</span></li></ul><table><tr><td data-label="Sources">Y, Loan of £1.5bn, 2025-09-27</td></tr></table>'),
    );
    expect(figuresIn(text, { dates: true }).map((f) => f.figure)).toEqual(['1 October']);
  });

  it('normalises spellings and signs', () => {
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
