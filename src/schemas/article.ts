/**
 * An article's frontmatter: the block between the --- lines at the top of content/articles/<slug>.mdx.
 * The file name (without .mdx) is the article's address: content/articles/nato-cyber-chief.mdx -> /articles/nato-cyber-chief/.
 */
import { z } from 'astro/zod';
import { knownIds } from '../lib/known-ids';
import { partialDate, unknownSourceMessage } from './common';
import { articleTagNames } from './tags';
import { didYouMean } from '../lib/editor-errors/suggest';
import { joined } from '../lib/editor-errors/messages';
import { imageNameProblem } from '../lib/content-images';
import { leadChartOptionProblems } from '../charts/lead-chart-options';

/** A source written out in full in the article, for documents that are not in content/data/sources.json. */
const inlineSource = z.object({
  /** Id to cite it by in the text: <Cite id="..." />. Lower-case, hyphens. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  /** The original publisher, as they name themselves (not the site a copy was read on). */
  publisher: z.string().min(1),
  /** The document's own headline or title, copied exactly. */
  title: z.string().min(1),
  date: partialDate,
  /** The original's address, or, when only a copy was read, the copy's (and say so in read_via). */
  url: z.url(),
  /** Where only a copy was read: who published the copy at `url` (shown as "read via a republished copy"). */
  read_via: z.object({ publisher: z.string().min(1) }).optional(),
  /** true for a primary document: a company's, court's, government's or NATO's own text. Listed first. */
  primary: z.boolean().default(false),
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
          message: `${unknownSourceMessage(ctx.value).replace(/\.$/, '')}, or write it out in full here (id, publisher, title, date, url).`,
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
  .transform((value) => value as string | InlineSource)
  .meta({ type: 'a source id, or a source written out in full (id, publisher, title, date, url)' });

const correction = z.object({
  /** The day the correction was made (YYYY-MM-DD). */
  date: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }),
  /** What was wrong and what it now says, in one or two plain sentences. */
  text: z.string().min(10, 'say what was wrong and what it now says'),
});

const placeOpt = z
  .enum(['top', 'after-first-paragraph'])
  .default('top')
  .describe('Where the lead visual goes: "top" (under the headline, before the text) or "after-first-paragraph".');

/** A date option as YAML gives it: `2025-08` stays text, an unquoted `2025-08-01` arrives as a date. */
const optionDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().describe('A date, YYYY-MM or YYYY-MM-DD.'),
);

/**
 * A chart from content/charts/ shown at the top of the article, with the same slice options as in the text
 * (docs/editing.md, "Chart options"). The chart must not also be placed in the body.
 */
const leadChart = z
  .strictObject({
    /** The chart's id: the file name of content/charts/<id>.yaml, e.g. baltic-cables. */
    chart: z
      .string()
      .describe('The id of a chart in content/charts/ (its file name without .yaml), e.g. baltic-cables. Do not also place that chart in the body.')
      .check((ctx) => {
        if (!knownIds().charts.has(ctx.value)) {
          ctx.issues.push({ code: 'custom', input: ctx.value, message: `unknown chart "${ctx.value}": no file content/charts/${ctx.value}.yaml` });
        }
      }),
    /** Timeline or map: the events or incidents drawn strongly, separated by spaces. */
    highlight: z.string().optional().describe('Timeline or map: what to draw strongly (event or incident ids, organisations, kinds), separated by spaces, as highlight="…" in the text.'),
    /** Timeline: only these organisations, rows or kinds. */
    only: z.string().optional().describe('Timeline: only the events of these organisations or rows and of these kinds, as only="…" in the text.'),
    /** Timeline or map: the first date shown. */
    from: optionDate.optional().describe('Timeline or map: the first date shown (YYYY-MM or YYYY-MM-DD), as from="…" in the text.'),
    /** Timeline or map: the last date shown. */
    to: optionDate.optional().describe('Timeline or map: the last date shown (YYYY-MM or YYYY-MM-DD), as to="…" in the text.'),
    /** Timeline or map: the slice's own finding, as its heading (needed when only, from or to narrows the chart). */
    title: z.string().optional().describe('Timeline or map: the slice\'s own title, its finding, as title="…" in the text. Needed when only, from or to narrows the chart.'),
    /** Timeline or map: what the slice draws, with its dates. */
    subtitle: z.string().optional().describe('Timeline or map: what the slice draws, with its date range, as subtitle="…" in the text. Needed with title.'),
    /** Timeline or map: what a screen reader hears of the slice's drawing. */
    description: z.string().optional().describe('Timeline or map: what a screen reader hears of the slice\'s drawing (what it draws and shows), as description="…" in the text. Needed with title.'),
    /** Timeline or map: false for the full chart with every detail. */
    compact: z.union([z.boolean(), z.string()]).optional().describe('Timeline or map: false for the full chart with every detail (compact is the default in articles).'),
    place: placeOpt,
  })
  .check((ctx) => {
    for (const { option, message } of leadChartOptionProblems(ctx.value)) {
      ctx.issues.push({ code: 'custom', input: ctx.value, message, ...(option ? { path: [option] } : {}) });
    }
  });

