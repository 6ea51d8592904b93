/**
 * The built Baltic map page: the map ships inline and small, no world-atlas data reaches dist/, every incident is a
 * mark in time order with its details readable without JavaScript, every highlighted map element points at a real
 * incident, the table and downloads carry one row per incident, and TeleGeography data never appears.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { attributeValues, count, decodeEntities } from '../support/html';

const page = 'charts/baltic-cables/';
const html = readPage(distRoot, page);
const incidents = JSON.parse(fs.readFileSync('content/data/baltic-incidents.json', 'utf8')) as { id: string; date: string }[];

/** The markup between an element's opening tag and its matching close, for simple, well-formed markup. */
function element(markup: string, openTagStart: number, tag: string): string {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = openTagStart;
  let depth = 0;
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return markup.slice(openTagStart, m.index + m[0].length);
  }
  throw new Error(`unclosed <${tag}>`);
}

const mapsAt = html.indexOf('<div class="bm-maps"');
const maps = mapsAt >= 0 ? element(html, mapsAt, 'div') : '';

describe('the Baltic map page', () => {
  it('is built, with the chart in its frame', () => {
    expect(builtPages(distRoot)).toContain(page);
    expect(html).toMatch(/<figure class="chart"[^>]*data-chart="baltic-cables"/);
    expect(html).toContain('<chart-explorer data-live="chart-baltic-cables-live"');
    expect(html).toMatch(/<p id="chart-baltic-cables-live" class="visually-hidden" aria-live="polite"/);
  });

  it('inlines the maps as SVG, small: under 60 KB of markup, 20 KB gzip, of which the coastlines ~12 KB gzip', () => {
    expect(maps.length).toBeGreaterThan(10_000);
    expect(count(maps, /<svg class="bm-svg"/)).toBe(2);
    expect(maps.length).toBeLessThan(60_000);
    expect(gzipSync(maps).length).toBeLessThan(20_000);
    const paths = attributeValues(maps, 'd').join('');
    expect(paths.length).toBeLessThan(36_000);
    expect(gzipSync(paths).length).toBeLessThan(13_000);
    expect(attributeValues(maps, 'data-country')).toEqual(expect.arrayContaining(['Russia', 'Finland', 'Sweden', 'Estonia']));
  });

  it('ships no world-atlas data anywhere in dist/', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(distRoot);
    for (const file of files) {
      expect(path.basename(file)).not.toMatch(/^(countries|land)-(10|50|110)m/);
      if (!/\.(js|json|html|mjs)$/.test(file)) continue;
      const text = fs.readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/"type":\s*"Topology"/);
      expect(text, file).not.toMatch(/"arcs":\s*\[\s*\[\s*\[/);
    }
  });

  it('makes every incident a mark, in time order, named by its content as one sentence', () => {
    const marks = [...html.matchAll(/<button type="button" class="bm-mark"[^>]*>/g)].map((m) => m[0]);
    expect(marks).toHaveLength(incidents.length);
    const ids = marks.map((m) => /data-mark-id="([^"]+)"/.exec(m)![1]!);
    const orders = marks.map((m) => Number(/data-order="(\d+)"/.exec(m)![1]));
    expect(orders).toEqual(ids.map((_, i) => i));
    const dates = ids.map((id) => incidents.find((i) => i.id === id)!.date);
    expect([...dates].sort()).toEqual(dates);
    for (const m of marks) {
      // Hidden until chart-explorer starts; the static heading stands in without JavaScript.
      expect(m).toMatch(/\shidden(\s|>)/);
      expect(m).toContain('data-explorer-reveal');
    }
    expect(count(html, /<span class="bm-static" data-explorer-conceal/)).toBe(incidents.length);
    // The badge's number is read as "Incident 1: " and the date is followed by a comma, both visually hidden.
    expect(count(html, /<span class="visually-hidden"[^>]*>Incident <\/span>\d+<\/span><span class="visually-hidden"[^>]*>: <\/span>/)).toBeGreaterThan(5);
  });

  it('links every highlighted map element to a real incident', () => {
    const markIds = new Set(attributeValues(html, 'data-mark-id'));
    const linked = attributeValues(maps, 'data-linked').flatMap((v) => v.split(' '));
    expect(linked.length).toBeGreaterThan(20);
    for (const id of linked) expect(markIds.has(id), id).toBe(true);
    // Eagle S lights up its four cables.
    const eagle = [...maps.matchAll(/data-asset-id="([^"]+)" data-linked="([^"]*)"/g)].filter((m) => m[2]!.split(' ').includes('INC-2024-12-EAGLES'));
    expect(new Set(eagle.map((m) => m[1]))).toEqual(new Set(['AST-C-LION1', 'AST-CITIC-FI-EE', 'AST-ELISA-FI-EE', 'AST-ESTLINK2']));
  });

  it('gives every incident a details panel that is not hidden in the HTML (readable without JavaScript)', () => {
    const panels = [...html.matchAll(/<div class="bm-detail" data-details-for="([^"]+)"[^>]*>/g)];
    expect(panels.map((p) => p[1]).sort()).toEqual(incidents.map((i) => i.id).sort());
    for (const p of panels) expect(p[0]).not.toMatch(/\shidden/);
    const text = decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(text).toContain('Helsinki District Court dismissed the case for lack of jurisdiction');
    expect(text).toContain('Ruled an accident');
    expect(text).toContain('Routes schematic:');
    expect(text).toContain('Damage site (approximate)');
    expect(text).toContain('Left off the map');
  });

  it('lists each incident’s sources with publisher, title and link', () => {
    const eaglePanel = element(html, html.indexOf('data-details-for="INC-2024-12-EAGLES"') - '<div class="bm-detail" '.length, 'div');
    expect(eaglePanel).toMatch(/<a href="https:\/\/estonianews\.pages\.dev\/1609819506\/finnish-court-says-has-no-jurisdiction-in-eagle-s-cable-damage-case" rel="noopener"[^>]*>Finnish court says has no jurisdiction in Eagle S cable damage case<\/a>, October 2025/);
    expect(eaglePanel).toMatch(/<span class="src-publisher">ERR News<\/span>, <a href="https:\/\/estonianews\.pages\.dev\/1609819506\//);
  });

  it('has the table, closed at first, one row per incident', () => {
    expect(html).not.toMatch(/<details class="chart-table[^"]*"[^>]*open/);
    const table = element(html, html.indexOf('<table'), 'table');
    expect(count(table, /<tr\b/)).toBe(incidents.length + 1);
  });

  it('offers CSV and JSON with one row per incident and no TeleGeography data', () => {
    const csv = fs.readFileSync(path.join(distRoot, page, 'data.csv'), 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe('incident,map_label,date,date_precision,assets,approximate_location,approximate_points,vessel,flag,outcome,sources');
    const json = JSON.parse(fs.readFileSync(path.join(distRoot, page, 'data.json'), 'utf8'));
    expect(json.rows).toHaveLength(incidents.length);
    for (const text of [csv, JSON.stringify(json), html]) expect(text).not.toMatch(/telegeography/i);
  });

  it('shows none of the fact sheet’s working notes to readers', () => {
    const csv = fs.readFileSync(path.join(distRoot, page, 'data.csv'), 'utf8');
    for (const text of [html, csv]) expect(text).not.toMatch(/sources read|researcher|placeholder(?!=")|second pass|coordinate_method/i);
  });

  it('in the Baltic article, draws the same map compact: each incident’s details only on the map’s page, linked', () => {
    const article = readPage(distRoot, 'articles/baltic-sea-cable-incidents/');
    expect(count(article, /data-details-for=/g)).toBe(0);
    expect(count(article, /<button type="button" class="bm-mark"/g)).toBe(incidents.length);
    expect(article).toMatch(/<chart-explorer[^>]*data-bm-details="\/charts\/baltic-cables\/"/);
    expect(article).toMatch(/<a href="\/charts\/baltic-cables\/">Every incident’s ship, cause, outcome, repair and sources/);
    // the map page keeps every panel, once each
    expect(count(html, /data-details-for=/g)).toBe(incidents.length);
  });

  it('draws the Eagle S track, labelled approximate, and says in the notes how it is drawn', () => {
    expect(maps).toMatch(/<polyline class="bm-track"/);
    const text = decodeEntities(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
    expect(text).toContain('Eagle S anchor drag (approximate)');
    expect(text).toMatch(/Eagle S drag is drawn as a line joining the approximate sites/);
  });

  it('loads its script from the site, nothing inline that CSP would block', () => {
    expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
    expect(maps).not.toMatch(/\sstyle="/);
    expect(maps).not.toMatch(/\son[a-z]+="/);
  });
});
