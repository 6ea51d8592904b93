/**
 * A remark plugin run on every MDX article at build time. It
 * - checks every <Term slug>, <Fig of>, chart `chart=`, <Cite id> and internal link against what exists, and every
 *   image (<Figure> and Markdown ![alt](src)): file in content/images/, alt text or `decorative`, credit;
 *   and stops the build with the file and the bad value named;
 * - numbers citations in order of first use (adds n="…" to each <Cite>, and first="true" to the first citation of
 *   each source, which the source list links back to) and records the order;
 * - prefixes internal markdown links with the base path;
 * - records the word count for the reading time.
 * Results go to the entry's remarkPluginFrontmatter: { citationOrder, wordCount }.
 */
import fs from 'node:fs';
import path from 'node:path';
import { visit } from 'unist-util-visit';
import { knownIds } from '../known-ids';
import { knownRoutes, normaliseInternalPath } from '../routes';
import { withBase } from '../paths';
import { chartComponents } from './chart-components';
import { checkTimelineOptions, TIMELINE_OPTION_NAMES } from '../../charts/timeline/options';
import { timelineVocabulary } from '../../charts/timeline/option-vocabulary';
import { checkMapOptions, MAP_OPTION_NAMES, mapVocabulary } from '../../charts/baltic-map/options';
import { ContentError, relativeFile, type Problem } from '../editor-errors/problem';
import { didYouMean } from '../editor-errors/suggest';
import { unknownTerm } from '../editor-errors/messages';
import { caveatInSentenceProblem, FigureError, resolveFigure, sentenceAround } from '../figures';
import { imageNameProblem, imageNames, imagesDir, isInImagesDir } from '../content-images';

/** What <Figure> takes from editors (src/components/mdx/Figure.astro). */
const FIGURE_ATTRIBUTES = ['src', 'alt', 'decorative', 'caption', 'credit', 'wide'];

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

/** A block's text as readers read it, with `target` (a node inside it) marked by U+0000 so it can be found. */
function textWithMark(node: Node, target: Node): string {
  if (node === target) return '\u0000';
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.name === 'Cite') return '';
  return (node.children ?? []).map((child) => textWithMark(child, target)).join('');
}

export interface ArticleCheck {
  problems: Problem[];
  citationOrder: string[];
  wordCount: number;
}

/**
 * Checks one article's parsed MDX (an mdast tree with MDX nodes) against what exists, numbers its citations and
 * prefixes internal links with `base` (both in place). Used by the remark plugin below and by `npm run check:content`.
 */
