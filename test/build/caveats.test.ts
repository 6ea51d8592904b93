/**
 * Caveats follow the data: a record marked single-source, or one whose sources disagree, carries its mark wherever a
 * page shows it. Every built page is searched for every element that shows a record (a <Fig>, a chart mark or its
 * details, an entry on a dataset's records page: `data-record`, `data-mark-id`, `data-details-for`), and the mark must
 * be in what that element shows or says (its text, its accessible label, or the caveat printed right after a figure).
 * A <Fig> that leaves its mark to the sentence (`data-caveat-in-sentence`) passes only if the sentence it stands in, as
 * readers see it, says so; a figure marked on its own (`data-caveat`, e.g. one source's alternative date) needs its
 * mark the same way.
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
  /** A figure's own mark (`data-caveat`), which may differ from its record's. */
  figureMark?: Mark;
}

const BLOCK = /<(p|li|dd|dt|td|th|figcaption|h[1-6]|blockquote)\b[^>]*>/g;

/**
 * The sentence an element stands in, as readers see it: the text of its paragraph (or list item, cell…) without
 * hidden descriptions, cut at the full stops around the element.
 */
function sentenceOf(html: string, start: number, end: number): string {
  let blockStart = 0;
  for (const m of html.slice(0, start).matchAll(BLOCK)) blockStart = m.index! + m[0].length;
  const close = html.slice(end).search(/<\/(p|li|dd|dt|td|th|figcaption|h[1-6]|blockquote)>/);
  const blockEnd = close < 0 ? html.length : end + close;
  const visible = (h: string) =>
    decodeEntities(h.replace(/<span[^>]*\shidden[^>]*>[\s\S]*?<\/span>/g, '').replace(/<span class="visually-hidden"[^>]*>[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ''));
  const before = visible(html.slice(blockStart, start));
  const self = visible(html.slice(start, end));
  const after = visible(html.slice(end, blockEnd));
  const from = before.search(/[^.!?]*$/);
  const stop = after.search(/[.!?](\s|$)/);
  return (before.slice(from) + self + (stop < 0 ? after : after.slice(0, stop + 1))).replace(/\s+/g, ' ').trim();
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
    // A figure that leaves its mark to its sentence: the sentence is what it says.
    const sentence = /\sdata-caveat-in-sentence(\s|=|$)/.test(attrs) ? sentenceOf(html, m.index!, end) : '';
    const said = decodeEntities([inner.replace(/<[^>]+>/g, ' '), ...labels, after, sentence].join(' ')).replace(/\s+/g, ' ');
    const figureMark = attrs.match(/\sdata-caveat="(single-source|conflict)"/)?.[1] as Mark | undefined;
    found.push({ id: decodeEntities(id), said, ...(figureMark ? { figureMark } : {}) });
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

  it('accepts a figure whose sentence states its mark, and fails one whose sentence does not', () => {
    const fig = (rest: string) =>
      `<a class="fig" href="#" data-record="ms-intrusion-discovered" data-caveat="single-source" data-caveat-in-sentence aria-describedby="d">19 April</a><span id="d" hidden>Source: The Grocer</span>${rest}`;
    const stated = recordsShown(`<p>It began at Easter. M&amp;S found them on ${fig('; that date comes from a single report.')} Later, more.</p>`);
    expect(stated.every((s) => words['single-source'].test(s.said))).toBe(true);
    // The caveat in another sentence, or only in the hidden description, does not count.
    const elsewhere = recordsShown(`<p>M&amp;S found them on ${fig('.')} One source says so.</p><p>A single report.</p>`);
    expect(elsewhere.some((s) => words['single-source'].test(s.said))).toBe(false);
  });

  it('finds the sentences that state a caveat for their figures on the site', () => {
    const inSentence = pages.flatMap((p) => {
      const html = readPage(distRoot, p);
      return [...html.matchAll(/<a [^>]*data-caveat-in-sentence[^>]*>/g)];
    });
    expect(inSentence.length).toBeGreaterThan(0);
  });

  it.each(pages)('every marked record on /%s carries its mark', (page) => {
    const missing = recordsShown(readPage(distRoot, page))
      .filter((s) => marks.has(s.id) && !words[marks.get(s.id)!].test(s.said))
      .map((s) => `${s.id} (${marks.get(s.id)}): "${s.said.slice(0, 160)}"`);
    // A figure marked on its own (a field with its own sources and confidence) carries its own mark too.
    const missingOwn = recordsShown(readPage(distRoot, page))
      .filter((s) => s.figureMark && !words[s.figureMark].test(s.said))
      .map((s) => `${s.id} (figure: ${s.figureMark}): "${s.said.slice(0, 160)}"`);
    expect([...missing, ...missingOwn]).toEqual([]);
  });
});
