/**
 * A remark plugin run on every MDX article before the reference checker. It places what the frontmatter asks for in
 * the body, so it reads in the right order with or without styles:
 * - `lead_visual`: <LeadVisual article="slug"> before the first paragraph (place: top) or after it
 *   (place: after-first-paragraph). A claims strip's source ids become <Cite> elements in named slots, so they are
 *   checked and numbered with the article's other citations;
 * - `in_brief`: <InBrief article="slug" /> after the first paragraph (its `place`: after-first-paragraph, the default),
 *   before it (top) or before the first `##` heading (before-contents); at the same spot it comes before the lead
 *   visual, so a tall chart or map does not push "what we know" off the first screens;
 * - before the first `##` heading: <ArticleContents article="slug" /> (the table of contents).
 * - groups citations written next to each other (nothing but spaces between them): every <Cite> followed directly by
 *   another gets more="true", every one after the first gets grouped="true", and the spaces between them go, so the
 *   group renders as "1, 2" and stays together (see src/components/mdx/Cite.astro).
 * The components are passed to the article's <Content> by src/pages/articles/[slug].astro.
 */
import path from 'node:path';

interface Node {
  type: string;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name: string; value: string }[];
  children?: Node[];
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const jsx = (name: string, attrs: Record<string, string>, children: Node[] = []): Node => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attrs).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
  children,
});

interface LeadVisualFrontmatter {
  place?: string;
  claims?: { sources?: unknown }[];
}

const isCite = (n: Node | undefined) => (n?.type === 'mdxJsxTextElement' || n?.type === 'mdxJsxFlowElement') && n.name === 'Cite';
const setAttr = (n: Node, name: string) => {
  n.attributes = [...(n.attributes ?? []).filter((a) => a.name !== name), { type: 'mdxJsxAttribute', name, value: 'true' }];
};

/** Marks runs of adjacent citations in every parent node (see the module comment). */
export function groupCitations(node: Node): void {
  const kids = node.children;
  if (!kids) return;
  for (let i = 0; i < kids.length; i++) {
    const here = kids[i]!;
    if (!isCite(here)) continue;
    // Drop whitespace-only text between two citations.
    while (kids[i + 1]?.type === 'text' && /^\s*$/.test((kids[i + 1] as { value?: string }).value ?? '') && isCite(kids[i + 2])) kids.splice(i + 1, 1);
    if (isCite(kids[i + 1])) {
      setAttr(here, 'more');
      setAttr(kids[i + 1]!, 'grouped');
    }
  }
  for (const k of kids) groupCitations(k);
}

export function remarkArticleInserts() {
  return (tree: Node, file: VFileLike) => {
    if (!file.path || !tree.children) return;
    const slug = path.basename(file.path).replace(/\.mdx?$/, '');
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const body = tree.children;
    const firstHeading = body.findIndex((n) => n.type === 'heading' && n.depth === 2);
    const firstParagraph = body.findIndex((n) => n.type === 'paragraph');
    /** Where `place` puts an insert, as an index into the body before anything is inserted; -1 for nowhere. */
    const spot = (place: unknown): number =>
      place === 'before-contents'
        ? firstHeading
        : place === 'after-first-paragraph' && firstParagraph >= 0
          ? firstParagraph + 1
          : firstParagraph >= 0
            ? firstParagraph
            : 0;
    // Inserts at the same spot keep this order: in brief, lead visual, contents.
    const inserts: { at: number; rank: number; node: Node }[] = [];
    if (firstHeading >= 0) inserts.push({ at: firstHeading, rank: 2, node: jsx('ArticleContents', { article: slug }) });
    const brief = frontmatter.in_brief as { place?: string } | undefined;
    if (brief && typeof brief === 'object') {
      const at = spot(brief.place ?? 'after-first-paragraph');
      if (at >= 0) inserts.push({ at, rank: 0, node: jsx('InBrief', { article: slug }) });
    }
    const lead = frontmatter.lead_visual as LeadVisualFrontmatter | undefined;
    if (lead && typeof lead === 'object') {
      const slots = (lead.claims ?? []).map((row, i) =>
        jsx(
          'Fragment',
          { slot: `cites-${i}` },
          (Array.isArray(row.sources) ? row.sources : []).filter((s): s is string => typeof s === 'string').map((id) => jsx('Cite', { id })),
        ),
      );
      const at = spot(lead.place === 'after-first-paragraph' ? 'after-first-paragraph' : 'top');
      // Under a ## heading already (an article that opens with one), a lead chart's title is an h3 as in the text.
      const nested = body.slice(0, at).some((n) => n.type === 'heading' && n.depth === 2);
      inserts.push({ at, rank: 1, node: jsx('LeadVisual', { article: slug, ...(nested ? { nested: 'true' } : {}) }, slots) });
    }
    // Last spot first, so earlier indexes stay right; at one spot the highest rank first, so it ends up last.
    inserts.sort((a, b) => b.at - a.at || b.rank - a.rank);
    for (const { at, node } of inserts) body.splice(at, 0, node);
    groupCitations(tree);
  };
}
