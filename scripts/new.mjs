#!/usr/bin/env node
/**
 * Scaffolds for editors:
 *   npm run new -- article "Title"   writes content/articles/<slug>.mdx (a draft with commented frontmatter and a skeleton)
 *   npm run new -- term "doxxing"    writes content/glossary/<slug>.yaml
 *   npm run new -- source            prints a source entry to paste into content/data/sources.json
 * Each refuses to overwrite a file, prints the path and what to do next, and what it writes builds as it is.
 * GREYZONE_CONTENT_DIR points it at another content folder (the tests use this).
 */
import fs from 'node:fs';
import path from 'node:path';

const contentRoot = path.resolve(process.env.GREYZONE_CONTENT_DIR ?? 'content');
const [kind, ...rest] = process.argv.slice(2);
const name = rest.join(' ').trim();

/** "The M&S hack: what it cost" -> "the-m-s-hack-what-it-cost" */
export const slugify = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');

const today = new Date().toISOString().slice(0, 10);
const rel = (p) => path.relative(process.cwd(), p);
const yamlString = (s) => JSON.stringify(s);

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** A source id that exists, for the example citation (the editor replaces it). */
function exampleSourceId() {
  const sources = JSON.parse(fs.readFileSync(path.join(contentRoot, 'data', 'sources.json'), 'utf8'));
  const ids = Array.isArray(sources) ? sources.map((s) => s.id) : Object.keys(sources);
  return ids.includes('alliance-2025-11-05') ? 'alliance-2025-11-05' : ids[0];
}

function writeNew(file, text) {
  if (fs.existsSync(file)) fail(`${rel(file)} already exists; nothing was written. Choose another name, or edit that file.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function newArticle(title) {
  if (!title) fail('Give the headline: npm run new -- article "What the M&S attack cost"');
  const slug = slugify(title);
  if (!slug) fail(`Cannot make a file name from "${title}": use letters or digits.`);
  const file = path.join(contentRoot, 'articles', `${slug}.mdx`);
  const source = exampleSourceId();
  writeNew(
    file,
    `---
# Every field is described in docs/fields.md. Lines starting with # are notes for you; delete them when done.
title: ${yamlString(title)}
# One or two sentences under the headline: what will the reader learn?
dek: "Replace this with one or two sentences that say what the reader will learn."
# The day it goes out (YYYY-MM-DD). Today's date for now.
published: ${today}
authors: ["Grey Zone staff"]
# Tags from the list in docs/fields.md. The first one is shown above the headline.
tags: [cyber]
# One sentence, at most 200 characters, for cards, search and link previews.
summary: "Replace this with one sentence, under 200 characters, for cards and link previews."
# Ids from content/data/sources.json, or a source written out in full (see docs/editing.md).
sources:
  - ${source}
# While draft is true only the dev server (npm run dev) shows the article, with a Draft banner.
# Delete this line to publish.
draft: true
---

Open with what happened and why it matters, in two or three sentences. Put a citation after every fact.<Cite id="${source}" />

## What happened

Write the first section here. Link a term the first time it appears: <Term slug="ransomware">ransomware</Term>.

## What we know, and what we don't

Say what is established, what is only claimed, and by whom.
`,
  );
  console.log(`Wrote ${rel(file)}
Next:
  1. npm run dev, then open http://localhost:4321/articles/${slug}/ (a Draft banner shows it is not published).
  2. Fill in the frontmatter and write the text; docs/editing.md shows every component.
  3. npm run check:content to check it; delete the line "draft: true" to publish.`);
}

function newTerm(term) {
  if (!term) fail('Give the term: npm run new -- term "doxxing"');
  const slug = slugify(term);
  if (!slug) fail(`Cannot make a file name from "${term}": use letters or digits.`);
  const file = path.join(contentRoot, 'glossary', `${slug}.yaml`);
  const source = exampleSourceId();
  const display = term.charAt(0).toUpperCase() + term.slice(1);
  writeNew(
    file,
    `# A glossary term. Every field is described in docs/fields.md. Lines starting with # are notes; delete them when done.
term: ${yamlString(display)}
# The file name without .yaml; articles link to it with <Term slug="${slug}">…</Term>.
slug: ${slug}
aliases: []
# One of: military-concept, cyber-attack technique, threat actor, law-and-policy, infrastructure, organisation.
category: cyber-attack technique
# One sentence of at most 30 words: the pop-up readers see.
short_definition: "Replace this with one sentence of at most thirty words that says what the term means."
explanation: >-
  Replace this with a paragraph or two that a curious fifteen-year-old can follow, in your own words.
example: >-
  Replace this with how the term shows up in this story, in one or two sentences.
example_sources: []
related: []
# Ids from content/data/sources.json only (add a new source there first: npm run new -- source).
sources:
  - ${source}
detail_sources: []
`,
  );
  console.log(`Wrote ${rel(file)}
Next:
  1. Replace every "Replace this" with your own words, and set the category and sources.
  2. Link it from an article: <Term slug="${slug}">${term}</Term>
  3. npm run check:content to check it. A running npm run dev picks the new term up without a restart.`);
}

function newSource() {
  console.log(`Paste this into content/data/sources.json, inside the [ … ], after another entry's closing }, with a comma
between the two. Fill in every field; the id is publisher-date in lower case with hyphens, and never changes once used.

  {
    "id": "publisher-${today}",
    "publisher": "Who published it, as they name themselves",
    "title": "The document's own title, copied exactly",
    "date": "${today}",
    "url": "https://example.org/the-document"
  }

Then cite it: in an article's sources and <Cite id="publisher-${today}" />, or in a term's sources.
Check with npm run check:content.`);
}

if (kind === 'article') newArticle(name);
else if (kind === 'term') newTerm(name);
else if (kind === 'source') newSource();
else fail('Usage:\n  npm run new -- article "Title"\n  npm run new -- term "doxxing"\n  npm run new -- source');
