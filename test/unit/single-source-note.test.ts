/** What a single-source mark rests on, in words (src/lib/figures.ts, singleSourceNote), and its schema's checks. */
import { describe, expect, it } from 'vitest';
import { singleSourceNote, type NamedSource } from '../../src/lib/figures';
import { checkOneSource, oneSource } from '../../src/schemas/common';

const grocer: NamedSource = { id: 'grocer', publisher: 'The Grocer', date: '11 August 2025' };
const indy: NamedSource = { id: 'indy', publisher: 'The Independent', date: '25 April 2025' };
const lbc: NamedSource = { id: 'lbc', publisher: 'LBC', date: null };
const copyA: NamedSource = { id: 'a', publisher: 'Reuters', readVia: 'Maritime Professional', date: '4 March 2025' };
const copyB: NamedSource = { id: 'b', publisher: 'Reuters', readVia: 'AnewZ', date: '4 March 2025' };
const single = (one_source: unknown) => ({ confidence: 'single-source', one_source });

describe('what a single source is, in words', () => {
  it('names the one listed source and what it alone gives, then the others for other details', () => {
    const r = single({ source: 'grocer', for: 'the date' });
    expect(singleSourceNote(r, [grocer, indy, lbc], { list: true })).toBe(
      'One source for the date: The Grocer, 11 August 2025. Other sources, for other details: The Independent, 25 April 2025; LBC.',
    );
    expect(singleSourceNote(r, [grocer, indy, lbc], { list: false })).toBe('One source for the date: The Grocer, 11 August 2025; the other sources back other details.');
  });

  it('names the one source and the copy or summary of it', () => {
    const r = single({ source: 'indy', others: 'copies' });
    expect(singleSourceNote(r, [grocer, indy], { list: true })).toBe('One source: The Independent, 25 April 2025; a copy or summary of it: The Grocer, 11 August 2025.');
    expect(singleSourceNote(r, [grocer, indy], { list: false })).toBe('One source: The Independent, 25 April 2025; the other source copies or summarises it.');
  });

  it('names an original read only through copies, by the publishers of the copies read', () => {
    const r = single({ report: { publisher: 'Reuters', date: '2025-03-04' } });
    expect(singleSourceNote(r, [copyA, copyB], { list: true })).toBe(
      'A single report (Reuters, 4 March 2025), read through: Maritime Professional, 4 March 2025; AnewZ, 4 March 2025.',
    );
    expect(singleSourceNote(single({ report: { publisher: 'The New York Times', date: '2026-06' } }), [grocer, indy], { list: false })).toBe(
      'A single report (The New York Times, June 2026), read through the copies or summaries listed.',
    );
  });

  it('says when each claim rests on its own source, or only secondary reports were found', () => {
    expect(singleSourceNote(single({ each_claim: true }), [grocer, lbc], { list: true })).toBe('Each claim rests on one source: The Grocer, 11 August 2025; LBC.');
    expect(singleSourceNote(single({ secondary_only: true }), [grocer, lbc], { list: false })).toBe('Only secondary reports were found.');
  });

  it('says nothing for a record with one source, not marked single-source, or not saying', () => {
    expect(singleSourceNote(single({ source: 'grocer' }), [grocer], { list: true })).toBeNull();
    expect(singleSourceNote({ confidence: 'multi-source', one_source: { source: 'grocer' } }, [grocer, indy], { list: true })).toBeNull();
    expect(singleSourceNote({ confidence: 'single-source' }, [grocer, indy], { list: true })).toBeNull();
  });

  it('accepts one kind of answer at a time, and "for" in words without figures', () => {
    expect(oneSource.safeParse({ each_claim: true }).success).toBe(true);
    expect(oneSource.safeParse({ report: { publisher: 'Reuters', date: '2025-03-04' } }).success).toBe(true);
    expect(oneSource.safeParse({ report: { publisher: 'Reuters' }, each_claim: true }).success).toBe(false);
    expect(oneSource.safeParse({ secondary_only: false }).success).toBe(false);
  });

  it('refuses one_source on a record not marked single-source, or naming a source the record does not list', () => {
    const issues = (record: unknown) => {
      const ctx = { issues: [] as { message: string }[] };
      checkOneSource(record, ctx);
      return ctx.issues.map((i) => i.message);
    };
    expect(issues({ confidence: 'single-source', sources: ['a', 'b'], one_source: { source: 'a' } })).toEqual([]);
    expect(issues({ confidence: 'multi-source', sources: ['a', 'b'], one_source: { source: 'a' } })[0]).toMatch(/not marked single-source/);
    expect(issues({ confidence: 'single-source', sources: ['a', 'b'], one_source: { source: 'c' } })[0]).toMatch(/"c" is not one of this record's sources/);
  });
});
