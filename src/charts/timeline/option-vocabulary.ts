/**
 * What a timeline's MDX options may name, read straight from its chart file (no astro:content), for the MDX checker:
 * the events (the ids under display:), the rows and the organisations.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from '../../lib/content-paths';
import type { OptionVocabulary } from './options';

export function timelineVocabulary(chartId: string): OptionVocabulary | null {
  const file = contentDir('charts', `${chartId}.yaml`);
  if (!fs.existsSync(file)) return null;
  const data = parse(fs.readFileSync(file, 'utf8')) as {
    kind?: string;
    display?: Record<string, unknown>;
    rows?: { key: string }[];
    organisations?: Record<string, string>;
  };
  if (data.kind !== 'timeline') return null;
  return {
    events: new Set(Object.keys(data.display ?? {})),
    rows: new Set((data.rows ?? []).map((r) => r.key)),
    organisations: new Set(Object.keys(data.organisations ?? {})),
  };
}