/** A photograph, map or drawing from content/images/, with its credit. */
const leadImage = z.strictObject({
  /** The image's file name in content/images/, e.g. baltic-sea-locator.png. */
  image: z
    .string()
    .describe('The image\'s file name in content/images/, e.g. baltic-sea-locator.png (PNG, JPEG, WebP or AVIF).')
    .check((ctx) => {
      const said = imageNameProblem(ctx.value, 'image');
      if (said) ctx.issues.push({ code: 'custom', input: ctx.value, message: joined(said) });
    }),
  /** What the image shows, for readers who cannot see it. */
  alt: z.string().min(10, 'describe what the image shows in a sentence').describe('What the image shows, for readers who cannot see it: a sentence, not a label. A lead image is never decorative.'),
  /** Who made the image and under what licence, e.g. "Photo: Finnish Border Guard". */
  credit: z.string().min(3).describe('Who made the image and under what licence, e.g. "Map: Grey Zone, from Natural Earth (public domain)". Shown under the image.'),
  /** A sentence under the image saying why it matters. Optional. */
  caption: z.string().optional().describe('An optional sentence under the image.'),
  /** true to show the image in the wide column; it takes the text column otherwise, as a <Figure> in the text does. */
  wide: z.boolean().optional().describe('true to show the image in the wide column (for an image at least 2,176 pixels wide); it takes the text column otherwise, like <Figure> in the text.'),
  place: placeOpt,
});

/** One row of a "claimed vs established" strip. */
const claimRow = z.object({
  /** Who made the claim and when, e.g. "NATO's head of cyber operations, December 2025". */
  who: z.string().min(3).describe('Who made the claim and when.'),
  /** The claim, in our words (quote only a few words, in quotation marks). */
  claim: z.string().min(10).describe('What they said, in our words.'),
  /** How far the evidence goes: established, not-established or disputed. */
  status: z
    .enum(['established', 'not-established', 'disputed', 'undecided'])
    .describe('How far the evidence goes: established, not-established, disputed, or undecided (for plans and proposals).'),
  /** What is established about the claim, in one sentence. */
  finding: z.string().min(10).describe('What the evidence shows, in one sentence.'),
  /** Source ids for the claim and the finding; they are numbered with the article's other citations. */
  sources: z.array(z.string()).min(1).describe('Source ids (from the article\'s sources) backing the row; numbered like the other citations.'),
});

/** A compact strip setting claims beside what is established. */
const leadClaims = z.strictObject({
  /** The strip's heading, e.g. "What NATO's officers claimed, and what is established". */
  title: z.string().min(5).describe('The strip\'s heading.'),
  claims: z.array(claimRow).min(1).max(4, 'keep the strip to four rows at most'),
  place: placeOpt,
});

/**
 * The story's visual, shown up front: a chart (by id), an image with its credit, or a "claimed vs established" strip.
 * The home page shows the lead story's visual too.
 */
// Strict shapes: a misspelt field is named, and an error is reported against the shape the editor meant
// (src/lib/editor-errors/zod-problems.ts, unionIssues).
const leadVisual = z.union([leadChart, leadImage, leadClaims]);

/** A short "what we know / what we don't" near the top; the full box with sources stays at the end. */
const inBrief = z.strictObject({
  /** Two or three short lines on what is established. Write figures as {record-id} references, as in chart YAML. */
  known: z.array(z.string().min(5)).min(1).max(4).describe('Two or three short lines: what is established. Write figures as {record-id} references.'),
  /** Two or three short lines on what is not. */
  unknown: z.array(z.string().min(5)).min(1).max(4).describe('Two or three short lines: what is not established.'),
  /** Where the compact box goes: after the first paragraph (the default), at the top, or before the contents. */
  place: z
    .enum(['after-first-paragraph', 'top', 'before-contents'])
    .default('after-first-paragraph')
    .describe('Where the compact box goes: "after-first-paragraph" (the default; before a lead visual placed there too), "top" (before the text) or "before-contents" (after the opening paragraphs, before the contents list).'),
});

