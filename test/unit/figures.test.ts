/** <Fig> and {record-id}: figures resolved from the datasets, formatted as the site formats them, caveats attached. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { fillFigureRefs, figureInWords, resolveFigure, sentenceAround } from '../../src/lib/figures';
import { balticDamageIncidents } from '../../src/lib/key-figures';

describe('figures by reference', () => {
  it('prints a count the site makes, the same as the home page key figure, and refuses fields or a year', () => {
    const records = JSON.parse(fs.readFileSync('content/data/baltic-incidents.json', 'utf8'));
    const n = balticDamageIncidents(records).length;
    const figure = resolveFigure('baltic-damage-incidents');
    expect(figure.text).toBe(String(n));
    expect(figure.caveat).toBeNull();
    expect(figure.counted).toMatch(/counted by us/i);
    expect(() => resolveFigure('baltic-damage-incidents.date')).toThrow(/has no fields/);
    expect(() => resolveFigure('baltic-damage-incidents', { noYear: true })).toThrow(/not a date/);
  });

  it('formats a figure in the unit its key names', () => {
    expect(resolveFigure('cmc-jlr-category3.impact.estimated_cost_gbp_bn').text).toBe('£1.9bn');
    expect(resolveFigure('ms-fy-results-300m.impact.estimated_operating_profit_hit_gbp_m').text).toBe('£300m');
    expect(resolveFigure('AST-ESTLINK2.capacity_mw').text).toBe('650\u00a0MW');
  });

  it('formats an M&S figure in the record unit, and says "more than" for ">5,000"', () => {
    expect(resolveFigure('ms-h1-2526-statutory-pbt').text).toBe('£3.4m');
    expect(resolveFigure('cmc-jlr-category3.impact.organisations_affected').text).toBe('more than 5,000');
  });

  it('carries the record caveat, or the caveat of the object that holds the figure', () => {
    expect(figureInWords(resolveFigure('ms-intrusion-discovered.date'))).toBe('19 April 2025 (one source)');
    expect(resolveFigure('ms-h1-2425-statutory-pbt').caveat).toBe('conflict');
    const drag = resolveFigure('INC-2024-12-EAGLES.drag_distance_km.prosecution_at_trial');
    expect(drag.caveat).toBe('conflict');
    expect(figureInWords(drag)).toBe('90\u00a0km (sources differ)');
    const flow = resolveFigure('INC-2024-12-EAGLES.sites.0.flow_when_tripped.power_mw');
    expect(figureInWords(flow)).toBe('about 658\u00a0MW (one source)');
    expect(flow.sources).toEqual(['evrimagaci-fingrid']);
  });

  it('prints a day without its year where asked, and refuses anything but a day', () => {
    expect(resolveFigure('jlr-loan-guarantee.date').text).toBe('27 September 2025');
    expect(resolveFigure('jlr-loan-guarantee.date', { noYear: true }).text).toBe('27 September');
    expect(fillFigureRefs('On the evening of {jlr-loan-guarantee.date|no-year}: a loan of {jlr-loan-guarantee.impact.loan_guarantee_gbp_bn}.', 'x')).toBe(
      'On the evening of 27 September: a loan of £1.5bn.',
    );
    expect(() => resolveFigure('RSP-2025-11-30-DRAGONE-FT.date', { noYear: true })).toThrow(/only a day known to the day can drop its year.*around 30 November 2025/);
    expect(() => fillFigureRefs('{cmc-jlr-category3.impact.estimated_cost_gbp_bn|no-year}', 'content/x.yaml')).toThrow(/content\/x\.yaml.*only a day/);
  });

  it('leaves the caveat to a sentence that states it (|caveat-in-sentence), and only then', () => {
    expect(fillFigureRefs('It began at Easter. M&S found them on {ms-intrusion-discovered.date|no-year|caveat-in-sentence}; that date comes from a single report.', 'x')).toBe(
      'It began at Easter. M&S found them on 19 April; that date comes from a single report.',
    );
    // A figure marked on its own: one source's alternative date for the M&S suspension.
    expect(fillFigureRefs('One source gives {ms-online-paused.date_alternative.date|caveat-in-sentence|no-year}.', 'x')).toBe('One source gives 23 April.');
    expect(figureInWords(resolveFigure('ms-online-paused.date_alternative.date'))).toBe('23 April 2025 (one source)');
    // The caveat in the next sentence does not count.
    expect(() => fillFigureRefs('M&S found them on {ms-intrusion-discovered.date|caveat-in-sentence}. One source says so.', 'content/charts/x.yaml')).toThrow(
      /content\/charts\/x\.yaml: \{ms-intrusion-discovered\.date\|caveat-in-sentence\}: .*marked single-source.*does not say so: "M&S found them on/,
    );
    // A figure without a caveat has nothing to leave out; an unknown modifier is named.
    expect(() => fillFigureRefs('A loan of {jlr-loan-guarantee.impact.loan_guarantee_gbp_bn|caveat-in-sentence}; one source.', 'x')).toThrow(/has no caveat/);
    expect(() => fillFigureRefs('{jlr-loan-guarantee.date|noyear}', 'x')).toThrow(/unknown modifier "\|noyear"/);
  });

  it('writes a small count in words where asked, capitalised at the start of a sentence', () => {
    expect(resolveFigure('nca-arrests.impact.arrested', { inWords: true }).text).toBe('four');
    expect(fillFigureRefs('{nca-arrests.impact.arrested|in-words} arrested. Then {nca-arrests.impact.arrested|in-words} bailed.', 'x')).toBe('Four arrested. Then four bailed.');
    expect(() => resolveFigure('cmc-jlr-category3.impact.estimated_cost_gbp_bn', { inWords: true })).toThrow(/only a whole count from zero to twenty.*£1\.9bn/);
    expect(() => resolveFigure('ncsc-annual-review-2025.impact.nationally_significant', { inWords: true })).toThrow(/reads "204"/);
  });

  it('finds the sentence around a reference', () => {
    const text = 'First one. The second, with 1.9 in it, ends here! Third.';
    expect(sentenceAround(text, text.indexOf('1.9'), text.indexOf('1.9') + 3)).toBe('The second, with 1.9 in it, ends here!');
  });

  it('marks only the date of a record whose sources differ only on its date', () => {
    // The NCSC's review: one outlet dates it 6 October, most 14 October; its counts are not in dispute.
    expect(figureInWords(resolveFigure('ncsc-annual-review-2025.impact.nationally_significant'))).toBe('204');
    expect(resolveFigure('ncsc-annual-review-2025.date').caveat).toBe('conflict');
    // A conflict over a value still marks the value.
    expect(resolveFigure('ms-h1-2425-adjusted-pbt-restated').caveat).toBe('conflict');
  });

  it('fails with the file and line for an unknown record or field', () => {
    const raw = 'term: X\nexample: >-\n  It cost {no-such-record} in all.\n';
    expect(() => fillFigureRefs('It cost {no-such-record} in all.', 'content/glossary/x.yaml', raw)).toThrow(
      /content\/glossary\/x\.yaml:3: \{no-such-record\}: "no-such-record" names no record/,
    );
    expect(() => resolveFigure('cmc-jlr-category3.impact.nope')).toThrow(/has no field "impact.nope"/);
  });
});
