/**
 * The Data page and its downloads in the built site: every dataset in content/data listed with a description,
 * its record count, how many sources it cites (each listed with its records on /data/<name>/) and its charts, and JSON
 * and CSV downloads that exist and hold exactly its records;
 * the licensed fields marked as left out; every chart linked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValues, decodeEntities, textOf } from '../support/html';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';

const html = readPage(distRoot, 'data/');
const names = fs
  .readdirSync('content/data')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const charts = fs
  .readdirSync('content/charts')
  .filter((f) => f.endsWith('.yaml') && !f.startsWith('_'))
  .map((f) => f.replace(/\.yaml$/, ''));
const content = (name: string) => JSON.parse(fs.readFileSync(`content/data/${name}.json`, 'utf8')) as { id: string }[];
const section = (name: string) => html.match(new RegExp(`<section class="dataset"[^>]* id="${name}"[\\s\\S]*?</section>`))?.[0] ?? '';
const text = (s: string) => decodeEntities(s.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
const dist = (href: string) => path.join(distRoot, decodeURIComponent(href.split(/[?#]/)[0]!));

/** Field count per line of a CSV (quoted fields may hold commas and line breaks). */
function csvShape(csv: string): number[] {
  const widths: number[] = [];
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') fields++;
    else if (!quoted && c === '\r' && csv[i + 1] === '\n') {
      widths.push(fields);
      fields = 1;
      i++;
    }
  }
  return widths;
}

describe('the Data page', () => {
  it('has one heading level 1 and a contents list of every dataset and the charts', () => {
    expect(textOf(html, 'h1')).toBe('Data');
    const contents = html.match(/<nav class="contents"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(attributeValues(contents, 'href').sort()).toEqual([...names.map((n) => `#${n}`), '#charts'].sort());
  });

  it.each(names)('lists %s with a heading, a description and its record count', (name) => {
    const s = section(name);
    expect(s, `no section for ${name}`).not.toBe('');
    expect(s).toMatch(new RegExp(`<h2 id="${name}-title"[^>]*>[^<]{5,}</h2>`));
    expect(s).toContain(`<code`);
    const description = text(s.match(/<\/p>\s*<p[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '');
    expect(description.length).toBeGreaterThan(80);
    const records = text(s.match(/<dt[^>]*>Records<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? '');
    expect(records).toMatch(new RegExp(`^${content(name).length} \\w`));
  });

  it.each(names.filter((n) => n !== 'sources'))('counts the sources %s cites and links to its records, each with its sources', (name) => {
    const s = section(name);
    const dd = s.match(/<dt[^>]*>Sources<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? '';
    const n = Number(text(dd).match(/^(\d+) documents?/)?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(attributeValues(dd, 'href')).toContain(`/data/${name}/`);
    // The records' page lists every document under the records it supports: together, exactly the dataset's sources.
    const records = readPage(distRoot, `data/${name}/`);
    const listed = new Set([...records.matchAll(/<ul class="record-sources"[^>]*>([\s\S]*?)<\/ul>/g)].flatMap((m) => [...m[1]!.matchAll(/data-source-id="([^"]+)"/g)].map((x) => x[1]!)));
    expect(listed.size).toBe(n);
    const json = JSON.parse(fs.readFileSync(path.join(distRoot, `data/${name}.json`), 'utf8'));
    expect(new Set(json.sources.map((x: { id: string }) => x.id))).toEqual(listed);
    // Every id the dataset cites at the top level of a record is among them.
    for (const record of content(name) as { sources?: string[] }[]) for (const id of record.sources ?? []) expect(listed.has(id)).toBe(true);
    expect(records.match(/<li id="[^"]+" data-record=/g) ?? []).toHaveLength(content(name).length);
  });

  it('keeps the catalogue lean: no record lists here, each dictionary collapsed', () => {
    expect(html).not.toContain('record-sources');
    expect(html).not.toMatch(/<details class="dictionary"[^>]* open/);
    expect(html.match(/<details class="dictionary"/g) ?? []).toHaveLength(names.length);
  });

  it.each(names)('offers %s as JSON and CSV files that exist and hold every record', (name) => {
    const s = section(name);
    const links: [string, string][] = [...s.matchAll(/<a href="([^"]+)" download="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]);
    expect(links).toEqual([
      [`/data/${name}.json`, `${name}.json`],
      [`/data/${name}.csv`, `${name}.csv`],
    ]);
    const json = JSON.parse(fs.readFileSync(dist(links[0]![0]), 'utf8'));
    expect(json.name).toBe(name);
    expect(json.record_count).toBe(content(name).length);
    expect(json.records.map((r: { id: string }) => r.id).sort()).toEqual(content(name).map((r) => r.id).sort());
    const csv = fs.readFileSync(dist(links[1]![0]), 'utf8');
    const shape = csvShape(csv);
    expect(shape).toHaveLength(content(name).length + 1);
    expect(new Set(shape).size).toBe(1);
    expect(csv.split('\r\n')[0]!.split(',')[0]).toBe('id');
    // The size shown beside each link is the file's.
    const shown = text(s.match(new RegExp(`<a href="/data/${name}\\.csv"[\\s\\S]*?</a>`))![0]).match(/(\d+) (KB|bytes)/);
    expect(shown).not.toBeNull();
  });

  it('says clearly that the licensed TeleGeography fields were left out, at the top and in the dataset', () => {
    const intro = html.match(/<div class="intro"[\s\S]*?<\/div>/)?.[0] ?? '';
    expect(text(intro)).toMatch(/Left out: cable lengths and service dates from TeleGeography's licensed submarine cable data\. See Baltic Sea cables and pipelines/);
    expect(text(section('baltic-assets'))).toMatch(/Left out: .*TeleGeography.*CC BY-NC-SA 3\.0/);
    const json = JSON.parse(fs.readFileSync(path.join(distRoot, 'data/baltic-assets.json'), 'utf8'));
    expect(json.left_out).toMatch(/TeleGeography/);
    expect(JSON.stringify(json.records)).not.toMatch(/telegeography-2021/);
  });

  it('links every chart to its page, and each dataset to the charts drawn from it', () => {
    const list = section('charts');
    const chartLinks = [...list.matchAll(/<a class="chart-link" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(chartLinks.sort()).toEqual(charts.map((c) => `/charts/${c}/`).sort());
    for (const href of chartLinks) expect(fs.existsSync(path.join(dist(href), 'index.html'))).toBe(true);
    expect(section('ms-financials')).toMatch(/<a href="\/charts\/ms-profit\/"[^>]*>In the half the cyber attack hit, M&amp;S/);
    for (const c of charts) {
      expect(fs.existsSync(path.join(distRoot, `charts/${c}/data.csv`))).toBe(true);
      expect(list).toContain(`href="/charts/${c}/data.json"`);
    }
  });

  it('has no internal link that leads nowhere', () => {
    for (const href of attributeValues(html, 'href').filter((h) => h.startsWith('/'))) {
      const file = dist(href);
      expect(fs.existsSync(file) && (fs.statSync(file).isFile() || fs.existsSync(path.join(file, 'index.html'))), href).toBe(true);
    }
  });
});
