/**
 * Clean public data: each /data/<name>.json and .csv carries plain public fields described by a data dictionary
 * (field, type, unit, meaning) in the JSON and on the Data page, keeps the single-source and conflict marks as fields,
 * and gives a licence and a dated suggested citation. No working field or research wording of the fact sheets reaches
 * anything in dist/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';

/** The research's working fields and wording, as they appear in ../shared/facts and content/data. */
const RESEARCH = [
  /second_pass/i,
  /status_check/i,
  /_check_20\d\d/i,
  /coordinate_method/,
  /date_assessment/,
  /sources read/i,
  /search corpus/i,
  /pages-corpus/i,
  /researcher estimate/i,
  /researcher's/i,
  /second pass/i,
  /seed article/i,
  /NOT VERIFIED/,
  /\bPlaceholder\b/, // the research's word for an invented map point (the HTML attribute is lower case)
  /researcher inference/i,
  /\binference\)/i,
  /see notes/i,
  /\btreat as\b/i,
  /could not be found/i,
  /found in the (?:reporting|sources)/i,
  /(?:reported|published|identified|established|linked to \w+) in the reporting we reviewed/i,
  /no later news/i,
  /\bTODO\b/,
  /\bto verify\b/i,
];

/** A record id ("INC-2025-12-…", "RSP-…", "AST-…") is for machines: it may be a field or an attribute, never prose. */
const RECORD_ID = /\b(?:INC|RSP|AST)-(?:\d{4}|[A-Z]{2,})[A-Z0-9-]*/;
const ID_FIELDS = new Set(['id', 'asset_id', 'sources']);

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => fs.statSync(f).isFile() && /\.(html|json|csv|xml|txt|js)$/.test(f) && !f.includes(`${path.sep}pagefind${path.sep}`));
}

const datasetNames = ['ms-financials', 'uk-cyber-incidents', 'policy-events', 'baltic-incidents', 'baltic-assets', 'baltic-responses', 'sources'];
const readJson = (name: string) => JSON.parse(fs.readFileSync(path.join(distRoot, 'data', `${name}.json`), 'utf8'));

describe('no research working field or wording reaches dist/', () => {
  it('the patterns are real: the research itself contains them', () => {
    const research = ['content/data/baltic-incidents.json', 'content/data/uk-cyber-incidents.json', 'content/data/ms-financials.json']
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    expect(RESEARCH.filter((re) => re.test(research)).length).toBeGreaterThanOrEqual(8);
  });

  it('finds none of them in any built file', () => {
    const hits: string[] = [];
    for (const file of filesIn(distRoot)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const re of RESEARCH) {
        const m = text.match(re);
        if (m) hits.push(`${path.relative(distRoot, file)}: ${re} near "${text.slice(Math.max(0, m.index! - 60), m.index! + 60)}"`);
      }
    }
    expect(hits).toEqual([]);
  });
});

describe('no record id inside prose', () => {
  /** Every string in a JSON value, except the id fields, with where it is. */
  function* proseIn(value: unknown, at: string): Generator<[string, string]> {
    if (typeof value === 'string') yield [at, value];
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* proseIn(v, `${at}[${i}]`);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) if (!ID_FIELDS.has(k)) yield* proseIn(v, `${at}.${k}`);
  }

  it('the pattern is real: the research writes ids into its prose', () => {
    const research = datasetNames.map((n) => fs.readFileSync(`content/data/${n}.json`, 'utf8')).join('\n');
    expect(research).toMatch(new RegExp(`"[a-z_]*notes?": "[^"]*${RECORD_ID.source}`));
  });

  it('in the downloads: no string but an id field names a record', () => {
    const hits: string[] = [];
    for (const name of datasetNames) {
      for (const [at, text] of proseIn(readJson(name), name)) if (RECORD_ID.test(text)) hits.push(`data/${name}.json ${at}: ${text}`);
    }
    expect(hits).toEqual([]);
  });

  it('in the pages: no text a reader sees names a record', () => {
    const hits: string[] = [];
    for (const file of filesIn(distRoot).filter((f) => f.endsWith('.html'))) {
      // A records page labels each record with its id in <code> ("Record INC-…"): a reference, not prose.
      const html = fs.readFileSync(file, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<code\b[^>]*>[^<]*<\/code>/g, ' ');
      const text = decodeEntities(html.replace(/<[^>]+>/g, ' '));
      const m = RECORD_ID.exec(text);
      if (m) hits.push(`${path.relative(distRoot, file)}: "${text.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' ')}"`);
    }
    expect(hits).toEqual([]);
  });
});

