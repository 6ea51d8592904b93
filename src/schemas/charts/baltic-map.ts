/**
 * The Baltic cable map: incidents and the assets they damaged, drawn on a map of the Baltic Sea region.
 * The facts come from content/data/baltic-incidents.json and baltic-assets.json; this file holds what readers
 * read: a short text per incident in the site's own words (`display`) and plain names for the cables (`asset_labels`).
 */
import fs from 'node:fs';
import { z } from 'astro/zod';
import { contentDir } from '../../lib/content-paths';
import { sourceIds } from '../common';
import { chartBase } from './base';

let idCache: { incidents: Set<string>; assets: Set<string> } | undefined;
/** Incident and asset ids in the datasets, read once, so a mistyped key fails the build with its name. */
function datasetIds() {
  const read = (name: string) => {
    const file = contentDir('data', name);
    if (!fs.existsSync(file)) return new Set<string>();
    return new Set((JSON.parse(fs.readFileSync(file, 'utf8')) as { id: string }[]).map((r) => r.id));
  };
  idCache ??= { incidents: read('baltic-incidents.json'), assets: read('baltic-assets.json') };
  return idCache;
}

const knownKey = (kind: 'incidents' | 'assets') =>
  z.string().check((ctx) => {
    if (!datasetIds()[kind].has(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `unknown ${kind === 'incidents' ? 'incident' : 'asset'} id "${ctx.value}": not in content/data/baltic-${kind}.json`,
      });
    }
  });

/** What readers see about one incident. Every sentence in the site's own words; facts exactly as in the dataset. */
export const balticIncidentDisplay = z.object({
  /**
   * Short code on the map and in the list for incidents that get no number, e.g. "NS" for the Nord Stream context event.
   * Damage incidents are numbered 1, 2, 3 ... in date order automatically.
   */
  code: z.string().max(3).optional(),
  /** The incident's name in the list, a few words: what was damaged, e.g. "Estlink 2 power cable and four telecom cables". */
  label: z.string().min(5).max(80),
  /** What happened, in one or two plain sentences. */
  summary: z.string().min(20),
  /** Where, in words, saying that the point is approximate (or that it was not published and is not mapped). */
  location: z.string().min(5),
  /** Where, in a few words for the data table, e.g. "Gulf of Finland, Finland’s economic zone". */
  area: z.string().min(3).max(80),
  /**
   * The ship, in words, when the vessel named in the dataset needs explaining (e.g. "shadow fleet", single source).
   * Leave out to show just the name and flag from the dataset.
   */
  vessel: z.string().optional(),
  /**
   * Names, in the site's words, for damaged cables the dataset lists without an asset id, in the order of the
   * incident's sites, e.g. ["Second Estonia–Sweden telecom cable (owner not named)"].
   */
  site_labels: z.array(z.string().min(3)).optional(),
  /** A note on the ship's flag when sources differ, e.g. "one report said Panama". */
  flag_note: z.string().optional(),
  /** The suspected cause, with how sure anyone is: "suspected", "ruled an accident", "not determined". */
  cause: z.string().min(5),
  /** Investigation and court outcome as of the latest reporting, saying what is contested or pending. */
  outcome: z.string().min(5),
  /** The outcome in a few words for the data table, e.g. "Case dismissed (jurisdiction); appeal pending". */
  status: z.string().min(3).max(80),
  /** Repair and return to service, with dates as precise as reported. */
  repair: z.string().optional(),
  /** A note on the date when sources differ or it is only approximately known. */
  date_note: z.string().optional(),
  /** Sources for statements above that the incident's own source list does not cover (ids in sources.json). */
  sources: sourceIds.optional(),
});

export const balticMapChartSchema = chartBase.extend({
  kind: z.literal('baltic-map'),
  /** Show context-only events (e.g. Nord Stream) as well as the anchor incidents. */
  include_context: z.boolean().default(true),
  /**
   * The site's words for each incident, keyed by incident id from content/data/baltic-incidents.json.
   * Every incident the chart shows must have an entry (the build fails naming any that is missing).
   */
  display: z.record(knownKey('incidents'), balticIncidentDisplay),
  /** Plain names for cables and pipelines in legends and lists, keyed by asset id, e.g. "Estlink 2 power cable (Finland–Estonia)". */
  asset_labels: z.record(knownKey('assets'), z.string().min(3)).default({}),
  /**
   * Source ids never shown to readers, even where a dataset lists them (e.g. data not cleared for publication,
   * such as the TeleGeography snapshot).
   */
  withheld_sources: z.array(z.string()).default([]),
});

export type BalticMapChart = z.infer<typeof balticMapChartSchema>;
export type BalticIncidentDisplay = z.infer<typeof balticIncidentDisplay>;
