/**
 * Mistakes must stop the build with a message that names the file and what is wrong.
 * Each fixture in test/fixtures/bad-input/<case>/ is laid over a copy of content/ (its data, glossary and charts, but
 * none of its articles, so the fixture is the only article that can fail) and built; the build must fail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.mjs';

const fixtures = path.resolve('test/fixtures/bad-input');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-bad-input-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function buildWith(caseName: string) {
  const content = path.join(work, caseName, 'content');
  for (const dir of ['data', 'glossary', 'charts', 'images']) {
    fs.cpSync(path.resolve('content', dir), path.join(content, dir), { recursive: true });
  }
  fs.mkdirSync(path.join(content, 'articles'), { recursive: true });
  fs.cpSync(path.join(fixtures, caseName), content, { recursive: true });
  return buildSite({
    outDir: path.join(work, caseName, 'dist'),
    contentDir: content,
    cacheDir: path.join(work, caseName, 'cache'),
  });
}

// [fixture, what the message must contain (file, field and problem)]. One full build per way a mistake reaches the
// build: an article's frontmatter, a dataset, a glossary file (with its line), the MDX checker (with its line and its
// "What to do" line), and a <Fig> rendered in an article (with its line). Every other message is a unit test of the
// same words, without a build: test/unit/schemas.test.ts (a missing title, a date that is not a date, an unknown
// related term) and test/unit/remark-check-article.test.ts (an unknown term, chart or <Cite>, an internal link to no
// page, an image file that does not exist, an empty alt, a Markdown image without alt text).
const cases: [string, RegExp[]][] = [
  ['unknown-source-in-article', [/zz-unknown-source/, /sources/, /unknown source id "no-such-source-2099"/]],
  ['unknown-source-in-dataset', [/policy-events\.json/, /nato-baltic-sentry/, /unknown source id "no-such-source-2099"/]],
  ['unknown-fig-in-mdx', [/zz-unknown-fig\.mdx:13/, /<Fig of="no-such-record-2099\.impact\.estimated_cost_gbp_bn">/, /names no record/]],
  ['image-without-alt', [/zz-image-without-alt\.mdx:13/, /<Figure src="baltic-sea-locator\.png"> has no alt text/, /What to do: add alt="…" saying what the image shows/]],
  ['unknown-figure-in-glossary', [/content\/glossary\/zz-fig-term\.yaml:\d+/, /\{no-such-record-2099\.impact\.estimated_cost_gbp_bn\}/, /names no record/]],
];

describe('bad input stops the build and says where', () => {
  it('has a fixture folder for every case', () => {
    expect(fs.readdirSync(fixtures).filter((f) => !f.endsWith('.md')).sort()).toEqual(cases.map(([c]) => c).sort());
  });

  it.each(cases)('%s', (caseName, expected) => {
    const { status, output } = buildWith(caseName);
    expect(status, output.slice(-3000)).not.toBe(0);
    for (const pattern of expected) expect(output).toMatch(pattern);
  });
});
