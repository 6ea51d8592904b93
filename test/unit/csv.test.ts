/**
 * CSV for the downloads: RFC 4180 quoting (src/lib/csv.ts) and the Data page's flattening of records into CSV rows
 * (src/lib/dataset-catalogue.ts), with the other pure helpers of the dataset catalogue.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv';
import { knownRoutes, normaliseInternalPath, routes } from '../../src/lib/routes';
import {
  citedSourceIds,
  confidenceCounts,
  datasetNames,
  datasets,
  datasetsOfChart,
  dateSpan,
  flatFields,
  flatRow,
  formatSize,
} from '../../src/lib/dataset-catalogue';

/** A small RFC 4180 reader, to check that what toCsv writes reads back as the same values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header and one line per row, ending every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [{ a: 1, b: 'x' }, { a: 2, b: 'y' }])).toBe('a,b\r\n1,x\r\n2,y\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks, doubling inner quotes', () => {
    const csv = toCsv(['text'], [{ text: 'Co-op, Harrods' }, { text: 'said "no"' }, { text: 'two\nlines' }, { text: 'cr\rlf' }, { text: 'plain' }]);
    expect(csv).toBe('text\r\n"Co-op, Harrods"\r\n"said ""no"""\r\n"two\nlines"\r\n"cr\rlf"\r\nplain\r\n');
  });

  it('leaves null and missing values empty, and keeps numbers, negatives and text with £ and – as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, c: -99.1 }])).toBe('a,b,c\r\n,,-99.1\r\n');
    expect(toCsv(['a'], [{ a: '£1.6–2.1bn' }])).toBe('a\r\n£1.6–2.1bn\r\n');
  });

  it('reads back to the same values', () => {
    const rows = [{ id: 'x', note: 'A "quoted", comma\nand break', n: 3.4 }];
    expect(parseCsv(toCsv(['id', 'note', 'n'], rows))).toEqual([
      ['id', 'note', 'n'],
      ['x', 'A "quoted", comma\nand break', '3.4'],
    ]);
  });
});

describe('flattening records for CSV', () => {
  const records = [
    { id: 'a', value: 3.4, sources: ['s1', 's2'], endpoints: [{ name: 'x' }], split: null, flag: true },
    { id: 'b', value: { parts: 83, other: 18.6 }, sources: ['s3'], endpoints: [], note: 'only here', conflict: { alternative_value: 1, alternative_sources: ['s4'] } },
  ];

  it('keeps fields with single values or lists (or nothing), in first-seen order, and leaves structured ones to the JSON', () => {
    expect(flatFields(records)).toEqual({
      flat: ['id', 'value', 'sources', 'split', 'flag', 'note'],
      nested: ['endpoints', 'conflict'],
    });
  });

  it('joins lists with semicolons and writes a small set of named values out', () => {
    const { flat } = flatFields(records);
    expect(records.map((r) => flatRow(r, flat))).toEqual([
      { id: 'a', value: 3.4, sources: 's1; s2', split: null, flag: true, note: null },
      { id: 'b', value: 'parts: 83; other: 18.6', sources: 's3', split: null, flag: null, note: 'only here' },
    ]);
  });

  it('fits every real dataset: every record of every file in content/data becomes a row with the same columns', () => {
    for (const name of datasetNames) {
      const data = JSON.parse(fs.readFileSync(`content/data/${name}.json`, 'utf8')) as Record<string, unknown>[];
      const { flat } = flatFields(data);
      expect(flat[0], name).toBe('id');
      const csv = toCsv(flat, data.map((r) => flatRow(r, flat)));
      const parsed = parseCsv(csv);
      expect(parsed).toHaveLength(data.length + 1);
      for (const row of parsed) expect(row).toHaveLength(flat.length);
    }
    const ms = JSON.parse(fs.readFileSync('content/data/ms-financials.json', 'utf8')) as Record<string, unknown>[];
    expect(flatFields(ms).flat).toContain('value');
  });
});

describe('the dataset catalogue', () => {
  it('describes every file in content/data, and nothing else', () => {
    const files = fs
      .readdirSync('content/data')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(datasets.map((d) => d.name).sort()).toEqual(files);
    for (const d of datasets) expect(d.description.length, d.name).toBeGreaterThan(80);
  });

  it('says that the licensed TeleGeography fields were left out of the cable dataset', () => {
    const assets = datasets.find((d) => d.name === 'baltic-assets')!;
    expect(assets.leftOut).toMatch(/TeleGeography/);
    expect(assets.leftOut).toMatch(/CC BY-NC-SA/);
    // And they really are not in the data: no field tagged with the licensed snapshot.
    expect(fs.readFileSync('content/data/baltic-assets.json', 'utf8')).not.toMatch(/telegeography-2021/);
  });

  it('finds every cited source id, however deeply nested', () => {
    const record = {
      sources: ['a'],
      conflict: { alternative_sources: ['b', 'a'] },
      sites: [{ sources: ['c'] }],
      change_sources: ['d'],
      note: 'sources: e',
    };
    expect([...citedSourceIds(record)]).toEqual(['a', 'b', 'c', 'd']);
  });

  it('counts confidence marks in words, most common first and unmarked records last', () => {
    const counts = confidenceCounts([
      { confidence: 'multi-source' },
      { confidence: 'multi-source (locations approximate)' },
      { confidence: 'single-source' },
      { confidence: 'conflicting (date)' },
      { confidence: 'unverified' },
      {},
    ]);
    expect(counts).toEqual([
      ['from several sources', 2],
      ['from one source', 1],
      ['not verified', 1],
      ['where sources conflict', 1],
      ['with no mark', 1],
    ]);
  });

  it('finds the span of dates written to any precision', () => {
    expect(dateSpan([{ date: '2025-06' }, { date: '2022-09-26' }, { date: '2026' }, { date: null }], 'date')).toEqual({ from: '2022-09-26', to: '2026' });
    expect(dateSpan([{}], 'date')).toBeNull();
  });

  it('names the datasets each kind of chart draws on', () => {
    const base = { title: 't', subtitle: 't', description: 'd', notes: [], sources: ['x'] };
    expect(datasetsOfChart({ ...base, kind: 'profit', series: [], figure_notes: [] } as never)).toEqual(['ms-financials']);
    expect(datasetsOfChart({ ...base, kind: 'timeline', include: ['policy-events'] } as never)).toEqual(['policy-events']);
    expect(datasetsOfChart({ ...base, kind: 'baltic-map', include_context: true } as never)).toEqual(['baltic-incidents', 'baltic-assets']);
  });

  it('writes file sizes for download links', () => {
    expect(formatSize(900)).toBe('900 bytes');
    expect(formatSize(30_988)).toBe('30 KB');
    expect(formatSize(2_400_000)).toBe('2.3 MB');
  });
});

describe('dataset download addresses', () => {
  it('are /data/<name>.json and .csv, and known to the link checker so articles may link to them', () => {
    expect(routes.dataset('ms-financials', 'csv')).toBe('/data/ms-financials.csv');
    const known = knownRoutes();
    for (const name of datasetNames) {
      expect(known.has(normaliseInternalPath(routes.dataset(name, 'json')))).toBe(true);
      expect(known.has(normaliseInternalPath(`${routes.dataset(name, 'csv')}#top`))).toBe(true);
    }
    expect(known.has(normaliseInternalPath('/data/no-such-dataset.csv'))).toBe(false);
    expect(normaliseInternalPath('/data')).toBe('/data/');
  });
});
