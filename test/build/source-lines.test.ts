/**
 * One source line everywhere a source is shown: on every built page, each link to a source's address sits in the
 * shared source line (components/source/SourceEntry.astro or charts/frame/SourceLine.tsx), which carries the marks
 * "Primary document" and "read via a republished copy at …" for that source; and wherever several sources are listed
 * together, primary documents come first.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { decodeEntities } from '../support/html';

interface Src {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  primary?: boolean;
  read_via?: { publisher: string };
}
const sources: Src[] = JSON.parse(fs.readFileSync(path.resolve('content/data/sources.json'), 'utf8'));
/** Sources by address; two entries may share one (the same page cited for different facts). */
const byUrl = new Map<string, Src[]>();
for (const s of sources) if (s.url) byUrl.set(s.url, [...(byUrl.get(s.url) ?? []), s]);

const OPEN = '<span class="source-line">';

/** Each source line on a page: where it starts and its whole markup (the spans inside it are not nested). */
function sourceLines(html: string): { start: number; end: number; markup: string }[] {
  const out: { start: number; end: number; markup: string }[] = [];
  for (let at = html.indexOf(OPEN); at !== -1; at = html.indexOf(OPEN, at + 1)) {
    let depth = 0;
    const re = /<span\b|<\/span>/g;
    re.lastIndex = at;
    let m: RegExpExecArray | null;
    while ((m = re.exec(html))) {
      depth += m[0] === '</span>' ? -1 : 1;
      if (depth === 0) break;
    }
    const end = re.lastIndex;
    out.push({ start: at, end, markup: html.slice(at, end) });
  }
  return out;
}

const text = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
const pages = builtPages(distRoot).filter((p) => !p.startsWith('styleguide'));

describe('source lines', () => {
  it('every link to a source is in a source line', () => {
    const outside: string[] = [];
    for (const page of pages) {
      const html = readPage(distRoot, page);
      const lines = sourceLines(html);
      for (const m of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
        const url = decodeEntities(m[1]!);
        if (!byUrl.has(url)) continue;
        if (!lines.some((l) => m.index! > l.start && m.index! < l.end)) outside.push(`/${page}: ${url}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('each line names the original publisher and carries the primary and republished-copy marks of its source', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const page of pages) {
      for (const line of sourceLines(readPage(distRoot, page))) {
        const href = /href="([^"]+)"/.exec(line.markup)?.[1];
        const candidates = href ? (byUrl.get(decodeEntities(href)) ?? []) : [];
        if (candidates.length === 0) continue;
        seen++;
        const t = text(line.markup);
        const s = candidates.find((c) => t.includes(c.publisher) && t.includes(c.title));
        if (!s) {
          wrong.push(`/${page}: ${href} does not name the publisher and title of ${candidates.map((c) => c.id).join(' or ')}`);
          continue;
        }
        if (line.markup.includes('class="src-primary"') !== (s.primary === true)) wrong.push(`/${page}: ${s.id} primary mark`);
        const via = s.read_via ? `(read via a republished copy at ${s.read_via.publisher})` : null;
        if (via ? !t.endsWith(via) : t.includes('read via')) wrong.push(`/${page}: ${s.id} republished-copy mark`);
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect(wrong).toEqual([]);
  });

  it('lists primary documents first wherever sources are listed together', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readPage(distRoot, page);
      // A list of sources: a <ul>/<ol> whose items are source lines, or a chart's source paragraph.
      for (const m of html.matchAll(/<(ul|ol)\b[^>]*>((?:(?!<\/?(?:ul|ol)\b)[\s\S])*)<\/\1>|<p class="chart-source"[^>]*>([\s\S]*?)<\/p>/g)) {
        const block = m[2] ?? m[3] ?? '';
        const marks = sourceLines(block).map((l) => l.markup.includes('class="src-primary"'));
        const firstOther = marks.indexOf(false);
        if (firstOther !== -1 && marks.indexOf(true, firstOther) !== -1) wrong.push(`/${page}: ${marks.map((p) => (p ? 'P' : '-')).join('')}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
