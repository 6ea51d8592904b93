/**
 * A content problem as an editor sees it: the file and line, what is wrong in plain words, and what to do.
 * Every check (schemas, the MDX checker, images, the own-words rule) reports these, and one formatter prints them
 * as a single block without a stack trace, for `npm run build`, `npm run check:content` and the dev server alike.
 */
import path from 'node:path';

export interface Problem {
  /** The file, relative to the project (content/articles/x.mdx). */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** What is wrong, in plain words: `short_definition has 60 words; the limit is 30`. */
  message: string;
  /** What to do about it, where there is something specific to say. */
  fix?: string;
}

/** A file path as editors see it: relative to the project folder. */
export const relativeFile = (file: string): string => path.relative(process.cwd(), path.resolve(file)) || file;

/** `content/x.mdx:12`, or the file alone when the line is unknown. */
export const where = (p: Pick<Problem, 'file' | 'line'>): string => (p.line ? `${p.file}:${p.line}` : p.file);

/** One problem as lines of the block. */
export function formatProblem(p: Problem): string {
  return [`${where(p)}`, `  ${p.message}`, ...(p.fix ? [`  What to do: ${p.fix}`] : [])].join('\n');
}

/** All problems as one block, in file and line order. */
export function formatProblems(problems: readonly Problem[], heading?: string): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
  const title = heading ?? `Content check: ${count} to fix. The guide for editors is docs/editing.md.`;
  return [title, '', ...sorted.map(formatProblem).flatMap((b) => [b, ''])].join('\n').trimEnd();
}

/**
 * An error whose message is already written for editors: printed as it is, without a stack trace
 * (the stack is emptied, so Astro and Node show the message alone).
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], heading?: string) {
    super(formatProblems(problems, heading));
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = `${this.name}: ${this.message}`;
  }
}
