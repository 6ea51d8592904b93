/**
 * The editors' component examples: one MDX file each in docs/examples/. The same files are copied into
 * docs/editing.md (between `<!-- example: name -->` and `<!-- /example -->`, by `npm run docs:fields`) and rendered,
 * beside their source, on the /styleguide/ page, so the guide and what readers see cannot disagree.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The examples in the order the guide and the style page show them. */
export const editorExamples = [
  { name: 'cite', title: 'Citation: <Cite>' },
  { name: 'term', title: 'Glossary term: <Term>' },
  { name: 'fig', title: 'Figure by reference: <Fig>' },
  { name: 'aside', title: 'Boxed note: <Aside>' },
  { name: 'figure', title: 'Image: <Figure>' },
  { name: 'known-unknown', title: 'What we know, what we don\u2019t: <KnownUnknown>' },
  { name: 'profit-chart', title: 'Chart: <ProfitChart>' },
  { name: 'incident-timeline', title: 'Chart: <IncidentTimeline>' },
  { name: 'baltic-map', title: 'Chart: <BalticMap>' },
] as const;

export const examplesDir = path.resolve('docs', 'examples');

/** An example's MDX source, as editors copy it. */
export const exampleSource = (name: string): string => fs.readFileSync(path.join(examplesDir, `${name}.mdx`), 'utf8').trimEnd();

/** docs/editing.md with every example block replaced by the current file's text. */
export function withExamples(markdown: string): string {
  return markdown.replace(/(<!-- example: ([a-z-]+) -->\n)[\s\S]*?(<!-- \/example -->)/g, (_m, open: string, name: string, close: string) => {
    return `${open}\`\`\`mdx\n${exampleSource(name)}\n\`\`\`\n${close}`;
  });
}
