/**
 * Budgets (issue 8), on the built pages in dist/, in gzip bytes: the HTML of an article (embedded charts included) at
 * most 30 KB, of a chart page (and a chart's embed page) at most 40 KB, of any other page at most 25 KB; JavaScript
 * that a page runs as it loads at most 5.1 KB on any page; a page without a chart runs nothing beyond the site's
 * furniture (one inline script: the theme before first paint, the theme switch and the search field's "/" key) and
 * the glossary pop-ups, 2 KB at most, and that furniture stays one script under 1.5 KB. One test per page, so fixing a page turns its own case green. `npm run bench` prints the same numbers.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, kb, pageWeights } from '../support/page-weight.mjs';
import { distRoot } from '../support/paths';

const rows = pageWeights(distRoot);

/** Pages known to be over a budget, with the reason: none today. An entry skips its page's case, so the rest still gate. */
const KNOWN_OVER: Record<string, string> = {};

describe('page budgets', () => {
  it('measures every kind of page', () => {
    for (const kind of ['article', 'chart', 'other']) expect(rows.some((r) => r.kind === kind), kind).toBe(true);
  });

  it(`keeps the furniture every page runs under ${kb(BUDGETS.furnitureJs)}`, () => {
    expect(rows[0]!.furnitureJs).toBeGreaterThan(0);
    expect(rows[0]!.furnitureJs).toBeLessThanOrEqual(BUDGETS.furnitureJs);
    // One inline script in <head> (src/scripts/theme-init.js and furniture.js), no request.
    expect(rows[0]!.furnitureScripts).toBe(1);
  });

  for (const r of rows) {
    const skip = KNOWN_OVER[r.page];
    it.skipIf(Boolean(skip))(`/${r.page} (${r.kind}${r.hasChart ? ', with a chart' : ''})${skip ? ` (skipped: ${skip})` : ''}`, () => {
      const htmlBudget = BUDGETS.html[r.kind as 'article' | 'chart' | 'other'];
      const over: string[] = [];
      if (r.html > htmlBudget) over.push(`HTML ${kb(r.html)} gzip > ${kb(htmlBudget)}`);
      if (r.js > BUDGETS.jsMax) over.push(`JavaScript ${kb(r.js)} gzip > ${kb(BUDGETS.jsMax)}`);
      // The search page's script is the search itself.
      if (!r.hasChart && r.page !== 'search/' && r.js > BUDGETS.chartlessJs) over.push(`a page without a chart runs ${kb(r.js)} of JavaScript > ${kb(BUDGETS.chartlessJs)}`);
      expect(over).toEqual([]);
    });
  }
});
