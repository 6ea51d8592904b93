/**
 * An article's frontmatter: the block between the --- lines at the top of content/articles/<slug>.mdx.
 * The file name (without .mdx) is the article's address: content/articles/nato-cyber-chief.mdx -> /articles/nato-cyber-chief/.
 */
import { z } from 'astro/zod';
import { knownIds } from '../lib/known-ids';
import { partialDate } from './common';

/** A source written out in full in the article, for documents that are not in content/data/sources.json. */
const inlineSource = z.object({
  /** Id to cite it by in the text: <Cite id="..." />. Lower-case, hyphens. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  publisher: z.string().min(1),
  title: z.string().min(1),
  date: partialDate,
  url: z.url(),
});

type InlineSource = z.infer<typeof inlineSource>;

/**
 * One item of `sources`: a known source id, or a source written out in full.
 * Checked by hand rather than with z.union so that the message says what is wrong ("unknown source id …").
 */
const articleSource = z
  .unknown()
  .check((ctx) => {
    if (typeof ctx.value === 'string') {
      if (!knownIds().sources.has(ctx.value)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: `unknown source id "${ctx.value}": add it to content/data/sources.json, write it out in full (id, publisher, title, date, url), or fix the spelling`,
        });
      }
      return;
    }
    const result = inlineSource.safeParse(ctx.value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.issues.push({ code: 'custom', input: ctx.value, path: issue.path as (string | number)[], message: issue.message });
      }
    }
  })
  .transform((value) => value as string | InlineSource);

const correction = z.object({
  /** The day the correction was made (YYYY-MM-DD). */
  date: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  /** What was wrong and what it now says, in one or two plain sentences. */
  text: z.string().min(10, 'say what was wrong and what it now says'),
});

export const articleSchema = z.object({
  /** The headline: short, concrete, no clickbait. Shown on the page, in cards and in the browser tab. */
  title: z.string({ error: 'is required: every article needs a headline' }).min(5, 'is too short').max(120, 'is over 120 characters'),
  /** The standfirst under the headline: one or two sentences that say what the reader will learn. */
  dek: z.string({ error: 'is required: one or two sentences under the headline' }).min(20).max(320),
  /** First publication date, YYYY-MM-DD. */
  published: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  /** Date of the last substantive update, YYYY-MM-DD. Leave out until the article is updated. */
  updated: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }).optional(),
  /** Who wrote it, one name per item. */
  authors: z.array(z.string().min(1)).min(1, 'needs at least one author'),
  /** Topic tags in lower case, e.g. [cyber, russia]. Used to suggest related articles. */
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'use lower-case words joined by hyphens')).default([]),
  /** One sentence (at most 200 characters) for article cards, search results and link previews. */
  summary: z.string().min(20).max(200, 'keep the summary under 200 characters'),
  /** Set to true on the one article the home page leads with. */
  lead: z.boolean().default(false),
  /**
   * true while the article is being written: the dev server (npm run dev) shows it with a "Draft" banner, and the
   * published site leaves it out everywhere (its page, lists, the home page, the glossary). Delete the line to publish.
   */
  draft: z.boolean().default(false),
  /**
   * Every source the article cites. Either an id from content/data/sources.json ("alliance-2025-11-05")
   * or a source written out in full (id, publisher, title, date, url). Cite them in the text with <Cite id="..." />;
   * they are numbered in order of first citation.
   */
  sources: z.array(articleSource).min(1, 'needs at least one source'),
  /** Corrections, newest last. Each is shown at the foot of the article with its date. */
  corrections: z.array(correction).default([]),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
