/** The real timeline chart entry and datasets, read from content/ for the timeline unit tests (no build needed). */
import fs from 'node:fs';
import { parse } from 'yaml';
import { timelineChartSchema, type TimelineChartData } from '../../src/schemas/charts/timeline';
import { withFigureRefs } from '../../src/schemas/chart';
import { buildEvents, type Datasets } from '../../src/charts/timeline/events';
import { balticIncidentSchema, policyEventSchema, ukIncidentSchema } from '../../src/schemas/datasets';
import type { Source } from '../../src/schemas/source';

const json = <T,>(file: string): T => JSON.parse(fs.readFileSync(`content/data/${file}`, 'utf8')) as T;

export function realChart(): TimelineChartData {
  // As the site reads it: figure references filled in, then checked.
  return withFigureRefs(timelineChartSchema).parse(parse(fs.readFileSync('content/charts/uk-cyber-timeline.yaml', 'utf8'))) as TimelineChartData;
}

/** The three datasets, each record read through its schema as the build reads it. */
export function realDatasets(): Datasets {
  return {
    'uk-cyber-incidents': json<unknown[]>('uk-cyber-incidents.json').map((r) => ukIncidentSchema.parse(r)),
    'policy-events': json<unknown[]>('policy-events.json').map((r) => policyEventSchema.parse(r)),
    'baltic-incidents': json<unknown[]>('baltic-incidents.json').map((r) => balticIncidentSchema.parse(r)),
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
