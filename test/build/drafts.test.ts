/**
 * Drafts: an article with `draft: true` is shown by the dev server with a "Draft" banner, and left out of the
 * production build everywhere articles appear (its page, the article list, the home page, the glossary's "Appears in",
 * the feed, the sitemap, the search index and the cards).
 * test/fixtures/drafts holds one published and one draft article. The dev server also shows /styleguide/, and sees a
 * glossary term and an article added while it runs without a restart (and fails the article once the term is gone).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.mjs';
import { fixtureContent, startDevServer, type DevServer } from '../support/fixture-site';
import { decodeEntities } from '../support/html';
import { editorExamples, exampleSource } from '../../src/lib/editor-examples';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-drafts-'));
const content = fixtureContent(work, path.resolve('test/fixtures/drafts'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('a production build', () => {
  const dist = path.join(work, 'dist');
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    ({ status, output } = buildSite({ outDir: dist, contentDir: content, cacheDir: path.join(work, 'cache-build') }));
  });
  const page = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');

  it('builds, printing no warning an editor cannot act on (MODULE_LEVEL_DIRECTIVE and the like)', () => {
    expect(status, output.slice(-3000)).toBe(0);
    expect(output).not.toMatch(/\[WARN\]|MODULE_LEVEL_DIRECTIVE/);
  });

  it('has the published article and not the draft', () => {
    expect(fs.existsSync(path.join(dist, 'articles/zz-published/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'articles/zz-draft'))).toBe(false);
  });

  it('leaves the draft out of the article list, the home page and the glossary', () => {
    for (const p of ['articles/index.html', 'index.html', 'glossary/shadow-fleet/index.html', 'glossary/ransomware/index.html']) {
      expect(page(p), p).not.toContain('zz-draft');
      expect(page(p), p).not.toContain('A draft fixture article');
    }
    expect(page('articles/index.html')).toContain('/articles/zz-published/');
    expect(page('glossary/ransomware/index.html')).toContain('/articles/zz-published/');
  });

  it('leaves the draft out of the feed, the sitemap, the search index and the cards', () => {
    for (const p of ['rss.xml', 'sitemap-0.xml']) {
      expect(page(p), p).toContain('/articles/zz-published/');
      expect(page(p), p).not.toContain('zz-draft');
    }
    const fragments = path.join(dist, 'pagefind', 'fragment');
    const indexed = fs.readdirSync(fragments).map((f) => zlib.gunzipSync(fs.readFileSync(path.join(fragments, f))).toString('utf8'));
    expect(indexed.some((f) => f.includes('"url":"/articles/zz-published/"'))).toBe(true);
    expect(indexed.filter((f) => f.includes('zz-draft') || f.includes('draft fixture article'))).toEqual([]);
    expect(fs.existsSync(path.join(dist, 'cards/articles/zz-published.png'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'cards/articles/zz-draft.png'))).toBe(false);
  });

  it('ships no draft text anywhere', () => {
    const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|json|xml|txt|csv)$/.test(f));
    for (const f of files) expect(fs.readFileSync(path.join(dist, f), 'utf8'), f).not.toContain('draft fixture article');
  });
});

describe('the dev server', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer(content, path.join(work, 'cache-dev'), 4391);
  });
  afterAll(async () => server?.stop());
  const get = (p: string) => server.get(p);

  it('shows the draft with a Draft banner, and the published article without one', async () => {
    const draft = await get('/articles/zz-draft/');
    expect(draft).toContain('A draft fixture article');
    expect(draft).toMatch(/class="draft-banner"[^>]*>\s*<strong[^>]*>Draft\.<\/strong>/);
    expect(await get('/articles/zz-published/')).not.toContain('class="draft-banner"');
  });

  it('lists the draft with the other articles', async () => {
    expect(await get('/articles/')).toContain('/articles/zz-draft/');
  });

  it('shows /styleguide/: every example of the guide, its MDX beside what it renders, noindex', async () => {
    const html = await get('/styleguide/');
    expect(html).toContain('<meta name="robots" content="noindex"');
    for (const { name } of editorExamples) {
      const source = exampleSource(name);
      expect(decodeEntities(html.match(new RegExp(`data-example-source="${name}"[^>]*><code[^>]*>([\\s\\S]*?)</code>`))?.[1] ?? '')).toBe(source);
      expect(html).toMatch(new RegExp(`data-example-rendered="${name}"`));
    }
    expect(html).toMatch(/data-example-rendered="term"[\s\S]*?href="\/glossary\/shadow-fleet\/"/);
    expect(html).toMatch(/data-example-rendered="profit-chart"[\s\S]*?<svg/);
    expect(html).toMatch(/data-example-rendered="figure"[\s\S]*?<img [^>]*srcset="[^"]+"[^>]*>[\s\S]*?Map: Grey Zone, from Natural Earth/);
  });

  // New content without a restart (src/lib/known-ids.ts rereads ids when content/ changes; the collections' glob
  // patterns are ones the content layer's watcher can match, src/content.config.ts).
  const termFile = path.join(content, 'glossary', 'zz-new-term.yaml');
  const articleFile = path.join(content, 'articles', 'zz-new-article.mdx');

  /** Asks for a page until `ready` holds for its HTML (the watcher reacts within a second or two), or gives up. */
  async function until(page: string, ready: (html: string) => boolean): Promise<string> {
    let html = '';
    for (let i = 0; i < 60; i++) {
      html = await get(page);
      if (ready(html)) return html;
      await new Promise((r) => setTimeout(r, 500));
    }
    return html;
  }

  it('shows a new term and an article that links it, without a restart', async () => {
    fs.writeFileSync(
      termFile,
      [
        'term: "Zz test term"',
        'slug: zz-new-term',
        'category: threat actor',
        'short_definition: "A made-up term that exists only while this test runs."',
        'explanation: "Written by the dev-server test to check that new terms are seen without a restart."',
        'example: "None: the test removes it again."',
        'sources:',
        '  - alliance-2025-11-05',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      articleFile,
      [
        '---',
        'title: "A new fixture article"',
        'dek: "Written while the dev server runs, to see that it appears without a restart."',
        'published: 2025-12-02',
        'authors: ["Grey Zone staff"]',
        'tags: [cyber]',
        'summary: "The article the dev-server test adds while the server runs."',
        'sources:',
        '  - alliance-2025-11-05',
        '---',
        '',
        'It links the <Term slug="zz-new-term">new term</Term>.<Cite id="alliance-2025-11-05" />',
        '',
      ].join('\n'),
    );
    const link = /href="\/glossary\/zz-new-term\/"[^>]*>new term</;
    const article = await until('/articles/zz-new-article/', (h) => link.test(h));
    expect(article).toContain('A new fixture article');
    expect(article).toMatch(link);
    expect(await until('/glossary/zz-new-term/', (h) => h.includes('Zz test term'))).toContain('A made-up term that exists only while this test runs.');
  });

  it('stops the article once the term is removed, with the editor\'s block in the terminal', async () => {
    fs.rmSync(termFile);
    // The page fails (the browser shows the message in Vite's error overlay), and the terminal shows the block.
    const page = await until('/articles/zz-new-article/', (h) => /<title>(MDX)?Error<\/title>/.test(h));
    expect(page).toMatch(/<title>(MDX)?Error<\/title>/);
    for (let i = 0; i < 20 && !/zz-new-article\.mdx:12/.test(server.output()); i++) await new Promise((r) => setTimeout(r, 500));
    expect(server.output()).toMatch(/content\/articles\/zz-new-article\.mdx:12\n\s+unknown glossary term "zz-new-term"/);
  });
});
