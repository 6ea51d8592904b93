/**
 * Pure helpers for the glossary pages: categories and their addresses, A–Z grouping,
 * which articles use which term, and the schema.org data. No astro:content here, so unit tests can import it.
 */
import type { GlossaryTerm } from '../schemas/glossary';

export type GlossaryCategory = GlossaryTerm['category'];

/** How each category is named on the page and in its address. Every category in the schema must be here. */
export const categoryInfo: Record<GlossaryCategory, { slug: string; label: string }> = {
  'military-concept': { slug: 'military-concept', label: 'Military concepts' },
  'cyber-attack technique': { slug: 'cyber-attack-technique', label: 'Cyber-attack techniques' },
  'threat actor': { slug: 'threat-actor', label: 'Threat actors' },
  'law-and-policy': { slug: 'law-and-policy', label: 'Law and policy' },
  infrastructure: { slug: 'infrastructure', label: 'Infrastructure' },
  organisation: { slug: 'organisation', label: 'Organisations' },
};

/** The categories in the order the filter shows them. */
export const categoryOrder = Object.keys(categoryInfo) as GlossaryCategory[];

/** The URL segments of the category pages: /glossary/category/<slug>/. */
export const glossaryCategorySlugs: readonly string[] = categoryOrder.map((c) => categoryInfo[c].slug);

/** The category whose URL segment is `slug`, if any. */
export function categoryFromSlug(slug: string): GlossaryCategory | undefined {
  return categoryOrder.find((c) => categoryInfo[c].slug === slug);
}

/** The label of a single term's category, in the singular for a term page ("Threat actor"). */
export function categoryLabelSingular(category: GlossaryCategory): string {
  const singular: Record<GlossaryCategory, string> = {
    'military-concept': 'Military concept',
    'cyber-attack technique': 'Cyber-attack technique',
    'threat actor': 'Threat actor',
    'law-and-policy': 'Law and policy',
    infrastructure: 'Infrastructure',
    organisation: 'Organisation',
  };
  return singular[category];
}

export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** The index letter a term is filed under: its first letter without accents, or "#" for a digit or symbol. */
export function indexLetter(name: string): string {
  const first = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : '#';
}

/** Sorts by name as a reader expects (case and accents ignored, "Article 4" before "Article 5"). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Every letter A–Z in order, each with its items sorted by name (possibly none), so the letter navigation
 * can show letters without terms. A "#" group comes first only if some name starts with a digit or symbol.
 */
export function groupByLetter<T>(items: readonly T[], name: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>([['#', []], ...ALPHABET.map((l): [string, T[]] => [l, []])]);
  for (const item of sortByName(items, name)) groups.get(indexLetter(name(item)))!.push(item);
  return [...groups].filter(([letter, list]) => letter !== '#' || list.length > 0).map(([letter, list]) => ({ letter, items: list }));
}

/** The anchor id of a letter's section on the index: "letter-a", "letter-num" for "#". */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-num' : `letter-${letter.toLowerCase()}`;
}

/**
 * The glossary slugs an MDX body uses through <Term slug="...">, in order of first use, each once.
 * MDX comments ({/* ... *\/}) are ignored, so a commented-out term does not count.
 */
export function termSlugsInBody(body: string): string[] {
  const withoutComments = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const found: string[] = [];
  const tag = /<Term\b([^>]*)>/g;
  for (const match of withoutComments.matchAll(tag)) {
    const slug = /\bslug\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/.exec(match[1] ?? '');
    const value = slug?.[1] ?? slug?.[2] ?? slug?.[3];
    if (value && !found.includes(value)) found.push(value);
  }
  return found;
}

/**
 * For each glossary slug, the ids of the articles whose body uses it, in the order the articles are given
 * (pass them newest first). Slugs no article uses are absent.
 */
export function termUsage(articles: readonly { id: string; body?: string | undefined }[]): Map<string, string[]> {
  const usage = new Map<string, string[]>();
  for (const article of articles) {
    for (const slug of termSlugsInBody(article.body ?? '')) {
      const list = usage.get(slug) ?? [];
      list.push(article.id);
      usage.set(slug, list);
    }
  }
  return usage;
}

/** The name of the whole glossary in structured data and headings. */
export const GLOSSARY_NAME = 'Grey Zone glossary';
export const GLOSSARY_DESCRIPTION = 'Plain-English definitions of the terms used to describe hybrid attacks on Europe.';

export interface JsonLdTerm {
  slug: string;
  name: string;
  description: string;
  aliases?: readonly string[];
  /** Absolute URL of the term's page. */
  url: string;
}

/** schema.org DefinedTerm for one term, pointing at the set it belongs to. */
export function definedTermJsonLd(term: JsonLdTerm, setUrl: string, withContext = true): Record<string, unknown> {
  return {
    ...(withContext ? { '@context': 'https://schema.org' } : {}),
    '@type': 'DefinedTerm',
    '@id': term.url,
    name: term.name,
    ...(term.aliases && term.aliases.length > 0 ? { alternateName: [...term.aliases] } : {}),
    description: term.description,
    termCode: term.slug,
    url: term.url,
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': setUrl, name: GLOSSARY_NAME, url: setUrl },
  };
}

/** schema.org DefinedTermSet for the glossary index, listing every term. */
export function definedTermSetJsonLd(setUrl: string, terms: readonly JsonLdTerm[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTermSet',
    '@id': setUrl,
    name: GLOSSARY_NAME,
    description: GLOSSARY_DESCRIPTION,
    url: setUrl,
    inLanguage: 'en-GB',
    hasDefinedTerm: terms.map((t) => ({
      '@type': 'DefinedTerm',
      '@id': t.url,
      name: t.name,
      description: t.description,
      termCode: t.slug,
      url: t.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so no text can close the script early. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
