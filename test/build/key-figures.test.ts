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

  it('says what the Baltic count is a count of, and its link lands on a section that states the same count', () => {
    const count = attributeValues(section, 'data-baltic-count')[0]!;
    const item = section.slice(section.indexOf('data-baltic-count'));
    const what = decodeEntities(item.slice(0, item.indexOf('</li>')).replace(/<[^>]+>/g, ' '));
    // Not every numbered incident is drawn on the map (one has no published location): the words must not say "on our map".
    expect(what).not.toMatch(/on (?:our|the) map/);
    const href = /<a class="kf-more" href="([^"]+)"/.exec(item)![1]!;
    const [page, anchor] = href.split('#');
    const html = readPage(distRoot, page!.slice(1));
    const start = html.indexOf(`id="${anchor}"`);
    expect(start, href).toBeGreaterThan(0);
    const next = html.indexOf('<h2', start + 1);
    const target = html.slice(start, next > 0 ? next : undefined);
    const stated = /<a class="fig"[^>]*data-fig="baltic-damage-incidents"[^>]*>([^<]+)<\/a>/.exec(target);
    expect(stated?.[1], `${href} states the site's count by reference`).toBe(count);
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
