/**
 * The content check (src/lib/content-check): each frontmatter, glossary and data problem an editor can make, with the
 * exact words they see, the file and the line. The build runs the same check first (src/integrations/content-check.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArticleFile, checkDataFile, checkYamlFile } from '../../src/lib/content-check/check-content';
import { glossarySchema } from '../../src/schemas/glossary';
import { sourceSchema } from '../../src/schemas/source';
import { ownWordsProblems, dataTexts } from '../../src/lib/own-words';
import { closest } from '../../src/lib/editor-errors/suggest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-content-check-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const f = path.join(dir, name);
  fs.writeFileSync(f, text);
  return f;
};
const rel = (f: string) => path.relative(process.cwd(), f);

const article = (frontmatter: string, body = 'Text.<Cite id="alliance-2025-11-05" />\n') => `---
title: "A headline long enough"
dek: "One or two sentences under the headline, long enough."
published: 2025-12-08
authors: ["Grey Zone staff"]
${frontmatter}
summary: "One sentence for the cards, long enough to pass."
sources:
  - alliance-2025-11-05
---

${body}`;

const term = (fields: Record<string, string>) =>
  Object.entries({
    term: '"Test term"',
    slug: 'zz-term',
    category: 'threat actor',
    short_definition: '"A short definition of the test term, in a few words."',
    explanation: '"An explanation that is long enough to pass the schema check easily."',
    example: '"How it shows up in the story."',
    sources: '\n  - alliance-2025-11-05',
    ...fields,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

describe('article frontmatter', () => {
  it('passes a valid article', () => {
    expect(checkArticleFile(write('ok.mdx', article('tags: [cyber]')))).toEqual([]);
  });

  it('names the line of a tag that is not on the list, with the closest tag', () => {
    const f = write('tag.mdx', article('tags: [cyber, uk-retial]'));
    expect(checkArticleFile(f)).toEqual([
      {
        file: rel(f),
        line: 6,
        message:
          'tags[1]: "uk-retial" is not on the list of tags: did you mean "uk-retail"? If not, use one of baltic, cyber, deterrence, infrastructure, international-law, marks-and-spencer, nato, ransomware, russia, sabotage, uk-industry, uk-retail. A new tag is added to src/schemas/tags.ts by a developer.',
      },
    ]);
  });

  it('says a missing field is missing and how to add it', () => {
    const f = write('no-title.mdx', article('tags: [cyber]').replace(/^title: .*\n/m, ''));
    const [p] = checkArticleFile(f);
    expect(p).toEqual({
      file: rel(f),
      line: 2,
      message: 'title is required: every article needs a headline',
      fix: 'add a line "title: …"; see docs/editing.md (field reference)',
    });
  });

  it('counts the characters of a summary over the limit', () => {
    const f = write('long.mdx', article('tags: [cyber]').replace(/^summary: .*$/m, `summary: "${'a'.repeat(230)}"`));
    const [p] = checkArticleFile(f);
    expect(p!.message).toBe('summary has 230 characters; the limit is 200');
    expect(p!.fix).toBe('keep the summary under 200 characters');
    expect(p!.line).toBe(7);
  });

  it('says where a date is not a date', () => {
    const [p] = checkArticleFile(write('date.mdx', article('tags: [cyber]').replace('published: 2025-12-08', 'published: next tuesday')));
    expect(p!.message).toBe('published should be a date written as YYYY-MM-DD, not the text "next tuesday"');
    expect(p!.line).toBe(4);
  });

  it('reports broken YAML at its line', () => {
    const [p] = checkArticleFile(write('yaml.mdx', article('tags: [cyber')));
    expect(p!.message).toMatch(/^the file cannot be read: /);
    expect(p!.fix).toMatch(/indentation/);
  });

  it('reports unreadable MDX with its line and the usual causes', () => {
    const [p] = checkArticleFile(write('mdx.mdx', article('tags: [cyber]', 'Fine.\n\nCosts were {about 5 < 6.\n')));
    expect(p!.line).toBe(14);
    expect(p!.message).toMatch(/^the MDX cannot be read: /);
    expect(p!.fix).toMatch(/write &lt; and \\\{ instead/);
  });

  it('names the line of a lead image whose file is not in content/images/, with the closest name', () => {
    const lead = (image: string) =>
      `tags: [cyber]\nlead_visual:\n  image: ${image}\n  alt: "The Baltic Sea and the countries around it"\n  credit: "Map: Grey Zone"`;
    expect(checkArticleFile(write('lead-ok.mdx', article(lead('baltic-sea-locator.png'))))).toEqual([]);
    const f = write('lead-missing.mdx', article(lead('baltic-sea-locater.png')));
    expect(checkArticleFile(f)).toEqual([
      {
        file: rel(f),
        line: 8,
        message:
          'lead_visual.image: the image file "baltic-sea-locater.png" does not exist (looked for content/images/baltic-sea-locater.png): did you mean "baltic-sea-locator.png"? If not, put the file in content/images/, or fix the name (the images there: baltic-sea-locator.png).',
      },
    ]);
    const g = write('lead-path.mdx', article(lead('/images/estlink.jpg')));
    expect(checkArticleFile(g).map((p) => p.message)).toEqual([
      'lead_visual.image: the lead visual\'s image: takes the file\'s name in content/images/, not a path: "/images/estlink.jpg": put the file in content/images/ and write image: estlink.jpg.',
    ]);
  });

  it('checks a lead chart\'s slice options against its chart file, on the option\'s line', () => {
    const lead = (options: string) => `tags: [cyber]\nlead_visual:\n  chart: uk-cyber-timeline\n${options}`;
    const words = '  title: "JLR was shut for weeks"\n  subtitle: "JLR events, August 2025 to June 2026"\n  description: "A timeline of the JLR attack alone."\n';
    expect(checkArticleFile(write('lead-chart-ok.mdx', article(lead(`  only: jlr\n  from: 2025-08-01\n  highlight: "jlr-attack"\n${words}`))))).toEqual([]);
    const f = write('lead-chart-bad.mdx', article(lead(`  only: jrl\n  to: 2025-13\n${words}`)));
    const messages = checkArticleFile(f).map((p) => `${p.line} ${p.message}`);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^9 lead_visual\.only: only="…": unknown organisation or kind "jrl"/);
    expect(messages[1]).toBe('10 lead_visual.to: to="2025-13": write a date as YYYY-MM or YYYY-MM-DD');
    const g = write('lead-chart-profit.mdx', article('tags: [cyber]\nlead_visual:\n  chart: ms-profit\n  highlight: "x"'));
    expect(checkArticleFile(g).map((p) => p.message).join('\n')).toMatch(/takes no options/);
  });

  it('stops a lead chart slice that narrows the chart without its own title, on the narrowing option\'s line', () => {
    const lead = (options: string) => `tags: [cyber]\nlead_visual:\n  chart: uk-cyber-timeline\n${options}`;
    const f = write('lead-chart-untitled.mdx', article(lead('  highlight: "jlr-attack"\n  only: jlr\n  place: after-first-paragraph')));
    expect(checkArticleFile(f).map((p) => `${p.line} ${p.message}`)).toEqual([
      '10 lead_visual.only: only="jlr": this slice (only="jlr") shows part of the chart, so the chart\'s own title, subtitle and description do not fit it: add title="…" (what the slice shows, its finding), subtitle="…" (what is drawn, and its dates) and description="…" (what a screen reader hears of the drawing: what it draws and shows)',
    ]);
    const g = write('lead-chart-highlight.mdx', article(lead('  highlight: "jlr-attack"')));
    expect(checkArticleFile(g)).toEqual([]);
  });
});

describe('glossary terms', () => {
  it('counts the words of a definition over the limit', () => {
    const f = write('zz-term.yaml', term({ short_definition: `"${Array(60).fill('word').join(' ')}"` }));
    expect(checkYamlFile(f, glossarySchema)).toEqual([
      {
        file: rel(f),
        line: 4,
        message: 'short_definition has 60 words; the limit is 30. Cut it to one sentence of 30 words or fewer; the explanation can say more',
      },
    ]);
  });

  it('explains that a term\'s sources are ids, not sources written out in full', () => {
    const f = write('zz-term.yaml', term({ sources: '\n  - publisher: Reuters\n    title: A story' }));
    const [p] = checkYamlFile(f, glossarySchema);
    expect(p!.line).toBe(8);
    expect(p!.message).toBe('sources[0] should be text, not a group of fields');
    expect(p!.fix).toMatch(/^write a source id from content\/data\/sources\.json here\. A source written out in full .* works only in an article/);
  });

  it('suggests the closest related term and source id', () => {
    const f = write('zz-term.yaml', term({ related: '[double-extorsion]', sources: '[alliance-2025-11-5]' }));
    const messages = checkYamlFile(f, glossarySchema).map((p) => p.message);
    expect(messages).toContain(
      'related[0]: unknown glossary term "double-extorsion": did you mean "double-extortion"? If not, add the term: npm run new -- term "double-extorsion" writes content/glossary/double-extorsion.yaml.',
    );
    expect(messages).toContain(
      'sources[0]: unknown source id "alliance-2025-11-5": did you mean "alliance-2025-11-05"? If not, add the source to content/data/sources.json (npm run new -- source prints an entry to fill).',
    );
  });

  it('names a category that is not allowed and the allowed ones', () => {
    const [p] = checkYamlFile(write('zz-term.yaml', term({ category: 'threat-actor' })), glossarySchema);
    expect(p!.message).toBe('category is the text "threat-actor", which is not on the list: did you mean "threat actor"?');
    expect(p!.fix).toMatch(/^use one of: military-concept, cyber-attack technique, threat actor/);
  });
});

describe('data files', () => {
  it('names the record, field and line', () => {
    const f = write('sources.json', JSON.stringify([{ id: 'ok-source', publisher: 'P', title: 'T', date: '2025-01-01', url: 'not a url' }], null, 2));
    const [p] = checkDataFile(f, sourceSchema);
    expect(p!.line).toBe(7);
    expect(p!.message).toMatch(/^record "ok-source", url is the text "not a url", which is not a valid url/);
  });
});

describe('the own-words rule', () => {
  it('reports copied wording with its line, and lets a quotation through', () => {
    const text = Object.values(dataTexts()).flat().find((t) => t.split(/\s+/).length > 14 && !/["“]/.test(t))!;
    const copied = write('copied.mdx', article('tags: [cyber]', `Our words.\n\n${text}\n`));
    const quoted = write('quoted.mdx', article('tags: [cyber]', `They wrote "${text}".\n`));
    const [p] = ownWordsProblems([copied]);
    expect(p!.line).toBe(14);
    expect(p!.message).toMatch(/^(a run|\d+ runs) of 10 words copied from the datasets' wording, first: "/);
    expect(p!.fix).toMatch(/say it in your own words/);
    expect(ownWordsProblems([quoted])).toEqual([]);
  });
});

describe('did you mean', () => {
  it('suggests only close matches', () => {
    expect(closest('double-extorsion', ['double-extortion', 'ransomware'])).toBe('double-extortion');
    expect(closest('xyz', ['double-extortion', 'ransomware'])).toBeUndefined();
    expect(closest('ransomware', ['ransomware'])).toBeUndefined();
  });
});
