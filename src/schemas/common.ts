/**
 * Building blocks shared by every schema: dates, source ids and the checks that make a wrong id fail the build.
 */
import { z } from 'astro/zod';
import { knownIds } from '../lib/known-ids';
import { unknownSourceMessage, unknownTermMessage } from '../lib/editor-errors/messages';

export { unknownSourceMessage, unknownTermMessage };

/** A calendar date written as YYYY-MM-DD, YYYY-MM or YYYY (as precise as the reporting allows). */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date written as YYYY-MM-DD, YYYY-MM or YYYY')
  .meta({ type: 'date (YYYY-MM-DD, YYYY-MM or YYYY)' });

/** How precisely a date is known. `approx` and `approximate` both mean "around then". */
export const datePrecision = z.enum(['day', 'hour', 'month', 'approx', 'approximate']);

/** An id from content/data/sources.json. Unknown ids fail the build. */
export const sourceId = z
  .string({
    error:
      'write a source id from content/data/sources.json here. A source written out in full (publisher, title, date, url) works only in an article; elsewhere add it to content/data/sources.json (npm run new -- source prints an entry to fill) and write its id',
  })
  .check((ctx) => {
    if (!knownIds().sources.has(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: unknownSourceMessage(ctx.value),
      });
    }
  })
  .meta({ type: 'source id (from content/data/sources.json)' });

/** A list of source ids; at least one. */
export const sourceIds = z.array(sourceId).min(1, 'needs at least one source id');

/** The slug of a term in content/glossary/. Unknown slugs fail the build. */
export const glossarySlug = z.string().meta({ type: 'glossary slug (a file in content/glossary/)' }).check((ctx) => {
  if (!knownIds().glossary.has(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: unknownTermMessage(ctx.value),
    });
  }
});

/**
 * Walks a record and checks every list of source ids it holds, however deeply nested
 * (`sources`, `change_sources`, `example_sources`, ...). The fact sheets nest sources at many levels.
 */
export function checkNestedSourceIds(value: unknown, ctx: { issues: unknown[] }, at: (string | number)[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkNestedSourceIds(v, ctx, [...at, i]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    if ((key === 'sources' || key.endsWith('_sources')) && Array.isArray(v)) {
      v.forEach((id, i) => {
        if (typeof id !== 'string' || !knownIds().sources.has(id)) {
          ctx.issues.push({
            code: 'custom',
            input: id,
            path: [...at, key, i],
            message: unknownSourceMessage(String(id)),
          });
        }
      });
    } else {
      checkNestedSourceIds(v, ctx, [...at, key]);
    }
  }
}

/** Confidence as the fact sheets mark it. Free text that starts with one of the known words. */
export const confidence = z
  .string()
  .regex(/^(multi-source|single-source|conflicting|not-verified|primary)/, 'must start with multi-source, single-source, conflicting, not-verified or primary');
