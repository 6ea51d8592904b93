/**
 * A glossary term: one YAML file per term in content/glossary/<slug>.yaml. The file name is the slug.
 */
import { z } from 'astro/zod';
import fs from 'node:fs';
import { glossarySlug, sourceIds, sourceId } from './common';
import { contentDir } from '../lib/content-paths';
import { fillFigureRefs, FigureError, refsIn } from '../lib/figures';

export const glossaryCategories = [
  'military-concept',
  'cyber-attack technique',
  'threat actor',
  'law-and-policy',
  'infrastructure',
  'organisation',
] as const;

const countWords = (s: string) => s.trim().split(/\s+/).length;

/** A term's fields as written in its YAML file (before figure references are filled in). */
export const glossaryFields = z.object({
  /** The term as readers see it, e.g. "Shadow fleet". */
  term: z.string().min(2).meta({
    description: "The term as readers see it, as the heading of its page and in the A to Z.",
    example: "term: \"Shadow fleet\"",
  }),
  /** The slug, identical to the file name: lower-case words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by hyphens').meta({
    description: "The file name without .yaml: lower-case words joined by hyphens. The page's address (/glossary/<slug>/) and what <Term slug=\"\u2026\"> and related lists point at.",
    example: "slug: shadow-fleet",
  }),
  /** Other names for the same thing. Used for search and for matching terms in articles. */
  aliases: z.array(z.string()).default([]).meta({
    description: "Other names for the same thing, shown as \"Also called\" and found by search.",
    example: "aliases: [\"dark fleet\"]",
  }),
  /** One of the categories used for the glossary filter. */
  category: z.enum(glossaryCategories).meta({
    description: "Which group the term is filed under on the glossary page and its filter (the categories are listed below).",
    example: "category: infrastructure",
  }),
  /** One sentence of at most 30 words. It is shown in the pop-up when a reader hovers or focuses a term. */
  short_definition: z.string().check((ctx) => {
    const n = countWords(ctx.value);
    if (n > 30) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `has ${n} words; the limit is 30. Cut it to one sentence of 30 words or fewer; the explanation can say more`,
      });
    }
  }).meta({
    description: "One sentence of at most 30 words: what readers see in the pop-up when they hover over or focus a <Term> link, and at the top of the term's page. May hold a figure as {record-id}.",
    example: "short_definition: \"Ageing tankers with unclear owners that carry Russian oil around sanctions.\"",
  }),
  /** A paragraph or two that a curious 15-year-old can follow. */
  explanation: z.string().min(40).meta({
    description: "A paragraph or two that a curious 15-year-old can follow, on the term's page. May hold figures as {record-id}.",
    example: "explanation: \"Since 2022 \u2026\"",
  }),
  /** How the term shows up in this story, in one or two sentences. */
  example: z.string().min(20).meta({
    description: "How the term shows up in this story, in one or two sentences (\"In this story\" on its page).",
    example: "example: \"Finland seized the Eagle S \u2026\"",
  }),
  /** Sources for the example. */
  example_sources: z.array(sourceId).default([]).meta({
    description: "Source ids (from content/data/sources.json) for the example. Ids only: a term cannot write a source out in full.",
    example: "example_sources: [yle-2025-10-03]",
  }),
  /** Slugs of related terms. Each must exist in content/glossary/. */
  related: z.array(glossarySlug).default([]).meta({
    description: "Slugs of related terms, each a file in content/glossary/; linked from the term's page.",
    example: "related: [anchor-dragging, sanctions]",
  }),
  /** Sources for the definition. */
  sources: sourceIds.meta({
    description: "Source ids (from content/data/sources.json) for the definition; at least one. Ids only: to cite a new document, add it to sources.json first (npm run new -- source).",
    example: "sources: [alliance-2025-11-05]",
  }),
  /** Further reading behind the explanation. */
  detail_sources: z.array(sourceId).default([]).meta({
    description: "Source ids for further reading behind the explanation.",
    example: "detail_sources: []",
  }),
});

/** The fields where a figure may be written by reference, {record-id} or {record-id.field}, as in chart notes. */
const textFields = ['short_definition', 'explanation', 'example'] as const;

/**
 * A glossary term with every {record-id} in its text replaced by the figure and its caveat ("£1.9bn", "4 (one source)"),
 * and `figures` listing the references used, so the term's page can link each to its record and sources.
 * An unknown reference fails the build with the file and line.
 */
export const glossarySchema = glossaryFields.transform((term, ctx) => {
  const file = contentDir('glossary', `${term.slug}.yaml`);
  const where = `content/glossary/${term.slug}.yaml`;
  const raw = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  const filled = { ...term };
  const figures: string[] = [];
  for (const field of textFields) {
    try {
      filled[field] = fillFigureRefs(term[field], where, raw);
      figures.push(...refsIn(term[field]).filter((r) => !figures.includes(r)));
    } catch (error) {
      if (!(error instanceof FigureError)) throw error;
      ctx.issues.push({ code: 'custom', input: term[field], path: [field], message: error.message });
    }
  }
  return { ...filled, figures };
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
