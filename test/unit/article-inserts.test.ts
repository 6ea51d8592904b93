/**
 * Where the build places what an article's frontmatter asks for (src/lib/mdx/remark-article-inserts.ts): the compact
 * in-brief box, the lead visual and the contents, in reading order, and a lead chart's heading level.
 */
import { describe, expect, it } from 'vitest';
import { remarkArticleInserts } from '../../src/lib/mdx/remark-article-inserts';

/** The plugin's own tree node type. */
type Node = Parameters<ReturnType<typeof remarkArticleInserts>>[0];
const p = (): Node => ({ type: 'paragraph', children: [] });
const h2 = (): Node => ({ type: 'heading', depth: 2, children: [] });

/** The body's order after the inserts, paragraphs as "p", headings as "h2", inserted elements by name (with nested). */
function placed(frontmatter: Record<string, unknown>, body: Node[] = [p(), p(), h2(), p()]): string[] {
  const tree: Node = { type: 'root', children: body };
  remarkArticleInserts()(tree, { path: '/x/content/articles/demo.mdx', data: { astro: { frontmatter } } });
  return (tree.children ?? []).map((n) =>
    n.type === 'paragraph' ? 'p' : n.type === 'heading' ? `h${n.depth}` : `${n.name}${n.attributes?.some((a) => a.name === 'nested') ? '(nested)' : ''}`,
  );
}

const brief = { known: ['a'], unknown: ['b'] };

describe('article inserts', () => {
  it('puts the in-brief box after the first paragraph by default, and the contents before the first section', () => {
    expect(placed({ in_brief: brief })).toEqual(['p', 'InBrief', 'p', 'ArticleContents', 'h2', 'p']);
  });

  it('puts the in-brief box before a lead visual placed at the same spot', () => {
    expect(placed({ in_brief: brief, lead_visual: { chart: 'ms-profit', place: 'after-first-paragraph' } })).toEqual([
      'p', 'InBrief', 'LeadVisual', 'p', 'ArticleContents', 'h2', 'p',
    ]);
    expect(placed({ in_brief: { ...brief, place: 'top' }, lead_visual: { chart: 'ms-profit' } })).toEqual([
      'InBrief', 'LeadVisual', 'p', 'p', 'ArticleContents', 'h2', 'p',
    ]);
  });

  it('keeps the old place before the contents on request', () => {
    expect(placed({ in_brief: { ...brief, place: 'before-contents' }, lead_visual: { chart: 'ms-profit', place: 'top' } })).toEqual([
      'LeadVisual', 'p', 'p', 'InBrief', 'ArticleContents', 'h2', 'p',
    ]);
  });

  it('marks a lead visual that falls under a ## heading, so its chart title is an h3', () => {
    expect(placed({ lead_visual: { chart: 'ms-profit', place: 'after-first-paragraph' } }, [h2(), p(), p()])).toEqual([
      'ArticleContents', 'h2', 'p', 'LeadVisual(nested)', 'p',
    ]);
  });
});
