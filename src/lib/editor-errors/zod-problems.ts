/**
 * Turns a schema's (zod's) issues into problems an editor can act on: the field as written in the file, its line, what
 * is wrong in plain words with the count where a limit is broken, and what to do. The schemas' own messages are kept
 * where they say more than zod's defaults.
 */
import type { Problem } from './problem';
import type { Locator } from './locate';
import { didYouMean } from './suggest';

export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  values?: unknown[];
  keys?: string[];
  format?: string;
}

type Path = (string | number)[];

/**
 * A value that may take one of several shapes (a lead visual is a chart, an image or a claims strip) fails as a whole
 * with zod's bare "Invalid input". This replaces such an issue by the issues of the shape the editor meant: the one
 * that knows every field they wrote (fewest unknown fields; shapes are strict objects), then the one missing fewest
 * fields, with the paths made whole.
 */
export function unionIssues(issues: readonly ZodIssueLike[]): ZodIssueLike[] {
  return issues.flatMap((issue) => {
    const branches = (issue as ZodIssueLike & { errors?: ZodIssueLike[][] }).errors;
    if (issue.code !== 'invalid_union' || !branches?.length) return [issue];
    const unknownKeys = (b: ZodIssueLike[]) => b.reduce((n, i) => n + (i.code === 'unrecognized_keys' ? (i.keys?.length ?? 1) : 0), 0);
    const missing = (b: ZodIssueLike[]) => b.filter((i) => i.code === 'invalid_type' && /received undefined/.test(i.message)).length;
    const best = [...branches].sort((a, b) => unknownKeys(a) - unknownKeys(b) || missing(a) - missing(b) || a.length - b.length)[0]!;
    return unionIssues(best.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}

/** `sources[0].url`: a field as an editor would find it in the file. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '');
}

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, p) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined), root);

/** Zod's own wording starts like this; a schema's message does not. */
const isDefaultMessage = (m: string) => /^(Invalid|Too (big|small)|Expected|Required|Unrecognized)/i.test(m);

/** A message that reads on from the field's name ("has 60 words…", "must be…") rather than after a colon. */
const readsOn = (m: string) => /^(has|is|are|must|needs|should|use|keep|say|write)\b/.test(m);

const describeValue = (v: unknown): string => {
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Date) return 'a date';
  if (typeof v === 'object') return 'a group of fields';
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  return `${typeof v === 'number' ? 'the number' : typeof v === 'boolean' ? 'the value' : 'a'} ${String(v)}`;
};

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date written as YYYY-MM-DD',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The problem for one issue. `raw` is the whole parsed file (or record); `base` is prefixed to paths for locating. */
export function issueToProblem(
  issue: ZodIssueLike,
  options: { file: string; raw: unknown; locate?: Locator; base?: Path; guide?: string },
): Problem {
  const { file, raw, locate, base = [], guide = 'docs/editing.md (field reference)' } = options;
  const path = issue.path.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number');
  const field = fieldName(path) || 'the file';
  const value = valueAt(raw, path);
  const custom = isDefaultMessage(issue.message) ? undefined : issue.message;
  const line = locate?.line([...base, ...path]);
  const said = (m: string) => (readsOn(m) ? `${field} ${m}` : `${field}: ${m}`);
  let message: string;
  let fix: string | undefined;

  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        message = custom ? said(custom) : `${field} is missing`;
        fix = `add a line "${String(path[path.length - 1] ?? field)}: …"; see ${guide}`;
      } else {
        message = `${field} should be ${expectedWords[issue.expected ?? ''] ?? issue.expected}, not ${describeValue(value)}`;
        if (custom) fix = custom;
      }
      break;
    case 'too_big':
    case 'too_small': {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const big = issue.code === 'too_big';
      if (typeof value === 'string') {
        message = `${field} has ${plural(value.length, 'character')}; the ${big ? 'limit is' : 'minimum is'} ${limit}`;
      } else if (Array.isArray(value)) {
        message =
          value.length === 0 && !big
            ? `${field} is empty; it needs at least ${plural(limit, 'item')}`
            : `${field} has ${plural(value.length, 'item')}; the ${big ? 'limit is' : 'minimum is'} ${limit}`;
      } else {
        message = `${field} is ${String(value)}; the ${big ? 'largest allowed is' : 'smallest allowed is'} ${limit}`;
      }
      fix = custom ?? (big ? 'shorten it' : 'write more');
      break;
    }
    case 'invalid_value': {
      const allowed = (issue.values ?? []).map(String);
      if (custom) {
        message = said(custom);
        break;
      }
      message = `${field} is ${describeValue(value)}, which is not on the list${typeof value === 'string' ? didYouMean(value, allowed) : ''}`;
      fix = `use one of: ${allowed.join(', ')}${custom ? `. ${custom}` : ''}`;
      break;
    }
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      message = `unknown field${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')}`;
      fix = `check the spelling against ${guide}, or delete the line`;
      break;
    }
    case 'invalid_format':
      message = custom ? said(custom) : `${field} is ${describeValue(value)}, which is not a valid ${issue.format ?? 'value'}`;
      if (!custom) fix = `see ${guide}`;
      break;
    default:
      message = said(custom ?? issue.message);
  }
  return { file, ...(line ? { line } : {}), message, ...(fix ? { fix } : {}) };
}
