/**
 * The built glossary, read as HTML: the A–Z index lists every term with working letter navigation and category
 * links; each category page shows exactly its terms; each term page has its definition, related-term links,
 * sources, "Appears in" matching the articles that really link the term, and JSON-LD that parses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { attributeValues, decodeEntities, textOf } from '../support/html';

// ---- What content/ says, read without the site's own code ----
const glossaryDir = path.resolve('content/glossary');
const slugs = fs
  .readdirSync(glossaryDir)
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => f.slice(0, -5))
  .sort();
const yamlOf = (slug: string) => fs.readFileSync(path.join(glossaryDir, `${slug}.yaml`), 'utf8');
/** A top-level list in our YAML files: block style ("key:\n- a\n- b") or an empty flow list ("key: []"). */
function yamlList(text: string, key: string): string[] {
  const block = new RegExp(`^${key}:\\s*\\n((?:-\\s.*\\n?)+)`, 'm').exec(text);
  if (block) return block[1]!.trim().split('\n').map((l) => l.replace(/^-\s+/, '').trim());
  const flow = new RegExp(`^${key}:\\s*\\[(.*)\\]`, 'm').exec(text);
  return flow ? flow[1]!.split(',').map((s) => s.trim()).filter(Boolean) : [];
}
const yamlScalar = (text: string, key: string) => new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
const categoryOf = (slug: string) => yamlScalar(yamlOf(slug), 'category')!.replace(/\s+/g, '-');
const sources: { id: string; publisher: string; title: string; url: string | null; primary?: boolean }[] = JSON.parse(
  fs.readFileSync(path.resolve('content/data/sources.json'), 'utf8'),
);

// ---- Reading our own markup ----
interface Entry {
  slug: string;
  category: string;
  hidden: boolean;
}
const isHidden = (tag: string) => /\shidden(?=[\s>=])/.test(tag);
function entries(html: string): Entry[] {
  return [...html.matchAll(/<div\b[^>]*\sdata-term-entry="([^"]+)"[^>]*>/g)].map((m) => ({
    slug: m[1]!,
    category: /data-category="([^"]+)"/.exec(m[0])![1]!,
    hidden: isHidden(m[0]),
  }));
}
function letterNav(html: string): { on: Map<string, { href: string; hidden: boolean }>; off: Map<string, boolean> } {
  const on = new Map<string, { href: string; hidden: boolean }>();
  for (const m of html.matchAll(/<a\b[^>]*\sdata-letter-on="([^"]+)"[^>]*>/g)) {
    on.set(m[1]!, { href: /href="([^"]+)"/.exec(m[0])![1]!, hidden: isHidden(m[0]) });
  }
  const off = new Map<string, boolean>();
  for (const m of html.matchAll(/<span\b[^>]*\sdata-letter-off="([^"]+)"[^>]*>/g)) off.set(m[1]!, isHidden(m[0]));
  return { on, off };
}
function filterLinks(html: string): { key: string; href: string; current: boolean }[] {
  // An empty value ("All terms") is written as a bare attribute.
  return [...html.matchAll(/<a\b[^>]*\sdata-filter(?:="([^"]*)")?(?=[\s>])[^>]*>/g)].map((m) => ({
    key: m[1] ?? '',
    href: /href="([^"]+)"/.exec(m[0])![1]!,
    current: /aria-current="page"/.test(m[0]),
  }));
}
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}
const between = (html: string, open: RegExp, close = '</ul>') => {
  const m = open.exec(html);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  return html.slice(start, html.indexOf(close, start));
};
const pageExists = (href: string) => fs.existsSync(path.join(distRoot, href, 'index.html'));
/** Asserts a pattern is in a page without printing the whole page when it is not. */
const expectIn = (html: string, pattern: RegExp | string) =>
  expect(typeof pattern === 'string' ? html.includes(pattern) : pattern.test(html), String(pattern)).toBe(true);
const firstLetter = (name: string) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();

