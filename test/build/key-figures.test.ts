/**
 * The home page's key figures come from the datasets and link to where each is explained: the CMC's JLR estimate, the
 * change in M&S's statutory profit, the Baltic damage incidents as the site counts them (the numbered incidents on the
 * Baltic map), and arrests against charges over the retail attacks.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributeValues, decodeEntities } from '../support/html';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';

const home = readPage(distRoot, '');
const section = home.slice(home.indexOf('data-key-figures'), home.indexOf('</section>', home.indexOf('data-key-figures')));
const data = (name: string) => JSON.parse(fs.readFileSync(`content/data/${name}.json`, 'utf8')) as Record<string, any>[];

describe('key figures on the home page', () => {
  it('shows four figures, each taken from a record or counted from a dataset', () => {
    expect(section.length).toBeGreaterThan(100);
    expect(attributeValues(section, 'data-fig')).toEqual([
      'cmc-jlr-category3.impact.estimated_cost_gbp_bn',
      'ms-h1-2526-statutory-pbt.reported_change_pct',
      'nca-arrests.impact.arrested',
    ]);
    const cmc = data('uk-cyber-incidents').find((r) => r.id === 'cmc-jlr-category3')!;
    expect(decodeEntities(section)).toContain(`£${cmc.impact.estimated_cost_gbp_bn}bn`);
  });

  it('counts the Baltic incidents as the map numbers them', () => {
    const map = readPage(distRoot, 'charts/baltic-cables/');
    const numbers = [...map.matchAll(/class="bm-code"[^>]*>(?:<span[^>]*>[^<]*<\/span>)?(\d+)</g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(attributeValues(section, 'data-baltic-count')).toEqual([String(Math.max(...numbers))]);
  });

  it('links every figure to the section that explains it, and each section exists', () => {
    const links = attributeValues(section, 'href').filter((h) => h.includes('#') && h.startsWith('/articles/'));
    expect(links).toHaveLength(4);
    for (const href of links) {
      const [page, anchor] = href.split('#');
      expect(readPage(distRoot, page!.slice(1)), href).toContain(`id="${anchor}"`);
    }
  });
});
