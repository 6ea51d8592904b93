/**
 * The Baltic cable map: incidents and the assets they damaged, drawn on a map of the Baltic Sea region.
 * The facts come from content/data/baltic-incidents.json and baltic-assets.json; this file holds what readers
 * read: a short text per incident in the site's own words (`display`) and plain names for the cables (`asset_labels`).
 */
import { z } from 'astro/zod';
import { sourceIds } from '../common';
import { knownIds } from '../../lib/known-ids';
import { didYouMean } from '../../lib/editor-errors/suggest';
import { chartBase } from './base';

/** An incident or asset id from content/data/baltic-*.json (looked up through src/lib/known-ids.ts), so a mistyped key fails the build with its name. */
const knownKey = (kind: 'balticIncidents' | 'balticAssets') =>
  z.string().check((ctx) => {
    const known = knownIds()[kind];
    if (!known.has(ctx.value)) {
      const file = kind === 'balticIncidents' ? 'baltic-incidents.json' : 'baltic-assets.json';
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `unknown ${kind === 'balticIncidents' ? 'incident' : 'asset'} id "${ctx.value}": not in content/data/${file}${didYouMean(ctx.value, known)}`,
      });
    }
  });

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const align = z.enum(['start', 'middle', 'end']);

/** A name drawn on the map (country, sea, island or city), in the site's words, and where it may go. */
export const placeLabel = z.object({
  /** country: spaced capitals on land; sea: italic on water (seas, gulfs, islands); city: beside its dot. */
  kind: z.enum(['country', 'sea', 'city']),
  /** The name, one entry per line, e.g. ["Kaliningrad", "(Russia)"]. */
  lines: z.array(z.string().min(1)).min(1).max(3),
  /**
   * Where the name may go, best first, as [longitude, latitude] or [longitude, latitude, alignment]
   * (start: text begins there; end: ends there; middle: centred). The layout tries small shifts around each and
   * leaves the name out if none is free.
   */
  at: z.array(z.union([z.tuple([lon, lat]), z.tuple([lon, lat, align])])).min(1),
  /** Alignment for every point that gives none (default middle). */
  align: align.optional(),
  /** Only small shifts: for islands and cities, whose name must stay beside them. */
  tight: z.boolean().optional(),
  /** For cities: [longitude, latitude] of the dot. */
  dot: z.tuple([lon, lat]).optional(),
});

/** An approximate track drawn on the map, such as an anchor drag, through damage sites the dataset gives. */
export const mapTrack = z.object({
  /** The incident it belongs to (it lights up with it). */
  incident: knownKey('balticIncidents'),
  /**
   * The damaged assets whose sites (in the incident's data) the track joins, in the order the ship passed them.
   * Never coordinates: a track is drawn only through positions the dataset has.
   */
  through: z.array(knownKey('balticAssets')).min(2),
  /** The words on the map beside it; say that it is approximate, e.g. "Eagle S anchor drag (approximate)". */
  label: z.string().min(5).max(60),
})
  .refine((t) => /approximate/i.test(t.label), { message: 'the label of a track must say that it is approximate', path: ['label'] });

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
  /**
   * The ship and the outcome drawn beside the incident's site on the map, two short lines, e.g.
   * ["Eagle S", "case dismissed; appeal pending"]. Only for the incidents the story turns on: the layout leaves a note
   * out on a small map when it has no room (the list says it all).
   */
  on_map: z.array(z.string().min(2).max(32)).min(1).max(2).optional(),
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
  display: z.record(knownKey('balticIncidents'), balticIncidentDisplay),
  /** Plain names for cables and pipelines in legends and lists, keyed by asset id, e.g. "Estlink 2 power cable (Finland–Estonia)". */
  asset_labels: z.record(knownKey('balticAssets'), z.string().min(3)).default({}),
  /**
   * The names drawn on the maps: `main` for the Baltic map, `detail` for the Gulf of Finland detail. Earlier names get
   * first pick of the space; later ones are left out first when a small map runs out of room.
   */
  place_labels: z.object({ main: z.array(placeLabel), detail: z.array(placeLabel).default([]) }),
  /** Approximate tracks drawn on the map (at most a few), each labelled as approximate. */
  tracks: z.array(mapTrack).max(3).default([]),
  /**
   * Source ids never shown to readers, even where a dataset lists them (e.g. data not cleared for publication,
   * such as the TeleGeography snapshot).
   */
  withheld_sources: z.array(z.string()).default([]),
});

export type BalticMapChart = z.infer<typeof balticMapChartSchema>;
export type BalticIncidentDisplay = z.infer<typeof balticIncidentDisplay>;
export type PlaceLabelSpec = z.infer<typeof placeLabel>;
export type MapTrackSpec = z.infer<typeof mapTrack>;