describe.each(datasetNames)('/data/%s.json and .csv', (name) => {
  const body = readJson(name);

  it('has a data dictionary, a licence and a dated citation', () => {
    expect(body.fields.length).toBeGreaterThan(3);
    for (const f of body.fields) {
      expect(Object.keys(f).sort()).toEqual(['field', 'meaning', 'type', 'unit']);
      expect(f.meaning.length).toBeGreaterThan(8);
    }
    expect(body.licence.name).toMatch(/CC BY 4\.0/);
    expect(body.licence.url).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(body.suggested_citation).toMatch(/Grey Zone/);
    expect(body.suggested_citation).toMatch(/\b20\d\d\b/);
    expect(body.suggested_citation).toContain(`/data/${name}.json`);
    expect(body.compiled).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('publishes exactly the dictionary’s fields in every record', () => {
    const fields = body.fields.map((f: { field: string }) => f.field);
    expect(body.records.length).toBe(body.record_count);
    for (const r of body.records) expect(Object.keys(r)).toEqual(fields);
  });

  it('the CSV header is the dictionary’s fields that fit a cell', () => {
    const header = fs.readFileSync(path.join(distRoot, 'data', `${name}.csv`), 'utf8').split(/\r?\n/)[0]!.split(',');
    const fields = body.fields.map((f: { field: string }) => f.field);
    expect(header.length).toBeGreaterThan(2);
    for (const h of header) expect(fields).toContain(h);
  });
});

describe('the marks are kept as fields', () => {
  const raw = (name: string) => JSON.parse(fs.readFileSync(`content/data/${name}.json`, 'utf8')) as Record<string, unknown>[];

  it.each(datasetNames.filter((n) => n !== 'sources'))('%s: single_source and sources_differ match the research marks', (name) => {
    const published = new Map(readJson(name).records.map((r: Record<string, unknown>) => [r.id, r]));
    let marked = 0;
    for (const r of raw(name)) {
      const c = typeof r.confidence === 'string' ? r.confidence : '';
      const p = published.get(r.id) as Record<string, unknown>;
      expect(p.single_source, String(r.id)).toBe(c.startsWith('single-source'));
      expect(p.sources_differ, String(r.id)).toBe(c.startsWith('conflict') || 'conflict' in r);
      if (p.single_source || p.sources_differ) marked++;
    }
    if (['ms-financials', 'uk-cyber-incidents', 'policy-events', 'baltic-responses'].includes(name)) expect(marked).toBeGreaterThan(0);
  });
});

describe('the Data page shows, for each dataset, its dictionary, licence and citation', () => {
  const html = readPage(distRoot, 'data/');

  it.each(datasetNames)('%s', (name) => {
    const start = html.indexOf(`id="${name}"`);
    expect(start).toBeGreaterThan(0);
    const section = html.slice(start, html.indexOf('</section>', start));
    const fields = readJson(name).fields as { field: string; meaning: string }[];
    expect(section).toContain('data-dictionary');
    for (const f of fields) {
      expect(section).toMatch(new RegExp(`<code[^>]*>${f.field}</code>`));
    }
    expect(decodeEntities(section)).toMatch(/CC BY 4\.0/);
    expect(decodeEntities(section)).toMatch(/data-citation[^>]*>Grey Zone, “[^”]+” \(dataset\)[^<]*20\d\d/);
  });
});
