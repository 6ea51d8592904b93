/** The real timeline chart entry and datasets, read from content/ for the timeline unit tests (no build needed). */
import fs from 'node:fs';
import { parse } from 'yaml';
import { timelineChartSchema, type TimelineChartData } from '../../src/schemas/charts/timeline';
import { buildEvents, type Datasets, type SourceRecord } from '../../src/charts/timeline/events';
import type { Source } from '../../src/schemas/source';

const json = <T,>(file: string): T => JSON.parse(fs.readFileSync(`content/data/${file}`, 'utf8')) as T;

export function realChart(): TimelineChartData {
  return timelineChartSchema.parse(parse(fs.readFileSync('content/charts/uk-cyber-timeline.yaml', 'utf8')));
}

export function realDatasets(): Datasets {
  return {
    'uk-cyber-incidents': json<SourceRecord[]>('uk-cyber-incidents.json'),
    'policy-events': json<SourceRecord[]>('policy-events.json'),
    'baltic-incidents': json<SourceRecord[]>('baltic-incidents.json'),
  };
}

export function realSources(): Record<string, Source> {
  return Object.fromEntries(json<Source[]>('sources.json').map((s) => [s.id, s]));
}

export function realEvents() {
  return buildEvents(realChart(), realDatasets());
}

/** UTC midnight of a YYYY-MM-DD day. */
export const day = (s: string) => new Date(`${s}T00:00:00Z`);
