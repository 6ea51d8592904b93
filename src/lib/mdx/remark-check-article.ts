/**
 * A remark plugin run on every MDX article at build time. It
 * - checks every <Term slug>, <Fig of>, chart `chart=`, <Cite id> and internal link against what exists,
 *   and stops the build with the file and the bad value named;
 * - numbers citations in order of first use (adds n="…" to each <Cite>, and first="true" to the first citation of
 *   each source, which the source list links back to) and records the order;
 * - prefixes internal markdown links with the base path;
 * - records the word count for the reading time.
 * Results go to the entry's remarkPluginFrontmatter: { citationOrder, wordCount }.
 */
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { knownIds } from '../known-ids';
import { knownRoutes, normaliseInternalPath } from '../routes';
import { withBase } from '../paths';
import { chartComponents } from './chart-components';
import { FigureError, resolveFigure } from '../figures';

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: JsxAttribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}
interface VFileLike {
  path?: string;
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const attr = (node: Node, name: string): string | undefined => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
};

/** The ids an article may cite: its own frontmatter sources and everything in content/data/sources.json. */
function citableIds(frontmatter: Record<string, unknown>): Set<string> {
  const own = Array.isArray(frontmatter.sources)
    ? frontmatter.sources.map((s) => (typeof s === 'string' ? s : (s as { id?: string })?.id))
    : [];
  return new Set([...own.filter((x): x is string => typeof x === 'string'), ...knownIds().sources]);
}

export class ArticleReferenceError extends Error {}

export function remarkCheckArticle(options: { base?: string } = {}) {
  const base = options.base ?? '/';
  return (tree: Node, file: VFileLike) => {
    const where = file.path ? path.relative(process.cwd(), file.path) : 'an MDX file';
    const problems: string[] = [];
    const at = (node: Node) => (node.position ? `${where}:${node.position.start.line}` : where);
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    const ids = knownIds();
    const routes = knownRoutes();
    const citable = citableIds(frontmatter);
    const citationOrder: string[] = [];
    let words = 0;

    const checkLink = (node: Node, href: string | undefined): string | undefined => {
      if (!href || !href.startsWith('/') || href.startsWith('//')) return href;
      if (!routes.has(normaliseInternalPath(href))) {
        problems.push(`${at(node)}: internal link "${href}" points at no page`);
        return href;
      }
      return withBase(href, base);
    };

    visit(tree as never, (node: Node) => {
      if (node.type === 'text' && node.value) words += node.value.split(/\s+/).filter(Boolean).length;
      if (node.type === 'link') node.url = checkLink(node, node.url);
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if (name === 'Term') {
        const slug = attr(node, 'slug');
        if (!slug) problems.push(`${at(node)}: <Term> needs a slug="…"`);
        else if (!ids.glossary.has(slug)) problems.push(`${at(node)}: unknown glossary term "${slug}" (no content/glossary/${slug}.yaml)`);
      } else if (name === 'Fig') {
        const of = attr(node, 'of');
        if (!of) problems.push(`${at(node)}: <Fig> needs an of="record-id" (or "record-id.field")`);
        else {
          try {
            resolveFigure(of);
          } catch (error) {
            if (!(error instanceof FigureError)) throw error;
            problems.push(`${at(node)}: <Fig of="${of}">: ${error.message}`);
          }
        }
      } else if (name === 'Cite') {
        const id = attr(node, 'id');
        if (!id) problems.push(`${at(node)}: <Cite> needs an id="…"`);
        else if (!citable.has(id)) problems.push(`${at(node)}: unknown source id "${id}" in <Cite> (not in the article's sources or content/data/sources.json)`);
        else {
          const first = !citationOrder.includes(id);
          if (first) citationOrder.push(id);
          node.attributes = [
            ...(node.attributes ?? []).filter((a) => a.name !== 'n' && a.name !== 'first'),
            { type: 'mdxJsxAttribute', name: 'n', value: String(citationOrder.indexOf(id) + 1) },
            ...(first ? [{ type: 'mdxJsxAttribute', name: 'first', value: 'true' }] : []),
          ];
        }
      } else if (chartComponents.includes(name)) {
        const chart = attr(node, 'chart');
        const old = attr(node, 'dataset');
        if (old !== undefined) problems.push(`${at(node)}: <${name} dataset="${old}"> uses the old name: write chart="${old}" instead of dataset="${old}"`);
        else if (!chart) problems.push(`${at(node)}: <${name}> needs a chart="…" (the id of a file in content/charts/)`);
        else if (!ids.charts.has(chart)) problems.push(`${at(node)}: unknown chart "${chart}" in <${name}> (no content/charts/${chart}.yaml)`);
      } else if (name === 'a') {
        const hrefAttr = node.attributes?.find((a) => a.name === 'href');
        if (hrefAttr && typeof hrefAttr.value === 'string') hrefAttr.value = checkLink(node, hrefAttr.value);
      }
    });

    if (problems.length > 0) {
      throw new ArticleReferenceError(`${where} has ${problems.length} broken reference(s):\n  - ${problems.join('\n  - ')}`);
    }
    frontmatter.citationOrder = citationOrder;
    frontmatter.wordCount = words;
    file.data.astro.frontmatter = frontmatter;
  };
}
