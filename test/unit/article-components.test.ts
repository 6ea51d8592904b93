/** Article components rendered with Astro's container API: corrections, source list, table of contents, citations. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Corrections from '../../src/components/article/Corrections.astro';
import SourceList from '../../src/components/article/SourceList.astro';
import TableOfContents from '../../src/components/article/TableOfContents.astro';
import Cite from '../../src/components/mdx/Cite.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('Corrections', () => {
  it('lists each correction with its date', async () => {
    const html = await container.renderToString(Corrections, {
      props: { corrections: [{ date: new Date('2025-12-09'), text: 'An earlier version gave the wrong month for the arrests.' }] },
    });
    expect(html).toMatch(/<h2 id="corrections-title"[^>]*>Corrections<\/h2>/);
    expect(html).toMatch(/<time datetime="2025-12-09"[^>]*>9 December 2025<\/time>: An earlier version gave the wrong month/);
  });
  it('says there are none, and links to the corrections policy', async () => {
    const html = await container.renderToString(Corrections, { props: { corrections: [] } });
    expect(html).toMatch(/No corrections have been made to this article\./);
    expect(html).not.toMatch(/<time/);
    expect(html).toMatch(/<a href="\/about\/#corrections"[^>]*>corrections policy<\/a>/);
  });
});

describe('SourceList', () => {
  it('numbers cited sources to match the footnotes and lists the rest apart', async () => {
    const html = await container.renderToString(SourceList, {
      props: {
        sources: [
          { id: 'a', publisher: 'Reuters', title: 'A headline', date: '2025-11-05', url: 'https://example.org/a', n: 1 },
          { id: 'b', publisher: 'Archive', title: 'Undated page', date: null, url: null, n: 2 },
          { id: 'c', publisher: 'BBC', title: 'Background', date: '2025-06', url: 'https://example.org/c' },
        ],
      },
    });
    expect(html).toMatch(/<li id="source-1" value="1"[^>]*>\s*<span class="source-line"[^>]*><span class="src-publisher"[^>]*>Reuters<\/span>,\s*<a href="https:\/\/example.org\/a"[^>]*>A headline<\/a>, 5 November 2025/);
    expect(html).toMatch(/<li id="source-2" value="2"[^>]*>[\s\S]*?<cite[^>]*>Undated page<\/cite>/);
    expect(html).toMatch(/Further sources[\s\S]*BBC[\s\S]*June 2025/);
  });
});

describe('TableOfContents', () => {
  const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });
  it('lists the h2 sections of a long article', async () => {
    const html = await container.renderToString(TableOfContents, { props: { headings: [h(2, 'One'), h(3, 'Sub'), h(2, 'Two'), h(2, 'Three')] } });
    expect(html).toMatch(/In this article/);
    expect(html.match(/<li\b/g)?.length).toBe(3);
    expect(html).toContain('href="#two"');
    expect(html).not.toContain('#sub');
  });
  it('is left out of short articles', async () => {
    const html = await container.renderToString(TableOfContents, { props: { headings: [h(2, 'One'), h(2, 'Two')] } });
    expect(html.trim()).toBe('');
  });
});

describe('Cite', () => {
  it('renders the build-assigned number as a link to the source list', async () => {
    const html = await container.renderToString(Cite, { props: { id: 'alliance-2025-11-05', n: '3' } });
    // No brackets; a word joiner before the number keeps it on the line of the word before it.
    expect(html).toMatch(/<sup class="cite"[^>]*>\u2060<a href="#source-3" aria-label="Source 3"[^>]*>3<\/a><\/sup>/);
    // In a group every number but the last carries the comma; the ones after the first start with a no-break space.
    const grouped = await container.renderToString(Cite, { props: { id: 'alliance-2025-11-05', n: '4', more: 'true', grouped: 'true' } });
    expect(grouped).toMatch(/<sup class="cite"[^>]*>\u00a0<a [^>]*>4,<\/a><\/sup>/);
    // Only a source's first citation carries the id the source list links back to, so ids never repeat.
    expect(html).not.toMatch(/<sup[^>]* id=/);
    const first = await container.renderToString(Cite, { props: { id: 'alliance-2025-11-05', n: '3', first: 'true' } });
    expect(first).toMatch(/<sup class="cite" id="cite-3"/);
  });
  it('refuses to render without a number (outside an article)', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'x' } })).rejects.toThrow(/was not numbered/);
  });
});
