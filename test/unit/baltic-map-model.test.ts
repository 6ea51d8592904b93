/**
 * The Baltic map's words and table, from the real chart entry and datasets: every incident has text of the site's
 * own, dates are never more precise than reported, contested outcomes say so, TeleGeography is never shown, and the
 * table carries one row per incident.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import fs from 'node:fs';
import { balticMapChartSchema } from '../../src/schemas/charts/baltic-map';
import { buildBalticModel, incidentDateText, pointText, unplottedText } from '../../src/charts/baltic-map/model';
import { balticTable } from '../../src/charts/baltic-map/table';
import { balticChart, balticData, sourceLookup } from './baltic-map-data';

const chart = balticChart();
const { incidents, assets } = balticData();
const model = buildBalticModel(chart, incidents, assets, sourceLookup());
const view = (id: string) => model.incidents.find((i) => i.id === id)!;

describe('chart entry', () => {
  it('has the site’s own text for every incident in the dataset', () => {
    expect(Object.keys(chart.display).sort()).toEqual(incidents.map((i) => i.id).sort());
  });

  it('fails on an incident id that is not in the dataset, naming it', () => {
    const raw = parse(fs.readFileSync('content/charts/baltic-cables.yaml', 'utf8'));
    raw.display['INC-1999-01-TYPO'] = raw.display['INC-2024-12-EAGLES'];
    const result = balticMapChartSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/unknown incident id \\"INC-1999-01-TYPO\\"/);
  });

  it('fails the model, naming the incident, when its text is missing', () => {
    const { ['INC-2024-12-EAGLES']: _gone, ...rest } = chart.display;
    expect(() => buildBalticModel({ ...chart, display: rest }, incidents, assets, sourceLookup())).toThrow(/INC-2024-12-EAGLES/);
  });

  it('uses its own sentences, not the fact sheet’s', () => {
    for (const inc of incidents) {
      const d = chart.display[inc.id]!;
      const facts = [inc.title, (inc as { outcome_status?: string }).outcome_status, (inc as { suspected_cause?: string }).suspected_cause];
      for (const sentence of facts.filter(Boolean)) {
        for (const text of [d.label, d.summary, d.cause, d.outcome]) expect(text).not.toBe(sentence);
      }
    }
  });
});

describe('dates', () => {
  it('are shown at their precision', () => {
    expect(incidentDateText('2024-12-25', 'day')).toBe('25 December 2024');
    expect(incidentDateText('2023-10-08', 'day', ['2023-10-07', '2023-10-08'])).toBe('7–8 October 2023');
    expect(incidentDateText('2025-12-31', 'approximate')).toBe('around 31 December 2025');
    expect(incidentDateText('2025-01-26', 'hour')).toBe('26 January 2025');
    expect(incidentDateText('2024-02', 'month')).toBe('February 2024');
    expect(view('INC-2023-10-BALTICCONNECTOR').dateText).toBe('7–8 October 2023');
    expect(view('INC-2024-11-YIPENG3').dateText).toBe('17–18 November 2024');
    expect(view('INC-2025-12-EE-OTHER-FAULTS').dateText).toBe('around 31 December 2025');
  });

  it('say when sources differ', () => {
    expect(view('INC-2025-02-CLION1').dateNote).toMatch(/differ/);
  });
});

describe('details', () => {
  it('carry ship and flag from the dataset', () => {
    expect(view('INC-2024-12-EAGLES').vesselName).toBe('Eagle S');
    expect(view('INC-2024-12-EAGLES').flag).toBe('Cook Islands');
    expect(view('INC-2024-12-EAGLES').flagNote).toMatch(/Panama/); // sources differ: say so
    expect(view('INC-2024-12-EAGLES').vessel).toMatch(/shadow fleet/);
    expect(view('INC-2023-10-BALTICCONNECTOR').vessel).toBe('Newnew Polar Bear');
    expect(view('INC-2025-01-VEZHEN').flag).toBe('Malta');
    expect(view('INC-2026-01-LIEPAJA').vessel).toBeNull();
  });

  it('say what is contested or unproven', () => {
    expect(view('INC-2024-12-EAGLES').outcome).toMatch(/dismissed/);
    expect(view('INC-2024-12-EAGLES').outcome).toMatch(/jurisdiction/);
    expect(view('INC-2024-12-EAGLES').outcome).toMatch(/appealed/);
    expect(view('INC-2024-12-EAGLES').cause).toMatch(/not been proven/);
    expect(view('INC-2025-01-VEZHEN').outcome).toMatch(/^Ruled an accident/);
    expect(view('INC-2025-12-EE-OTHER-FAULTS').outcome).toMatch(/not confirmed sabotage/);
  });

  it('list the damaged cables and pipelines in the site’s words, and which are drawn', () => {
    const eagle = view('INC-2024-12-EAGLES');
    expect(eagle.assets.map((a) => a.label)).toEqual([
      'Estlink 2 power cable (Finland–Estonia)',
      'C-Lion1 telecom cable (Finland–Germany)',
      'Elisa telecom cables (Helsinki–Tallinn)',
      'CITIC Telecom cable (Helsinki–Tallinn)',
    ]);
    expect(eagle.assets.every((a) => a.drawn)).toBe(true);
    expect(view('INC-2023-10-BALTICCONNECTOR').assets.find((a) => a.id === 'AST-BALTIKA')!.drawn).toBe(false);
    // Every cable is named in the chart entry's words, never the fact sheet's ("… in sources read").
    for (const i of model.incidents) for (const a of i.assets) expect(a.label).not.toMatch(/sources read|TeleGeography/i);
    expect(view('INC-2025-12-EE-OTHER-FAULTS').assets.map((a) => a.label)).toEqual(chart.display['INC-2025-12-EE-OTHER-FAULTS']!.site_labels);
  });

  it('resolve sources with publisher, title, date and link, and never show TeleGeography', () => {
    for (const i of model.incidents) {
      expect(i.sources.length).toBeGreaterThan(0);
      for (const s of i.sources) {
        expect(s.publisher).toBeTruthy();
        expect(s.title).toBeTruthy();
        expect(s.publisher).not.toMatch(/TeleGeography/i);
      }
    }
    const extra = view('INC-2023-10-BALTICCONNECTOR').sources.map((s) => s.title);
    expect(extra.some((t) => /pleads not guilty/.test(t))).toBe(true);
  });

  it('explain what is left off the map, one line per cable', () => {
    expect(view('INC-2025-12-ARELION-SE-EE').unplotted).toEqual([
      { assetId: 'AST-ARELION-SE-EE-2025', label: 'Arelion telecom cable (Sweden–Estonia)', reason: 'neither the damage site nor the landing points were published' },
    ]);
    expect(view('INC-2025-05-SWEPOL-NEARMISS').unplotted[0]!.reason).toBe('no damage, so not mapped');
    expect(view('INC-2025-12-EE-OTHER-FAULTS').unplotted[0]!.reason).toBe('no positions published, so not mapped');
    expect(view('INC-2024-11-YIPENG3').unplotted).toEqual([
      { assetId: 'AST-NORDBALT', label: 'NordBalt power cable (Lithuania–Sweden)', reason: 'where the damage lies was not published' },
      { assetId: 'AST-BCS-EWI', label: 'BCS East-West Interlink telecom cable (Lithuania–Gotland)', reason: 'landing-point positions not found, so no line is drawn' },
    ]);
    expect(unplottedText([], () => '', false)).toEqual([]);
  });
});

describe('table', () => {
  const table = balticTable(model, 'caption');

  it('has one row per incident, in time order, with the columns readers and downloads need', () => {
    expect(table.rows).toHaveLength(incidents.length);
    expect(table.columns.map((c) => c.key)).toEqual([
      'incident',
      'map_label',
      'date',
      'date_precision',
      'assets',
      'approximate_location',
      'approximate_points',
      'vessel',
      'flag',
      'outcome',
      'sources',
    ]);
    const dates = table.rows.map((r) => r.date as string);
    expect([...dates].sort()).toEqual(dates);
  });

  it('gives the Eagle S row as the chart shows it', () => {
    const row = table.rows.find((r) => r.vessel && String(r.vessel).startsWith('Eagle S'))!;
    expect(row).toMatchObject({ map_label: '3', date: '2024-12-25', date_precision: 'day' });
    expect(row.flag).toMatch(/^Cook Islands \(one report said Panama/);
    expect(String(row.approximate_points).split('; ')).toEqual(expect.arrayContaining(['60.04° N, 25.93° E', '59.70° N, 24.65° E']));
    expect(row.sources).toMatch(/Yle/);
  });

  it('keeps cells short, and says when only one source names the ship', () => {
    for (const row of table.rows) {
      expect(String(row.outcome).length).toBeLessThanOrEqual(80);
      expect(String(row.approximate_location).length).toBeLessThanOrEqual(80);
    }
    expect(table.rows[0]!.vessel).toBe('Andromeda (sailing yacht) (one source)');
    expect(table.rows.find((r) => r.vessel === 'Eagle S')!.outcome).toBe('Case dismissed (no jurisdiction); appeal pending');
  });

  it('marks the unmapped and never shows TeleGeography', () => {
    expect(table.rows.find((r) => String(r.incident).startsWith('Tanker'))!.map_label).toBe('not mapped');
    expect(JSON.stringify(table.rows)).not.toMatch(/telegeography/i);
    expect(pointText({ lat: 59.7, lon: 24.65 })).toBe('59.70° N, 24.65° E');
  });
});
