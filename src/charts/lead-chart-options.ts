/**
 * The slice options an article's lead chart takes in frontmatter (`lead_visual: { chart, highlight, only, from, to,
 * compact, title, subtitle, description }`), checked against the chart file as the MDX checker checks the same options written in the text: the
 * options a kind does not take, unknown events or incidents, dates that are not dates. Reads the chart files
 * straight from disk (no astro:content), so the article schema can use it.
 */
import fs from 'node:fs';
import { contentDir } from '../lib/content-paths';
import { checkTimelineOptions, TIMELINE_OPTION_NAMES } from './timeline/options';
import { timelineVocabulary } from './timeline/option-vocabulary';
import { checkMapOptions, MAP_OPTION_NAMES, mapVocabulary } from './baltic-map/options';

export interface LeadChartOptions {
  chart: string;
  highlight?: string;
  only?: string;
  from?: string;
  to?: string;
  compact?: string | boolean;
  title?: string;
  subtitle?: string;
  description?: string;
}

const ALL = ['highlight', 'only', 'from', 'to', 'compact', 'title', 'subtitle', 'description'] as const;

/** Problems with a lead chart's options, each a sentence saying what to do, with the option it is about where one is. */
export function leadChartOptionProblems(lead: LeadChartOptions): { option?: string; message: string }[] {
  return problemSentences(lead).map((message) => ({ option: ALL.find((o) => message.startsWith(`${o}=`) || message.startsWith(`${o}:`)), message }));
}

function problemSentences(lead: LeadChartOptions): string[] {
  const given = ALL.filter((o) => lead[o] !== undefined);
  if (given.length === 0) return [];
  const options = Object.fromEntries(given.map((o) => [o, lead[o]]));
  const timeline = timelineVocabulary(lead.chart);
  if (timeline) {
    const extra = given.filter((o) => !(TIMELINE_OPTION_NAMES as readonly string[]).includes(o));
    return [...extra.map((o) => `${o}: the timeline takes no such option`), ...checkTimelineOptions(options, timeline)];
  }
  const map = mapVocabulary(lead.chart);
  if (map) {
    const extra = given.filter((o) => !(MAP_OPTION_NAMES as readonly string[]).includes(o));
    return [
      ...extra.map((o) => `${o}: the map takes no such option (it takes ${MAP_OPTION_NAMES.join(', ')})`),
      ...checkMapOptions(options, map),
    ];
  }
  // An unknown chart is reported by its own check.
  if (!fs.existsSync(contentDir('charts', `${lead.chart}.yaml`))) return [];
  return [`${given.join(', ')}: chart "${lead.chart}" takes no options (only the timeline and the map do); leave them out`];
}
