import { describe, expect, it } from 'vitest';
import { primaryFirst, sourceLineParts, sourceLineText } from '../../src/lib/source-line';
import { renderStatic } from '../../src/charts/frame/render-static';
import { SourceLine } from '../../src/charts/frame/SourceLine';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import SourceEntry from '../../src/components/source/SourceEntry.astro';

const copy = { publisher: 'Reuters', title: 'M&S first-half profit hammered', date: '2025-11-05', url: 'https://example.org/rte', read_via: { publisher: 'RTÉ' } };
const own = { publisher: 'NATO', title: 'Statement', date: '2025-12', url: null, primary: true };

describe('source line', () => {
  it('names the original, dates it at the precision known and says where only a copy was read', () => {
    expect(sourceLineParts(copy)).toEqual({
      primary: false,
      publisher: 'Reuters',
      title: 'M&S first-half profit hammered',
      href: 'https://example.org/rte',
      date: '5 November 2025',
      readVia: 'read via a republished copy at RTÉ',
    });
    expect(sourceLineText(own)).toBe('Primary document: NATO, Statement, December 2025');
    expect(sourceLineText(copy)).toBe('Reuters, M&S first-half profit hammered, 5 November 2025 (read via a republished copy at RTÉ)');
  });

  it('puts primary documents first and keeps the order otherwise', () => {
    const list = [{ id: 'a' }, { id: 'b', primary: true }, { id: 'c', primary: false }, { id: 'd', primary: true }];
    expect(primaryFirst(list).map((s) => s.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('renders the same markup in React as the Astro component', async () => {
    const source = { ...copy, primary: true };
    const html = renderStatic(SourceLine, { source });
    const container = await AstroContainer.create();
    const astro = await container.renderToString(SourceEntry, { props: { source } });
    expect(astro.replace(/&#38;/g, '&amp;')).toBe(html);
    expect(html).toBe(
      '<span class="source-line"><span class="src-primary">Primary document</span> <span class="src-publisher">Reuters</span>, <a href="https://example.org/rte" rel="noopener">M&amp;S first-half profit hammered</a>, 5 November 2025 <span class="src-via">(read via a republished copy at RTÉ)</span></span>',
    );
  });
});
