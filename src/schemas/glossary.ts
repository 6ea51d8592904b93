/**
 * A glossary term: one YAML file per term in content/glossary/<slug>.yaml. The file name is the slug.
 */
import { z } from 'astro/zod';
import { glossarySlug, sourceIds, sourceId } from './common';

export const glossaryCategories = [
  'military-concept',
  'cyber-attack technique',
  'threat actor',
  'law-and-policy',
  'infrastructure',
  'organisation',
] as const;

const countWords = (s: string) => s.trim().split(/\s+/).length;

export const glossarySchema = z.object({
  /** The term as readers see it, e.g. "Shadow fleet". */
  term: z.string().min(2),
  /** The slug, identical to the file name: lower-case words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by hyphens'),
  /** Other names for the same thing. Used for search and for matching terms in articles. */
  aliases: z.array(z.string()).default([]),
  /** One of the categories used for the glossary filter. */
  category: z.enum(glossaryCategories),
  /** One sentence of at most 30 words. It is shown in the pop-up when a reader hovers or focuses a term. */
  short_definition: z.string().refine((s) => countWords(s) <= 30, 'must be 30 words or fewer'),
  /** A paragraph or two that a curious 15-year-old can follow. */
  explanation: z.string().min(40),
  /** How the term shows up in this story, in one or two sentences. */
  example: z.string().min(20),
  /** Sources for the example. */
  example_sources: z.array(sourceId).default([]),
  /** Slugs of related terms. Each must exist in content/glossary/. */
  related: z.array(glossarySlug).default([]),
  /** Sources for the definition. */
  sources: sourceIds,
  /** Further reading behind the explanation. */
  detail_sources: z.array(sourceId).default([]),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
