/**
 * Figure references in a chart entry's words (the kinds and their schemas are in src/charts/registry.ts).
 * A chart's words may write a figure by reference, {record-id} or {record-id.field}: it is replaced by the figure and its
 * caveat (src/lib/figures.ts). The profit chart's `figure_notes` keep their own placeholders (src/charts/profit).
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { contentDir } from '../lib/content-paths';
import { fillFigureRefs, FIGURE_REF, FigureError } from '../lib/figures';

/** The chart file that holds `text`, for error messages (the schema does not know its entry's id). */
function chartFileWith(text: string): { where: string; raw?: string } {
  const dir = contentDir('charts');
  const needle = text.match(FIGURE_REF)?.[0] ?? text;
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const raw = fs.readFileSync(path.join(dir, f), 'utf8');
    if (raw.includes(needle)) return { where: `content/charts/${f}`, raw };
  }
  return { where: 'content/charts' };
}

/** Fills references in every string of a chart entry except `figure_notes`. */
function fillIn(value: unknown, key: string, problems: string[]): unknown {
  if (key === 'figure_notes') return value;
  if (typeof value === 'string') {
    if (!value.match(FIGURE_REF)) return value;
    try {
      const { where, raw } = chartFileWith(value);
      return fillFigureRefs(value, where, raw);
    } catch (error) {
      if (!(error instanceof FigureError)) throw error;
      problems.push(error.message);
      return value;
    }
  }
  if (Array.isArray(value)) return value.map((v) => fillIn(v, key, problems));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillIn(v, k, problems)]));
  }
  return value;
}

/**
 * A chart schema whose entries have their figure references filled in (errors name the chart file). References are
 * filled before the schema checks the entry, so length limits (a title's 120 characters) count the words readers
 * see, and a title can carry a figure by reference ("… fell by {ms-h1-2526-statutory-pbt.reported_change_pct}").
 */
export function withFigureRefs<T>(schema: z.ZodType<T>) {
  return z.preprocess((entry, ctx) => {
    const problems: string[] = [];
    const filled = fillIn(entry, '', problems);
    for (const message of problems) ctx.issues.push({ code: 'custom', input: entry, message });
    return filled;
  }, schema);
}
