/**
 * Sources readers can trust: every entry in content/data/sources.json and every source written out in an article's
 * frontmatter names a real publisher and headline. The test fails on a placeholder, a bracketed description instead of
 * a headline, a note that the headline was not captured, or a mirror site given as the publisher or the address.
 * Where only a copy was read the entry names the original and records the copy under read_via.
 *
 * KNOWN_UNFIXED lists the few entries whose real headline we have not found yet; it may only shrink: the test also
 * fails when an entry on it has been fixed, so remove it from the list then.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = process.cwd();
const KNOWN_UNFIXED = new Set<string>([]);

interface Entry {
  id: string;
  publisher: string;
  title: string;
  url: string | null;
  read_via?: { publisher: string; url: string | null };
  where: string;
}

const MIRROR_HOSTS = /wikimili|piglix|wikiclassic|friendlywiki|everything\.explained|liquisearch|howlingpixel|perceptiode|studentb|wikisum|kiwix|classicistranieri/i;

/** What is wrong with an entry, or null. */
export function sourceProblem(e: Pick<Entry, 'publisher' | 'title' | 'url'>): string | null {
  const text = `${e.publisher} | ${e.title}`;
  if (/^\s*\[|\]\s*$/.test(e.title) || /^\s*\[/.test(e.publisher)) return 'a bracketed description instead of the headline';
  if (/descriptive|not captured|not shown in the copy|headline unknown|placeholder|\bTBD\b|\bTODO\b|lorem ipsum/i.test(text))
    return 'a placeholder or a description instead of the headline';
  if (/\([^)]*\b(copy (at|on|hosted)|via|republished by|rewrite|reproduction of|mirror)\b[^)]*\)|,\s*via\b/i.test(e.publisher) || /wikipedia mirror/i.test(e.publisher))
    return 'the publisher names a copy or mirror: name the original publisher and put the copy under read_via';
  if (e.url && MIRROR_HOSTS.test(e.url)) return 'the address is a mirror site';
  return null;
}

function entries(): Entry[] {
  const json = JSON.parse(fs.readFileSync(path.join(root, 'content/data/sources.json'), 'utf8')) as Omit<Entry, 'where'>[];
  const out: Entry[] = json.map((s) => ({ ...s, where: 'content/data/sources.json' }));
  const dir = path.join(root, 'content/articles');
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.mdx'))) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const fm = parse(text.split(/^---$/m)[1] ?? '') as { sources?: unknown[] };
    for (const s of fm.sources ?? []) if (s && typeof s === 'object') out.push({ ...(s as Omit<Entry, 'where'>), where: `content/articles/${f}` });
  }
  return out;
}

describe('source entries', () => {
  const all = entries();

  it('the check catches what it is meant to', () => {
    expect(sourceProblem({ publisher: 'Yle', title: '[Court confirms it lacks jurisdiction]', url: null })).toMatch(/bracketed/);
    expect(sourceProblem({ publisher: 'The Independent', title: 'Minister speaks (descriptive; headline not captured)', url: null })).toMatch(/placeholder/);
    expect(sourceProblem({ publisher: 'Financial Times (third-party copy at x.com)', title: 'Headline', url: null })).toMatch(/copy/);
    expect(sourceProblem({ publisher: 'WikiMili (Wikipedia mirror)', title: 'Eagle S', url: null })).toMatch(/mirror/);
    expect(sourceProblem({ publisher: 'Wikipedia', title: 'Eagle S', url: 'https://wikimili.com/en/Eagle_S' })).toMatch(/mirror/);
    expect(sourceProblem({ publisher: 'Daily Mirror', title: 'M&S regaining momentum', url: null })).toBeNull();
    expect(sourceProblem({ publisher: 'Reuters', title: 'M&S first-half profit hammered', url: null })).toBeNull();
  });

  it('names the original publisher and headline, with no placeholders or mirrors', () => {
    const bad = all.filter((e) => !KNOWN_UNFIXED.has(e.id)).map((e) => ({ e, problem: sourceProblem(e) })).filter((x) => x.problem);
    expect(bad.map(({ e, problem }) => `${e.where}: "${e.id}": ${problem} (${e.publisher} | ${e.title})`)).toEqual([]);
  });

  it('keeps the list of entries still to fix honest: each is still wrong', () => {
    const fixed = [...KNOWN_UNFIXED].filter((id) => {
      const e = all.find((x) => x.id === id);
      return !e || sourceProblem(e) === null;
    });
    expect(fixed, 'these are fixed or gone: remove them from KNOWN_UNFIXED').toEqual([]);
  });

  it('records a copy it read with the copy’s publisher', () => {
    for (const e of all.filter((x) => x.read_via)) expect(e.read_via!.publisher.length, e.id).toBeGreaterThan(1);
  });
});
