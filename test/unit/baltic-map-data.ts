/** The real Baltic map chart entry and datasets, read from content/ for the Baltic map unit tests (no build needed). */
import fs from 'node:fs';
import { parse } from 'yaml';
import { balticMapChartSchema, type BalticMapChart } from '../../src/schemas/charts/baltic-map';
import type { AssetInput } from '../../src/charts/baltic-map/layout';
import type { IncidentRecord } from '../../src/charts/baltic-map/model';
import type { Source } from '../../src/schemas/source';

const json = <T,>(file: string): T => JSON.parse(fs.readFileSync(`content/data/${file}`, 'utf8')) as T;

export function balticData(): { incidents: IncidentRecord[]; assets: AssetInput[] } {
  return { incidents: json<IncidentRecord[]>('baltic-incidents.json'), assets: json<AssetInput[]>('baltic-assets.json') };
}

export function balticChart(): BalticMapChart {
  return balticMapChartSchema.parse(parse(fs.readFileSync('content/charts/baltic-cables.yaml', 'utf8')));
}

export function sourceLookup(): (id: string) => Source | undefined {
  const map = new Map(json<Source[]>('sources.json').map((s) => [s.id, s]));
  return (id) => map.get(id);
}