describe('the glossary index', () => {
  const html = readPage(distRoot, 'glossary/');
  const list = entries(html);

  it('shows every term in content/glossary once, none hidden, each linking to its page', () => {
    expect(slugs.length).toBe(50);
    expect(list.map((e) => e.slug).sort()).toEqual(slugs);
    expect(list.every((e) => !e.hidden)).toBe(true);
    for (const slug of slugs) {
      expectIn(html, `href="/glossary/${slug}/"`);
      expect(pageExists(`glossary/${slug}`)).toBe(true);
    }
  });

  it('lists terms A to Z', () => {
    const names = [...html.matchAll(/<dt\b[^>]*>\s*<a href="\/glossary\/[^"]+\/"[^>]*>([^<]+)<\/a>/g)].map((m) => decodeEntities(m[1]!));
    expect(names).toHaveLength(50);
    const sorted = [...names].sort(new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true }).compare);
    expect(names).toEqual(sorted);
  });

  it('has letter navigation: all 26 letters, links only where terms exist, each link to a real anchor', () => {
    const { on, off } = letterNav(html);
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    const names = [...html.matchAll(/<dt\b[^>]*>\s*<a [^>]*>([^<]+)<\/a>/g)].map((m) => decodeEntities(m[1]!));
    const used = new Set(names.map(firstLetter));
    expect(used.size).toBeGreaterThan(5);
    expect(used.size).toBeLessThan(26);
    for (const letter of letters) {
      expect(on.has(letter) && off.has(letter), `letter ${letter} rendered both ways`).toBe(true);
      // Exactly one of the two is visible: the link when the letter has terms.
      expect(on.get(letter)!.hidden).toBe(!used.has(letter));
      expect(off.get(letter)).toBe(used.has(letter));
      if (used.has(letter)) {
        const id = on.get(letter)!.href.slice(1);
        expectIn(html, new RegExp(`<h2 id="${id}"`));
      }
    }
    expectIn(html, /<nav class="letters"[^>]*aria-label="Jump to letter"/);
  });

  it('has a category filter made of plain links to pages that exist, "All terms" current', () => {
    const links = filterLinks(html);
    expect(links).toHaveLength(7);
    expect(links[0]).toEqual({ key: '', href: '/glossary/', current: true });
    expect(links.filter((l) => l.current)).toHaveLength(1);
    const categories = new Set(slugs.map(categoryOf));
    expect(new Set(links.slice(1).map((l) => l.key))).toEqual(categories);
    for (const l of links.slice(1)) {
      expect(l.href).toBe(`/glossary/category/${l.key}/`);
      expect(pageExists(l.href)).toBe(true);
    }
  });

  it('carries JSON-LD: a DefinedTermSet listing all 50 terms', () => {
    const data = jsonLd(html);
    expect(data).toHaveLength(1);
    const set = data[0]!;
    expect(set['@context']).toBe('https://schema.org');
    expect(set['@type']).toBe('DefinedTermSet');
    expect(set.url).toMatch(/\/glossary\/$/);
    const terms = set.hasDefinedTerm as { '@type': string; url: string; name: string }[];
    expect(terms).toHaveLength(50);
    expect(terms.every((t) => t['@type'] === 'DefinedTerm' && /\/glossary\/[a-z0-9-]+\/$/.test(t.url))).toBe(true);
  });
});

describe('the category pages', () => {
  const categories = [...new Set(slugs.map(categoryOf))];

  it.each(categories)('/glossary/category/%s/ shows exactly its terms and marks its filter current', (category) => {
    const html = readPage(distRoot, `glossary/category/${category}/`);
    const list = entries(html);
    // The full list is in the page for the script, but only this category's terms are shown.
    expect(list).toHaveLength(50);
    const shown = list.filter((e) => !e.hidden).map((e) => e.slug).sort();
    expect(shown).toEqual(slugs.filter((s) => categoryOf(s) === category));
    expect(shown.length).toBeGreaterThan(0);
    const current = filterLinks(html).filter((l) => l.current);
    expect(current).toEqual([{ key: category, href: `/glossary/category/${category}/`, current: true }]);
    expect(textOf(html, 'h1')).toMatch(/^Glossary: /);
    expect(textOf(html, 'p', 'data-glossary-status')).toMatch(new RegExp(`^Showing ${shown.length} terms? of 50`));
    // Letters link only where this category has terms; every visible link's section is visible.
    const { on } = letterNav(html);
    for (const [letter, link] of on) {
      const section = new RegExp(`<section\\b[^>]*data-letter-section="${letter}"[^>]*>`).exec(html);
      if (!link.hidden) expect(section && !isHidden(section[0]), `section ${letter}`).toBe(true);
      else if (section) expect(isHidden(section[0])).toBe(true);
    }
  });
});

