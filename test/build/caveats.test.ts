/**
 * Caveats follow the data: a record marked single-source, or one whose sources disagree, carries its mark wherever a
 * page shows it. Every built page is searched for every element that shows a record (a <Fig>, a chart mark or its
 * details, an entry on a dataset's records page: `data-record`, `data-mark-id`, `data-details-for`), and the mark must
 * be in what that element shows or says (its text, its accessible label, or the caveat printed right after a figure).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';

type Mark = 'single-source' | 'conflict';

/** The marks, read straight from content/data (independently of the site's own code). */
function markedRecords(): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  const dir = path.resolve('content/data');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    for (const r of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>[]) {
      const c = typeof r.confidence === 'string' ? r.confidence : '';
      if (c.startsWith('single-source')) marks.set(String(r.id), 'single-source');
      else if (c.startsWith('conflict') || 'conflict' in r) marks.set(String(r.id), 'conflict');
    }
  }
  return marks;
}

const words: Record<Mark, RegExp> = {
  'single-source': /single source|one source|single report/i,
  conflict: /sources differ|sources disagree|sources conflict/i,
};

const RECORD_ATTRS = ['data-record', 'data-mark-id', 'data-details-for'];
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

interface Shown {
  id: string;
  said: string;
}

/** Every element that shows a record, with everything it shows or says. */
function recordsShown(html: string): Shown[] {
  const found: Shown[] = [];
  const open = new RegExp(`<([a-zA-Z][a-zA-Z0-9-]*)\\b([^>]*?\\s(?:${RECORD_ATTRS.join('|')})="([^"]+)"[^>]*)>`, 'g');
  for (const m of html.matchAll(open)) {
    const [whole, tag, attrs, id] = m as unknown as [string, string, string, string];
    const start = m.index! + whole.length;
    let inner = '';
    let end = start;
    if (!VOID.has(tag.toLowerCase()) && !whole.endsWith('/>')) {
      // Find the matching close tag, counting nested elements of the same name.
      const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
      re.lastIndex = start;
      let depth = 1;
      let t: RegExpExecArray | null;
      while (depth > 0 && (t = re.exec(html))) {
        if (t[0].endsWith('/>')) continue;
        depth += t[1] ? -1 : 1;
        if (depth === 0) {
          inner = html.slice(start, t.index);
          end = t.index + t[0].length;
        }
      }
    }
    const after = html.slice(end, end + 300).match(/^<span[^>]*data-caveat-mark[^>]*>([^<]*)<\/span>/)?.[1] ?? '';
    const labels = [...attrs.matchAll(/\s(?:aria-label|data-label|data-tooltip|title)="([^"]*)"/g)].map((a) => a[1]);
    const said = decodeEntities([inner.replace(/<[^>]+>/g, ' '), ...labels, after].join(' ')).replace(/\s+/g, ' ');
    found.push({ id: decodeEntities(id), said });
  }
  return found;
}

const marks = markedRecords();
const pages = builtPages(distRoot);

describe('caveats follow the data', () => {
  it('knows which records are marked, and finds them shown on pages', () => {
    expect([...marks.values()].filter((m) => m === 'single-source').length).toBeGreaterThan(10);
    expect([...marks.values()].filter((m) => m === 'conflict').length).toBeGreaterThan(3);
    const shown = pages.flatMap((p) => recordsShown(readPage(distRoot, p))).filter((s) => marks.has(s.id));
    expect(shown.length).toBeGreaterThan(50);
  });

  it('finds a <Fig> with its caveat (the detector reads what a figure prints after it)', () => {
    const html = readPage(distRoot, 'articles/marks-and-spencer-hack-cost/');
    const figs = recordsShown(html).filter((s) => s.id === 'ms-intrusion-discovered');
    expect(figs.length).toBeGreaterThan(0);
    expect(figs.every((f) => words['single-source'].test(f.said))).toBe(true);
  });

  it.each(pages)('every marked record on /%s carries its mark', (page) => {
    const missing = recordsShown(readPage(distRoot, page))
      .filter((s) => marks.has(s.id) && !words[marks.get(s.id)!].test(s.said))
      .map((s) => `${s.id} (${marks.get(s.id)}): "${s.said.slice(0, 160)}"`);
    expect(missing).toEqual([]);
  });
});
