/** The real Baltic map chart entry and datasets, read from content/ for the Baltic map unit tests (no build needed). */
import fs from 'node:fs';
import { parse } from 'yaml';
import { balticMapChartSchema, type BalticMapChart } from '../../src/schemas/charts/baltic-map';
import { withFigureRefs } from '../../src/schemas/chart';
import type { AssetInput } from '../../src/charts/baltic-map/layout';
import type { IncidentRecord } from '../../src/charts/baltic-map/model';
import type { Source } from '../../src/schemas/source';

const json = <T,>(file: string): T => JSON.parse(fs.readFileSync(`content/data/${file}`, 'utf8')) as T;

export function balticData(): { incidents: IncidentRecord[]; assets: AssetInput[] } {
  return { incidents: json<IncidentRecord[]>('baltic-incidents.json'), assets: json<AssetInput[]>('baltic-assets.json') };
}

export function balticChart(): BalticMapChart {
  // As the site reads it: figure references filled in, then checked.
  return withFigureRefs(balticMapChartSchema).parse(parse(fs.readFileSync('content/charts/baltic-cables.yaml', 'utf8'))) as BalticMapChart;
}

export function sourceLookup(): (id: string) => Source | undefined {
  const map = new Map(json<Source[]>('sources.json').map((s) => [s.id, s]));
  return (id) => map.get(id);
}
