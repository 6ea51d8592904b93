/**
 * The search index Pagefind wrote to dist/pagefind/, read back from its page fragments (gzip, JSON after a signature):
 * exactly the articles, glossary terms and chart pages are indexed, each labelled with its kind; chart titles (findings), subtitles
 * and text alternatives are in; data tables, downloads, contents lists and the page frame are out.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { decodeEntities, textOf } from '../support/html';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

function fragments(dist: string): Fragment[] {
  const dir = path.join(dist, 'pagefind', 'fragment');
  return fs.readdirSync(dir).map((f) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

const index = fragments(distRoot);
const byUrl = new Map(index.map((f) => [f.url, f]));
const pages = builtPages(distRoot);

describe('search index', () => {
  it('holds exactly the article, glossary term and chart pages, each with its kind', () => {
    const expected = pages.filter((p) => /^(articles|glossary|charts)\/[^/]+\/$/.test(p)).map((p) => `/${p}`);
    expect([...byUrl.keys()].sort()).toEqual(expected.sort());
    for (const f of index) {
      const kind = f.url.startsWith('/articles/') ? 'Article' : f.url.startsWith('/glossary/') ? 'Glossary term' : 'Chart';
      expect(f.meta.kind, f.url).toBe(kind);
      expect(f.meta.title?.length, f.url).toBeGreaterThan(2);
    }
  });

  it('indexes each chart page with its title, subtitle and text alternative, not its table or downloads', () => {
    for (const page of pages.filter((p) => /^charts\/[^/]+\/$/.test(p))) {
      const html = readPage(distRoot, page);
      const f = byUrl.get(`/${page}`)!;
      const subtitle = textOf(html, 'p', 'class="chart-subtitle"')!;
      const title = textOf(html, 'h1', 'class="chart-title"')!;
      const description = decodeEntities(html.match(/<p class="visually-hidden" id="chart-[^"]+-desc"[^>]*>([^<]+)<\/p>/)![1]!);
      expect(f.content).toContain(subtitle);
      expect(f.content).toContain(title);
      expect(f.content).toContain(description.slice(0, 120));
      expect(f.content).not.toContain('Show the data as a table');
      expect(f.content).not.toContain(textOf(html, 'caption')!);
      expect(f.content).not.toMatch(/Get the data|CSV|Cite this chart|Embed/);
    }
  });

  it('leaves out the frame and furniture on articles and terms', () => {
    for (const f of index) {
      expect(f.content, f.url).not.toMatch(/Skip to content|Dark theme|Search the site/);
    }
    const article = index.find((f) => f.url.startsWith('/articles/'))!;
    expect(article.content).not.toMatch(/\bContents\b[^.]*\bSources\b/);
    expect(article.content).not.toContain('No corrections have been made');
  });
});
