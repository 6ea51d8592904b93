/**
 * A single-source mark says what it rests on. A record marked single-source that lists more than one source must say
 * which one the mark is about (`one_source` in content/data): one of its sources, an original report read only through
 * its sources, claims that each rest on one source, or secondary reports only. Wherever a page shows such a record in
 * words, readers get that note: a <Fig>'s description (what a screen reader reads with the figure), a chart's details
 * panel, the entry on the dataset's page. The chart marks themselves carry only the mark ("single source"); the caveat
 * test (caveats.test.ts) checks that.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';

interface Marked {
  id: string;
  sources: string[];
  oneSource: Record<string, unknown> | undefined;
}

/** The single-source records that list several sources, read straight from content/data. */
function multiSourceSingles(dir = path.resolve('content/data')): Map<string, Marked> {
  const out = new Map<string, Marked>();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    for (const r of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>[]) {
      const c = typeof r.confidence === 'string' ? r.confidence : '';
      const sources = Array.isArray(r.sources) ? (r.sources as string[]) : [];
      if (c.startsWith('single-source') && sources.length > 1) {
        out.set(String(r.id), { id: String(r.id), sources, oneSource: r.one_source as Record<string, unknown> | undefined });
      }
    }
  }
  return out;
}

const publishers = new Map(
  (JSON.parse(fs.readFileSync(path.resolve('content/data/sources.json'), 'utf8')) as { id: string; publisher: string }[]).map((s) => [s.id, s.publisher]),
);

/** How a note on what a single source is begins (src/lib/figures.ts, singleSourceNote). */
const NOTE = /\b(One source( for [^:]+)?: |A single report \(|Each claim rests on one source|Only secondary reports were found)/;

/** The name the note must carry: the one source's publisher, or the original report's. */
function expectedName(m: Marked): string | null {
  const o = m.oneSource;
  if (!o) return null;
  if (typeof o.source === 'string') return publishers.get(o.source) ?? o.source;
  if (o.report && typeof o.report === 'object') return String((o.report as { publisher?: unknown }).publisher);
  return null;
}

const text = (h: string) => decodeEntities(h.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

/** What is wrong on one page: every place a listed record is shown in words without its note. */
export function problemsOn(html: string, records: Map<string, Marked>): string[] {
  const problems: string[] = [];
  const check = (id: string, where: string, said: string) => {
    const m = records.get(id);
    if (!m) return;
    if (!m.oneSource) {
      problems.push(`${id}: marked single-source with ${m.sources.length} sources, shown in ${where}, and its record does not say which source the mark rests on (add one_source)`);
      return;
    }
    const name = expectedName(m);
    if (!NOTE.test(said) || (name && !said.includes(name))) {
      problems.push(`${id}: ${where} does not say which source the single-source mark rests on${name ? ` (${name})` : ''}: "${said.slice(0, 200)}"`);
    }
  };
  // A <Fig>: its description, read with the figure.
  for (const a of html.matchAll(/<a [^>]*class="fig"[^>]*>/g)) {
    const id = a[0].match(/\sdata-record="([^"]+)"/)?.[1];
    const desc = a[0].match(/\saria-describedby="([^"]+)"/)?.[1];
    if (!id) continue;
    const span = desc ? html.match(new RegExp(`<span id="${desc}"[^>]*>([\\s\\S]*?)</span>`))?.[1] : undefined;
    check(decodeEntities(id), 'a <Fig> description', text(span ?? ''));
  }
  // A chart's details panel (timeline, map): its text up to the next panel.
  for (const p of html.matchAll(/<[a-z]+ [^>]*data-details-for="([^"]+)"[^>]*>/g)) {
    const start = p.index! + p[0].length;
    const next = html.indexOf('data-details-for="', start);
    check(decodeEntities(p[1]!), 'a details panel', text(html.slice(start, next < 0 ? start + 8000 : Math.min(next, start + 8000))));
  }
  // An entry on a dataset's page.
  for (const li of html.matchAll(/<li [^>]*data-record="([^"]+)"[^>]*>/g)) {
    const start = li.index! + li[0].length;
    check(decodeEntities(li[1]!), 'a dataset entry', text(html.slice(start, html.indexOf('</li>', start))));
  }
  return problems;
}

const records = multiSourceSingles();
const pages = builtPages(distRoot);

describe('a single-source mark says what it rests on', () => {
  it('finds the single-source records that list several sources, each saying what its one source is', () => {
    expect(records.size).toBeGreaterThanOrEqual(8);
    expect([...records.values()].filter((m) => !m.oneSource).map((m) => m.id)).toEqual([]);
  });

  it('fails a figure described by all its sources, a panel without the note, and a record that does not say', () => {
    const fixture = new Map<string, Marked>([
      ['ms-intrusion-discovered', { id: 'ms-intrusion-discovered', sources: ['thegrocer-2025-08', 'independent-2025-04-25'], oneSource: { source: 'thegrocer-2025-08', for: 'the date' } }],
      ['unsaid', { id: 'unsaid', sources: ['a', 'b'], oneSource: undefined }],
    ]);
    const fig = (desc: string) =>
      `<p>Found on <a class="fig" href="#" data-record="ms-intrusion-discovered" aria-describedby="d1">19 April</a><span id="d1" hidden>${desc}</span>.</p>`;
    expect(problemsOn(fig('Sources: The Grocer, 11 August 2025; The Independent, 25 April 2025'), fixture)).toHaveLength(1);
    expect(problemsOn(fig('One source for the date: The Grocer, 11 August 2025. Other sources, for other details: The Independent, 25 April 2025.'), fixture)).toEqual([]);
    // The note must name the right source.
    expect(problemsOn(fig('One source for the date: The Independent, 25 April 2025.'), fixture)).toHaveLength(1);
    const panel = (body: string) => `<div data-details-for="ms-intrusion-discovered" hidden><dl><dd>${body}</dd></dl></div>`;
    expect(problemsOn(panel('<strong>Single source. </strong><ul><li>The Grocer</li></ul>'), fixture)).toHaveLength(1);
    expect(problemsOn(panel('<strong>Single source. </strong><span>One source for the date: The Grocer, 11 August 2025; the other sources back other details.</span>'), fixture)).toEqual([]);
    expect(problemsOn('<ol><li id="unsaid" data-record="unsaid">A record</li></ol>', fixture)).toHaveLength(1);
  });

  it('finds such records shown on the built site', () => {
    const shown = pages.filter((p) => [...records.keys()].some((id) => readPage(distRoot, p).includes(`="${id}"`)));
    expect(shown.length).toBeGreaterThan(3);
  });

  it.each(pages)('/%s says what each single source is', (page) => {
    expect(problemsOn(readPage(distRoot, page), records)).toEqual([]);
  });
});
