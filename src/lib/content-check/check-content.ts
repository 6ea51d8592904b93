/**
 * Checks everything under content/ the way the build does, in about a second and without building: every file against
 * its schema (frontmatter too, with the field's line), every article's MDX (terms, citations, figures, charts, links,
 * images), and the own-words rule. `npm run check:content` prints the result; the build runs the same check first and
 * stops on the same problems, so nothing that passes the build fails later in `npm test`.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { z } from 'astro/zod';
import { contentDir } from '../content-paths';
import { relativeFile, type Problem } from '../editor-errors/problem';
import { locator } from '../editor-errors/locate';
import { issueToProblem, unionIssues, type ZodIssueLike } from '../editor-errors/zod-problems';
import { checkArticleTree } from '../mdx/remark-check-article';
import { ownWordsProblems } from '../own-words';
import { articleSchema } from '../../schemas/article';
import { glossarySchema } from '../../schemas/glossary';
import { chartSchema } from '../../charts/registry';
import { sourceSchema } from '../../schemas/source';
import {
  balticAssetSchema,
  balticIncidentSchema,
  balticResponseSchema,
  msFinancialSchema,
  policyEventSchema,
  ukIncidentSchema,
} from '../../schemas/datasets';

/** The data files and their schemas, as src/content.config.ts declares them. */
export const dataFiles: Record<string, z.ZodType> = {
  sources: sourceSchema,
  'ms-financials': msFinancialSchema,
  'uk-cyber-incidents': ukIncidentSchema,
  'policy-events': policyEventSchema,
  'baltic-incidents': balticIncidentSchema,
  'baltic-assets': balticAssetSchema,
  'baltic-responses': balticResponseSchema,
};

const filesIn = (dir: string, ext: string) => {
  const d = contentDir(dir);
  return fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith(ext) && !f.startsWith('_')).sort().map((f) => path.join(d, f)) : [];
};

/** A YAML or JSON syntax error as a problem at its line. */
function syntaxProblem(file: string, error: unknown, firstLine = 1): Problem {
  const e = error as { mark?: { line: number }; reason?: string; message?: string };
  return {
    file: relativeFile(file),
    ...(e.mark ? { line: e.mark.line + firstLine } : {}),
    message: `the file cannot be read: ${e.reason ?? e.message ?? String(error)}`,
    fix: 'check the indentation, the colon after each field name, and that text with a colon or # in it is in "quotes"',
  };
}

/** Validates one parsed value against a schema; problems carry the field's line. */
export function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  options: { file: string; text: string; firstLine?: number; base?: (string | number)[] },
): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  const locate = locator(options.text, options.firstLine ?? 1);
  return unionIssues(result.error.issues as unknown as ZodIssueLike[]).map((issue) =>
    issueToProblem(issue, { file: relativeFile(options.file), raw: value, locate, base: options.base }),
  );
}

/** Splits an MDX file into its frontmatter text and a body with the frontmatter blanked, so body lines keep their numbers. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } | undefined {
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) return undefined;
  const blank = '\n'.repeat(m[0].split('\n').length - 1);
  return { frontmatter: m[1]!, body: blank + text.slice(m[0].length) };
}

/** One article: frontmatter against the schema, then the MDX body through the same checker the build runs. */
export function checkArticleFile(file: string, text = fs.readFileSync(file, 'utf8')): Problem[] {
  const parts = splitFrontmatter(text);
  if (!parts) {
    return [{ file: relativeFile(file), line: 1, message: 'the article has no frontmatter', fix: 'start the file with a block of fields between two --- lines (npm run new -- article "Title" writes one)' }];
  }
  let data: unknown;
  try {
    data = yaml.load(parts.frontmatter) ?? {};
  } catch (error) {
    return [syntaxProblem(file, error, 2)];
  }
  const problems = schemaProblems(articleSchema, data, { file, text: parts.frontmatter, firstLine: 2 });
  let tree;
  try {
    tree = unified().use(remarkParse).use(remarkMdx).parse(parts.body);
  } catch (error) {
    const e = error as { line?: number; place?: { line?: number; start?: { line: number } }; reason?: string; message?: string };
    const line = e.line ?? e.place?.start?.line ?? e.place?.line;
    problems.push({
      file: relativeFile(file),
      ...(line ? { line } : {}),
      message: `the MDX cannot be read: ${e.reason ?? e.message}`,
      fix: 'look for a < or { in the text (write &lt; and \\{ instead), an unclosed component, or a component whose closing tag is indented. See docs/editing.md, "Common MDX mistakes"',
    });
    return problems;
  }
  const frontmatter = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  problems.push(...checkArticleTree(tree as never, { file, frontmatter }).problems);
  return problems;
}

/** One YAML file (a glossary term or a chart) against its schema. */
export function checkYamlFile(file: string, schema: z.ZodType, text = fs.readFileSync(file, 'utf8'), extra: Record<string, unknown> = {}): Problem[] {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    return [syntaxProblem(file, error)];
  }
  return schemaProblems(schema, data && typeof data === 'object' ? { ...extra, ...data } : data, { file, text });
}

/** One data file: every record (an array of records with ids, or an object keyed by id) against its schema. */
export function checkDataFile(file: string, schema: z.ZodType, text = fs.readFileSync(file, 'utf8')): Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = String((error as Error).message).match(/line (\d+)/);
    return [{ file: relativeFile(file), ...(m ? { line: Number(m[1]) } : {}), message: `the file is not valid JSON: ${(error as Error).message}`, fix: 'look for a missing comma or quote, or a comma after the last item' }];
  }
  const entries: [string | number, unknown][] = Array.isArray(data) ? data.map((r, i) => [i, r]) : Object.entries(data as object);
  return entries.flatMap(([key, record]) => {
    const value = Array.isArray(data) ? record : { id: key, ...(record as object) };
    const id = (value as { id?: unknown })?.id ?? key;
    return schemaProblems(schema, value, { file, text, base: [key] }).map((p) => ({ ...p, message: `record "${String(id)}", ${p.message}` }));
  });
}

/** Everything: schemas, MDX and the own-words rule. Empty when the content is ready to build. */
export function checkContent(): Problem[] {
  return [
    ...filesIn('articles', '.mdx').flatMap((f) => checkArticleFile(f)),
    ...filesIn('glossary', '.yaml').flatMap((f) => checkYamlFile(f, glossarySchema)),
    ...filesIn('charts', '.yaml').flatMap((f) => checkYamlFile(f, chartSchema)),
    ...Object.entries(dataFiles).flatMap(([name, schema]) => {
      const f = contentDir('data', `${name}.json`);
      return fs.existsSync(f) ? checkDataFile(f, schema) : [];
    }),
    ...ownWordsProblems(),
  ];
}