export function checkArticleTree(tree: Node, options: { file: string; frontmatter: Record<string, unknown>; base?: string }): ArticleCheck {
  const { frontmatter } = options;
  const base = options.base ?? '/';
  const where = relativeFile(options.file);
  const problems: Problem[] = [];
  const report = (node: Node, message: string, fix?: string) =>
    problems.push({ file: where, ...(node.position ? { line: node.position.start.line } : {}), message, ...(fix ? { fix } : {}) });
  {
    const ids = knownIds();
    const routes = knownRoutes();
    const citable = citableIds(frontmatter);
    const citationOrder: string[] = [];
    const lead = frontmatter.lead_visual as { chart?: unknown } | undefined;
    const leadChart = lead && typeof lead === 'object' && typeof lead.chart === 'string' ? lead.chart : undefined;
    /** The charts placed in the text so far, with the line of each. */
    const placedCharts = new Map<string, number | undefined>();
    let words = 0;

    const checkLink = (node: Node, href: string | undefined): string | undefined => {
      if (!href || !href.startsWith('/') || href.startsWith('//')) return href;
      if (!routes.has(normaliseInternalPath(href))) {
        report(
          node,
          `internal link "${href}" points at no page${didYouMean(normaliseInternalPath(href), routes)}`,
          'link to a page that exists, written as a site path: /glossary/shadow-fleet/, /articles/<file name>/',
        );
        return href;
      }
      return withBase(href, base);
    };

    /** A Markdown image, ![alt](src): it must say what it shows, and its file must be in content/images/. */
    const checkImage = (node: Node & { alt?: string | null }) => {
      const src = node.url ?? '';
      if (!node.alt || !node.alt.trim()) {
        report(
          node,
          `the image ${src ? `"${src}" ` : ''}has no alt text`,
          'say what the image shows inside the brackets: ![Repair ship over the cable, December 2024](…). If it only decorates, use <Figure src="name.png" decorative credit="…" /> instead',
        );
      }
      if (!src || /^[a-z]+:|^\/\//i.test(src)) {
        if (src) report(node, `the image "${src}" is on another site`, 'the site makes no requests to other sites: save the file in content/images/ (if its licence allows) and write ![…](../images/name.png)');
        return;
      }
      const file = path.resolve(path.dirname(options.file), src.split(/[?#]/)[0]!);
      if (src.startsWith('/') || !isInImagesDir(file)) {
        report(
          node,
          `the image "${src}" is not in content/images/`,
          'keep article images in content/images/ and write the path from the article, ![…](../images/name.png), or use <Figure src="name.png" alt="…" credit="…" /> for a caption and credit',
        );
      } else if (!fs.existsSync(file)) {
        report(
          node,
          `the image file "${src}" does not exist (looked for ${relativeFile(file)})${didYouMean(path.relative(imagesDir(), file).split(path.sep).join('/'), imageNames())}`,
          'check the file name and that the file is in content/images/; see docs/editing.md, "Images"',
        );
      }
    };

    /** <Figure src alt|decorative caption credit>: see src/components/mdx/Figure.astro. */
    const checkFigure = (node: Node) => {
      const attrs = node.attributes ?? [];
      const has = (n: string) => attrs.some((a) => a.type === 'mdxJsxAttribute' && a.name === n);
      for (const a of attrs) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) {
          report(node, '<Figure> takes only attributes written out: src="…" alt="…" caption="…" credit="…"');
        } else if (!FIGURE_ATTRIBUTES.includes(a.name)) {
          report(node, `<Figure> has no attribute ${a.name}=${didYouMean(a.name, FIGURE_ATTRIBUTES)}`, `use ${FIGURE_ATTRIBUTES.join(', ')}`);
        } else if (a.name === 'wide') {
          if (a.value !== null && a.value !== undefined) report(node, '<Figure wide="…">: write wide alone, without a value', 'write wide to show the image in the wide column, or leave it out for the text column');
        } else if (a.name !== 'decorative' && typeof a.value !== 'string') {
          report(node, `<Figure ${a.name}={…}>: write the ${a.name} as text in quotes`, `${a.name}="…"`);
        }
      }
      const src = attr(node, 'src');
      const label = `<Figure src="${src ?? ''}">`;
      if (!src) report(node, '<Figure> needs a src="…": the file\'s name in content/images/', 'put the image in content/images/ and write src="name.png"');
      else {
        const said = imageNameProblem(src, 'src');
        if (said) report(node, said.message, said.fix);
      }
      const decorative = has('decorative') && attrs.find((a) => a.name === 'decorative')?.value !== 'false';
      const alt = attr(node, 'alt');
      const altWritten = attrs.find((a) => a.name === 'alt');
      if (altWritten && typeof altWritten.value !== 'string') {
        // reported above: an expression, not text
      } else if (decorative && alt?.trim()) {
        report(
          node,
          `${label} has alt text and is marked decorative`,
          'choose one: keep alt="…" if the image tells the reader something, or only decorative if it adds nothing a reader needs',
        );
      } else if (!decorative && !has('alt')) {
        report(
          node,
          `${label} has no alt text`,
          'add alt="…" saying what the image shows, for readers who cannot see it (a sentence, not "image" or "map"); if it only decorates, write decorative instead',
        );
      } else if (!decorative && !alt?.trim()) {
        report(
          node,
          `${label} has an empty alt=""`,
          'an empty alt hides the image from screen readers, which is only right for decoration: say what it shows in alt="…", or, if it only decorates, write decorative instead of alt=""',
        );
      }
      if (!attr(node, 'credit')?.trim()) {
        report(
          node,
          `${label} has no credit`,
          'add credit="…": who made it and under what licence, e.g. credit="Map: Grey Zone, from Natural Earth (public domain)"',
        );
      }
    };

    visit(tree as never, (node: Node, _index: number | undefined, parent: Node | undefined) => {
      if (node.type === 'text' && node.value) words += node.value.split(/\s+/).filter(Boolean).length;
      if (node.type === 'link') node.url = checkLink(node, node.url);
      if (node.type === 'image') checkImage(node);
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const name = node.name ?? '';
      if (name === 'Figure') checkFigure(node);
      else if (name === 'Term') {
        const slug = attr(node, 'slug');
        if (!slug) report(node, `<Term> needs a slug="…"`);
        else if (!ids.glossary.has(slug)) {
          const said = unknownTerm(slug);
          report(node, said.message, said.fix);
        }
      } else if (name === 'Fig') {
        const of = attr(node, 'of');
        if (!of) report(node, `<Fig> needs an of="record-id" (or "record-id.field")`);
        else {
          const flag = (name: string) => node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === name) ?? false;
          try {
            const figure = resolveFigure(of, { noYear: flag('noYear'), inWords: flag('inWords') });
            if (flag('caveatInSentence')) {
              // The sentence around the figure, within its paragraph or list item, must state the caveat it leaves out.
              const text = parent ? textWithMark(parent, node) : '';
              const at = text.indexOf('\u0000');
              const problem = caveatInSentenceProblem(figure, sentenceAround(text, at, at + 1).replace('\u0000', figure.text), 'caveatInSentence');
              if (problem) report(node, `<Fig of="${of}" caveatInSentence>: ${problem}`);
            }
          } catch (error) {
            if (!(error instanceof FigureError)) throw error;
            report(node, `<Fig of="${of}">: ${error.message}`);
          }
        }
      } else if (name === 'Cite') {
        const id = attr(node, 'id');
        if (!id) report(node, `<Cite> needs an id="…"`);
        else if (!citable.has(id)) report(
            node,
            `unknown source id "${id}" in <Cite>${didYouMean(id, citable)}`,
            "cite an id from the article's sources (its frontmatter) or from content/data/sources.json",
          );
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
        if (old !== undefined) report(node, `<${name} dataset="${old}">: dataset= is the old name of chart=`, `write <${name} chart="${old}" />`);
        else if (!chart) report(node, `<${name}> needs a chart="…" (the id of a file in content/charts/)`);
        else if (!ids.charts.has(chart)) report(node, `unknown chart "${chart}" in <${name}>${didYouMean(chart, ids.charts)}`, `use the id of a file in content/charts/ (${[...ids.charts].sort().join(', ')})`);
        else if (chart === leadChart || placedCharts.has(chart)) {
          // A chart is shown once per page: its figure, title and controls carry ids made from the chart's id.
          const first = chart === leadChart ? 'as the lead visual (lead_visual in the frontmatter)' : `at line ${placedCharts.get(chart) ?? '?'}`;
          report(node, `<${name} chart="${chart}">: this chart is already on the page, ${first}`, 'show a chart once per page: remove one of them');
        } else if (name === 'IncidentTimeline') {
          // The timeline's slice options (highlight=, only=, from=, to=, compact=), checked against its chart file.
          const vocabulary = timelineVocabulary(chart);
          const options = Object.fromEntries(TIMELINE_OPTION_NAMES.map((o) => [o, attr(node, o)]).filter(([, v]) => v !== undefined));
          if (vocabulary) {
            for (const problem of checkTimelineOptions(options, vocabulary)) {
              report(node, `<IncidentTimeline chart="${chart}"> ${problem}`, 'see "Chart options" in docs/editing.md');
            }
          }
        } else if (name === 'BalticMap') {
          // The map's options (highlight=, compact=), checked against its chart file's incidents.
          const incidents = mapVocabulary(chart);
          const options = Object.fromEntries(MAP_OPTION_NAMES.map((o) => [o, attr(node, o)]).filter(([, v]) => v !== undefined));
          if (incidents) {
            for (const problem of checkMapOptions(options, incidents)) {
              report(node, `<BalticMap chart="${chart}"> ${problem}`, 'see "Chart options" in docs/editing.md');
            }
          }
        }
        if (chart && !placedCharts.has(chart)) placedCharts.set(chart, node.position?.start.line);
      } else if (name === 'a') {
        const hrefAttr = node.attributes?.find((a) => a.name === 'href');
        if (hrefAttr && typeof hrefAttr.value === 'string') hrefAttr.value = checkLink(node, hrefAttr.value);
      }
    });

    return { problems, citationOrder, wordCount: words };
  }
}

/** The remark plugin: stops the build (or shows the dev server's error page) with one block naming file and line. */
export function remarkCheckArticle(options: { base?: string } = {}) {
  return (tree: Node, file: VFileLike) => {
    const frontmatter = (file.data.astro ??= {}).frontmatter ?? {};
    const result = checkArticleTree(tree, { file: file.path ?? 'an MDX file', frontmatter, base: options.base });
    if (result.problems.length > 0) throw new ContentError(result.problems);
    frontmatter.citationOrder = result.citationOrder;
    frontmatter.wordCount = result.wordCount;
    file.data.astro.frontmatter = frontmatter;
  };
}
