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

/**
 * What a single-source record's one source is, where the record lists more than one (`one_source`). Exactly one of:
 * - `source`: the listed source the mark rests on; `for` says what only it gives ("the date"; without it, the whole
 *   record), and `others` whether the other listed sources back other details (the default) or are copies or summaries
 *   of it;
 * - `report`: the one original report (publisher and date) that was not read itself: the listed sources are the copies
 *   or summaries that were read;
 * - `each_claim: true`: the record joins claims that each rest on one of the listed sources alone;
 * - `secondary_only: true`: only secondary reports were found, and no original they draw on.
 * Readers see it wherever the mark is shown (src/lib/figures.ts, `singleSourceNote`).
 */
export const oneSource = z.union([
  z.strictObject({
    source: sourceId,
    for: z.string().regex(/^[^0-9]{3,40}$/, 'a few words without figures, e.g. "the date"').optional(),
    others: z.enum(['other-details', 'copies']).default('other-details'),
  }),
  z.strictObject({ report: z.strictObject({ publisher: z.string().min(1), date: partialDate.optional() }) }),
  z.strictObject({ each_claim: z.literal(true) }),
  z.strictObject({ secondary_only: z.literal(true) }),
]);

/**
 * The checks a record's `one_source` needs beyond its shape: only on a single-source record, and its `source` is one
 * of the record's own `sources`.
 */
export function checkOneSource(record: unknown, ctx: { issues: unknown[] }): void {
  if (record === null || typeof record !== 'object' || !('one_source' in record)) return;
  const r = record as { one_source?: { source?: unknown }; sources?: unknown; confidence?: unknown };
  if (typeof r.confidence !== 'string' || !r.confidence.startsWith('single-source')) {
    ctx.issues.push({ code: 'custom', input: r.one_source, path: ['one_source'], message: 'one_source says what a single-source record rests on: this record is not marked single-source (confidence). Remove one_source, or mark the record' });
  }
  const source = r.one_source?.source;
  if (typeof source === 'string' && !(Array.isArray(r.sources) && r.sources.includes(source))) {
    ctx.issues.push({ code: 'custom', input: source, path: ['one_source', 'source'], message: `one_source.source "${source}" is not one of this record's sources: name one of them, or use report: { publisher, date } for an original that was read only through the listed copies` });
  }
}
