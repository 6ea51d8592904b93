/**
 * The slice of the Baltic map a story needs, as an editor writes it in MDX:
 *   <BalticMap chart="baltic-cables" highlight="INC-2024-12-EAGLES" />
 *   highlight="…"   incident ids (the keys under display: in the chart file), separated by spaces: those incidents'
 *                   sites, lines, numbers and notes drawn strongly and listed first; the rest drawn quieter;
 *   from="YYYY-MM[-DD]", to="…"   only the incidents in that date range (inclusive); their numbers stay those of the
 *                   full map, so a slice and the map's page name an incident alike;
 *   compact="false" every incident's details in the article itself (compact is the default in articles: the list,
 *                   with each incident's details fetched from the chart's page when it is opened).
 * Pure: the same check runs in the MDX checker (file and line) and in the component (a safety net).
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from '../../lib/content-paths';
import { didYouMean } from '../../lib/editor-errors/suggest';
import { compactProblem, dateRangeProblems, parseCompact, sliceTitleProblems, words, type SliceWords } from '../frame/option-words';

export const MAP_OPTION_NAMES = ['highlight', 'from', 'to', 'compact', 'title', 'subtitle', 'description'] as const;

export interface MapOptionsInput extends SliceWords {
  highlight?: string;
  from?: string;
  to?: string;
  compact?: string | boolean;
}

export interface MapOptions {
  highlight: string[];
  from?: string;
  to?: string;
  compact?: boolean;
}


/** Problems with an editor's options, each a sentence that says what to do; empty when all is well. */
export function checkMapOptions(input: MapOptionsInput, incidents: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const id of words(input.highlight)) {
    if (!incidents.has(id)) {
      problems.push(`highlight="…": unknown incident "${id}"${didYouMean(id, incidents)} (use the incident ids under display: in the chart file)`);
    }
  }
  problems.push(...dateRangeProblems(input.from, input.to));
  const compact = compactProblem(input.compact);
  if (compact) problems.push(compact);
  problems.push(...sliceTitleProblems(input));
  return problems;
}

export function parseMapOptions(input: MapOptionsInput): MapOptions {
  return {
    highlight: words(input.highlight),
    from: input.from,
    to: input.to,
    compact: parseCompact(input.compact),
  };
}

/** The incident ids a map chart file names (its display: keys), read straight from the file for the MDX checker; null when it is not a map. */
export function mapVocabulary(chartId: string): Set<string> | null {
  const file = contentDir('charts', `${chartId}.yaml`);
  if (!fs.existsSync(file)) return null;
  const data = parse(fs.readFileSync(file, 'utf8')) as { kind?: string; display?: Record<string, unknown> };
  if (data.kind !== 'baltic-map') return null;
  return new Set(Object.keys(data.display ?? {}));
}