export const articleSchema = z.object({
  /** The headline: short, concrete, no clickbait. Shown on the page, in cards and in the browser tab. */
  title: z.string({ error: 'is required: every article needs a headline' }).min(5, 'is too short').max(120, 'is over 120 characters').meta({
    description: "The headline: short and concrete. Shown at the top of the page, in cards, in the browser tab and in link previews. At most 120 characters.",
    example: "title: \"What the M&S cyber attack cost\"",
  }),
  /** The standfirst under the headline: one or two sentences that say what the reader will learn. */
  dek: z.string({ error: 'is required: one or two sentences under the headline' }).min(20).max(320).meta({
    description: "The standfirst under the headline: one or two sentences saying what the reader will learn. 20 to 320 characters.",
    example: "dek: \"Six weeks without online orders and a \u00a3300m hit: what happened, and what is still unknown.\"",
  }),
  /** First publication date, YYYY-MM-DD. */
  published: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }).meta({
    description: "The day the article is first published. Shown under the headline and in lists; articles are listed newest first.",
    example: "published: 2025-12-08",
  }),
  /**
   * Date of the last substantive update, YYYY-MM-DD. Leave out until the article is updated. Shown as "Updated …"
   * under the headline and in article lists (a correction's date counts as an update too).
   */
  updated: z.coerce.date({ error: 'must be a date written as YYYY-MM-DD' }).optional().meta({
    description: "The day of the last substantive update. Leave it out until the article is updated; then it is shown as \"Updated \u2026\" under the headline and in lists.",
    example: "updated: 2025-12-10",
  }),
  /** Who wrote it, one name per item. */
  authors: z.array(z.string().min(1)).min(1, 'needs at least one author').meta({
    description: "Who wrote it, one name per item. Shown in the byline.",
    example: "authors: [\"Grey Zone staff\"]",
  }),
  /** Topic tags from the list in src/schemas/tags.ts. The first is the kicker above the headline. */
  tags: z
    .array(z.enum(articleTagNames, {
        error: (issue) =>
          `"${String(issue.input)}" is not on the list of tags${didYouMean(String(issue.input), articleTagNames)}${didYouMean(String(issue.input), articleTagNames) ? ' If not, use' : ': use'} one of ${articleTagNames.join(', ')}. A new tag is added to src/schemas/tags.ts by a developer.`,
      }))
    .min(1, 'needs at least one tag: the first is shown above the headline')
    .meta({
      description: 'Topic tags from the list below. The first tag is the kicker, the small label above the headline; articles sharing tags are offered as related articles.',
      example: 'tags: [cyber, russia]',
    }),
  /** One sentence (at most 200 characters) for article cards, search results and link previews. */
  summary: z.string().min(20).max(200, 'keep the summary under 200 characters').meta({
    description: "One sentence for article cards, search results, the feed and link previews. 20 to 200 characters.",
    example: "summary: \"What the attack cost M&S, by its own figures, and what it has not said.\"",
  }),
  /** Set to true on the one article the home page leads with. */
  lead: z.boolean().default(false).meta({
    description: "true on the one article the home page leads with (otherwise the newest leads).",
    example: "lead: true",
  }),
  /**
   * true while the article is being written: the dev server (npm run dev) shows it with a "Draft" banner, and the
   * published site leaves it out everywhere (its page, lists, the home page, the glossary). Delete the line to publish.
   */
  draft: z.boolean().default(false).meta({
    description: "true while the article is being written: the dev server (npm run dev) shows it with a Draft banner; the published site leaves it out everywhere (its page, lists, the home page, the glossary, the feed, the sitemap, search). Delete the line to publish.",
    example: "draft: true",
  }),
  /**
   * Every source the article cites. Either an id from content/data/sources.json ("alliance-2025-11-05")
   * or a source written out in full (id, publisher, title, date, url). Cite them in the text with <Cite id="..." />;
   * they are numbered in order of first citation.
   */
  sources: z.array(articleSource).min(1, 'needs at least one source').meta({
    description: "Every source the article cites: an id from content/data/sources.json, or a source written out in full (id, publisher, title, date, url). Cite them in the text with <Cite id=\"\u2026\" />; the source list at the foot numbers them in order of first citation.",
    example: "sources: [alliance-2025-11-05]",
  }),
  /**
   * The date up to which the article's facts were checked against the reporting, YYYY-MM-DD or YYYY-MM.
   * Shown under the headline and in article lists as "Facts checked to …". The latest of these is the site-wide cut-off
   * the footer shows. Move it forward when you re-check the article against newer reporting.
   */
  facts_checked: partialDate
    .optional()
    .describe('The date up to which the facts were checked against the reporting (YYYY-MM-DD or YYYY-MM). Shown as "Facts checked to …"; the latest one is the site-wide cut-off in the footer.'),
  /** The story's visual, shown up front: `chart: <id>`, an `image` with `alt` and `credit`, or a `claims` strip. */
  lead_visual: leadVisual
    .optional()
    .describe('The story\'s visual, shown up front: a chart (chart: <id>), an image (image, alt, credit, caption) or a strip of claims set against what is established (title, claims). `place` puts it at the top or after the first paragraph.'),
  /** A compact "what we know / what we don't", shown after the first paragraph (or where its `place` says). */
  in_brief: inBrief
    .optional()
    .describe('A compact "what we know / what we don\'t" (known, unknown: short lines), shown after the first paragraph (`place` moves it); the full box with sources stays at the end.'),
  /** Corrections, newest last. Each is shown at the foot of the article with its date. */
  corrections: z.array(correction).default([]).meta({
    description: "Corrections, newest last, each with a date and a sentence or two (date, text). Shown at the foot of the article; a correction's date counts as an update.",
    example: "corrections: [{ date: 2025-12-09, text: \"An earlier version gave the wrong date for the arrests.\" }]",
  }),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