describe('the term pages', () => {
  const pages = builtPages(distRoot);
  // Which articles really link each term, read from the built article pages.
  const linkedFrom = new Map<string, Set<string>>();
  for (const page of pages.filter((p) => /^articles\/[^/]+\/$/.test(p))) {
    const html = readPage(distRoot, page);
    for (const slug of attributeValues(html, 'data-term')) {
      if (!linkedFrom.has(slug)) linkedFrom.set(slug, new Set());
      linkedFrom.get(slug)!.add(`/${page}`);
    }
  }

  it('finds term links in the built articles (so the "Appears in" check below means something)', () => {
    expect(linkedFrom.size).toBeGreaterThan(0);
  });

  it.each(slugs)('/glossary/%s/ has its definition, related links, sources, appearances and JSON-LD', (slug) => {
    const html = readPage(distRoot, `glossary/${slug}/`);
    const yaml = yamlOf(slug);
    const term = textOf(html, 'h1')!;
    expect(term.length).toBeGreaterThan(1);

    // Definition: the same words as on the index.
    const definition = textOf(html, 'p', 'data-definition');
    const index = readPage(distRoot, 'glossary/');
    const onIndex = new RegExp(`data-term-entry="${slug}"[^>]*>[\\s\\S]*?<dd class="definition"[^>]*>([^<]+)</dd>`).exec(index);
    expect(definition).toBe(decodeEntities(onIndex![1]!).trim());
    expect(textOf(html, 'p', 'data-explanation')!.length).toBeGreaterThan(40);
    expect(textOf(html, 'p', 'data-example')!.length).toBeGreaterThan(20);
    expectIn(html, /<h2 id="in-this-story"[^>]*>In this story<\/h2>/);

    // Category link goes to a category page that exists.
    expectIn(html, `href="/glossary/category/${categoryOf(slug)}/"`);

    // Related terms: one link per related slug, in order.
    const related = yamlList(yaml, 'related');
    const relatedHtml = between(html, /<ul\b[^>]*data-related[^>]*>/) ?? '';
    expect(attributeValues(relatedHtml, 'href')).toEqual(related.map((r) => `/glossary/${r}/`));

    // Sources: each listed with publisher, title and link, primary documents first (else in the YAML's order), marked;
    // the example's sources under the example.
    const isPrimary = (id: string) => sources.find((x) => x.id === id)?.primary === true;
    const check = (ids: string[], section: string | undefined) => {
      expect(section, `section for ${ids.join(', ')}`).toBeDefined();
      expect(attributeValues(section!, 'data-source-id')).toEqual([...ids.filter(isPrimary), ...ids.filter((id) => !isPrimary(id))]);
      for (const id of ids) {
        const s = sources.find((x) => x.id === id)!;
        const item = between(section!, new RegExp(`<li data-source-id="${id}"[^>]*>`), '</li>')!;
        expect(decodeEntities(item)).toContain(s.publisher);
        expect(decodeEntities(item.replace(/<[^>]+>/g, ''))).toContain(s.title);
        if (s.url) expect(attributeValues(item, 'href')).toEqual([s.url]);
        expect(item.includes('class="src-primary"'), `${id}: marked primary exactly when it is`).toBe(isPrimary(id));
      }
    };
    check(yamlList(yaml, 'sources'), between(html, /<ul\b[^>]*data-sources[^>]*>/));
    const exampleSources = yamlList(yaml, 'example_sources');
    if (exampleSources.length > 0) check(exampleSources, between(html, /<ul\b[^>]*data-example-sources[^>]*>/));

    // Appears in: exactly the articles whose built page links this term.
    const expected = [...(linkedFrom.get(slug) ?? [])].sort();
    const appears = between(html, /<ul\b[^>]*data-appears-in[^>]*>/);
    if (expected.length === 0) {
      expect(appears).toBeUndefined();
      expectIn(html, 'data-appears-in-none');
    } else {
      expect(attributeValues(appears!, 'href').sort()).toEqual(expected);
    }

    // JSON-LD: a DefinedTerm in the glossary's DefinedTermSet.
    const data = jsonLd(html);
    expect(data).toHaveLength(1);
    const ld = data[0]!;
    expect(ld['@type']).toBe('DefinedTerm');
    expect(ld.name).toBe(term);
    expect(ld.description).toBe(definition);
    expect(ld.url).toMatch(new RegExp(`/glossary/${slug}/$`));
    expect(ld.inDefinedTermSet).toMatchObject({ '@type': 'DefinedTermSet' });
    expect((ld.inDefinedTermSet as { url: string }).url).toMatch(/\/glossary\/$/);
  });
});
