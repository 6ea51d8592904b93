/**
 * What a timeline's MDX options may name, read straight from its chart file (no astro:content), for the MDX checker:
 * the events (the ids under display:), the rows and the organisations.
 */
import fs from 'node:fs';
import { parse } from 'yaml';
import { contentDir } from '../../lib/content-paths';
import type { OptionVocabulary } from './options';

/** Per chart file, the vocabulary as of the file's last change: every article that shows a timeline asks again. */
const read = new Map<string, { stamp: string; vocabulary: OptionVocabulary | null }>();

export function timelineVocabulary(chartId: string): OptionVocabulary | null {
  const file = contentDir('charts', `${chartId}.yaml`);
  let stamp: string;
  try {
    const stat = fs.statSync(file);
    stamp = `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return null;
  }
  const known = read.get(file);
  if (known?.stamp === stamp) return known.vocabulary;
  const vocabulary = vocabularyOf(fs.readFileSync(file, 'utf8'));
  read.set(file, { stamp, vocabulary });
  return vocabulary;
}

function vocabularyOf(yaml: string): OptionVocabulary | null {
  const data = parse(yaml) as {
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
