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

const termFields = z.object({
  /** The term as readers see it, e.g. "Shadow fleet". */
  term: z.string().min(2),
  /** The slug, identical to the file name: lower-case words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by hyphens'),
  /** Other names for the same thing. Used for search and for matching terms in articles. */
  aliases: z.array(z.string()).default([]),
  /** One of the categories used for the glossary filter. */
  category: z.enum(glossaryCategories),
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
  }),
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

/** The fields where a figure may be written by reference, {record-id} or {record-id.field}, as in chart notes. */
const textFields = ['short_definition', 'explanation', 'example'] as const;

/**
 * A glossary term with every {record-id} in its text replaced by the figure and its caveat ("£1.9bn", "4 (one source)"),
 * and `figures` listing the references used, so the term's page can link each to its record and sources.
 * An unknown reference fails the build with the file and line.
 */
export const glossarySchema = termFields.transform((term, ctx) => {
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
