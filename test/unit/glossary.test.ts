/** Glossary helpers: categories and their addresses, A–Z grouping, term usage in MDX bodies, schema.org data. */
import { describe, expect, it } from 'vitest';
import { glossaryCategories } from '../../src/schemas/glossary';
import {
  ALPHABET,
  categoryFromSlug,
  categoryInfo,
  categoryLabelSingular,
  categoryOrder,
  definedTermJsonLd,
  definedTermSetJsonLd,
  glossaryCategorySlugs,
  groupByLetter,
  indexLetter,
  jsonLdString,
  letterAnchor,
  sortByName,
  termSlugsInBody,
  termUsage,
} from '../../src/lib/glossary';
import { knownRoutes, routes } from '../../src/lib/routes';

describe('categories', () => {
  it('name every category in the schema exactly once, with a URL-safe, unique slug', () => {
    expect([...categoryOrder].sort()).toEqual([...glossaryCategories].sort());
    expect(new Set(glossaryCategorySlugs).size).toBe(glossaryCategories.length);
    for (const c of glossaryCategories) {
      expect(categoryInfo[c].slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(categoryFromSlug(categoryInfo[c].slug)).toBe(c);
      expect(categoryInfo[c].label.length).toBeGreaterThan(3);
      expect(categoryLabelSingular(c).length).toBeGreaterThan(3);
    }
    expect(categoryInfo['cyber-attack technique'].slug).toBe('cyber-attack-technique');
    expect(categoryFromSlug('no-such-category')).toBeUndefined();
  });

  it('are pages the link checker knows about', () => {
    const known = knownRoutes();
    for (const slug of glossaryCategorySlugs) expect(known.has(routes.glossaryCategory(slug))).toBe(true);
    expect(routes.glossaryCategory('threat-actor')).toBe('/glossary/category/threat-actor/');
  });
});

describe('A–Z grouping', () => {
  const names = ['Sabotage', 'anchor dragging', 'Article 5', 'Article 4', 'Article 10', 'Éclair', '5G', 'sanctions', 'Zebra'];
  const groups = groupByLetter(names, (n) => n);

  it('files names under their first letter, ignoring case and accents, and digits under #', () => {
    expect(indexLetter('anchor')).toBe('A');
    expect(indexLetter('Éclair')).toBe('E');
    expect(indexLetter('  zebra')).toBe('Z');
    expect(indexLetter('5G')).toBe('#');
    expect(indexLetter("'quoted'")).toBe('#');
  });

  it('returns every letter A to Z in order, empty ones included, and # first only when used', () => {
    expect(groups.map((g) => g.letter)).toEqual(['#', ...ALPHABET]);
    expect(groups.find((g) => g.letter === 'B')?.items).toEqual([]);
    expect(groupByLetter(['Alpha'], (n) => n).map((g) => g.letter)).toEqual(ALPHABET);
    expect(groups.flatMap((g) => g.items).length).toBe(names.length);
  });

  it('sorts within a letter as a reader expects: case-blind, numbers in numeric order', () => {
    expect(groups.find((g) => g.letter === 'A')?.items).toEqual(['anchor dragging', 'Article 4', 'Article 5', 'Article 10']);
    expect(groups.find((g) => g.letter === 'S')?.items).toEqual(['Sabotage', 'sanctions']);
    expect(sortByName([{ n: 'b' }, { n: 'A' }], (x) => x.n).map((x) => x.n)).toEqual(['A', 'b']);
  });

  it('gives each letter a stable anchor id', () => {
    expect(letterAnchor('A')).toBe('letter-a');
    expect(letterAnchor('#')).toBe('letter-num');
  });
});

describe('terms used in an article body', () => {
  it('finds <Term slug> in every spelling MDX allows, in order of first use, once each', () => {
    const body = [
      'The <Term slug="shadow-fleet">shadow fleet</Term> and <Term slug=\'ransomware\'>ransomware</Term>.',
      'Again: <Term slug="shadow-fleet">tankers</Term>.',
      '<Term',
      '  data-x="1"',
      '  slug="anchor-dragging"',
      '>dragged anchors</Term>, <Term slug={"nato"}>NATO</Term>, <Term slug="sabotage" />.',
    ].join('\n');
    expect(termSlugsInBody(body)).toEqual(['shadow-fleet', 'ransomware', 'anchor-dragging', 'nato', 'sabotage']);
  });

  it('ignores commented-out terms, look-alike tags and plain text', () => {
    const body = '{/* <Term slug="grey-zone">x</Term> */} <Terminal slug="nato" /> Term slug="phishing" <Term>no slug</Term>';
    expect(termSlugsInBody(body)).toEqual([]);
  });

  it('maps each slug to the articles that use it, in the order the articles are given', () => {
    const usage = termUsage([
      { id: 'newest', body: '<Term slug="nato">NATO</Term> and <Term slug="ransomware">r</Term>' },
      { id: 'middle', body: 'nothing here' },
      { id: 'oldest', body: '<Term slug="nato">the alliance</Term>' },
      { id: 'empty' },
    ]);
    expect(usage.get('nato')).toEqual(['newest', 'oldest']);
    expect(usage.get('ransomware')).toEqual(['newest']);
    expect(usage.has('grey-zone')).toBe(false);
  });
});

describe('schema.org data', () => {
  const set = 'https://example.org/glossary/';
  const term = { slug: 'ransomware', name: 'Ransomware', description: 'Locks files </script> for money.', aliases: ['crypto-ransomware'], url: `${set}ransomware/` };

  it('describes a term as a DefinedTerm inside the glossary DefinedTermSet', () => {
    const data = definedTermJsonLd(term, set);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('DefinedTerm');
    expect(data.name).toBe('Ransomware');
    expect(data.alternateName).toEqual(['crypto-ransomware']);
    expect(data.url).toBe(`${set}ransomware/`);
    expect(data.inDefinedTermSet).toMatchObject({ '@type': 'DefinedTermSet', '@id': set, url: set });
    expect(definedTermJsonLd({ ...term, aliases: [] }, set)).not.toHaveProperty('alternateName');
  });

  it('lists every term in the DefinedTermSet', () => {
    const data = definedTermSetJsonLd(set, [term, { ...term, slug: 'nato', name: 'NATO', url: `${set}nato/` }]);
    expect(data['@type']).toBe('DefinedTermSet');
    expect(data.hasDefinedTerm).toHaveLength(2);
    expect((data.hasDefinedTerm as { '@type': string }[]).every((t) => t['@type'] === 'DefinedTerm')).toBe(true);
  });

  it('serialises so that no text can close the script element', () => {
    const text = jsonLdString(definedTermJsonLd(term, set));
    expect(text).not.toContain('</script>');
    expect(text).not.toContain('<');
    expect(JSON.parse(text).description).toBe('Locks files </script> for money.');
  });
});
