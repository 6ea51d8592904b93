/**
 * Schemas for the datasets in content/data/*.json, imported once from the project's researched fact sheets.
 * Each record keeps the fact sheet's extra fields (notes, conflicts, second-pass checks) as they are;
 * the fields below are the ones the site relies on, and every list of source ids anywhere in a record must resolve.
 */
import { z } from 'astro/zod';
import { checkNestedSourceIds, checkOneSource, confidence, datePrecision, oneSource, partialDate, sourceIds } from './common';

const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'use letters, digits and hyphens');

/** Adds the nested source-id check to a record schema. */
const withSources = <T extends z.ZodType>(schema: T) =>
  schema.check((ctx) => {
    checkNestedSourceIds(ctx.value, ctx);
    checkOneSource(ctx.value, ctx);
  });

/** M&S reported figures: one record per metric and period (content/data/ms-financials.json). */
export const msFinancialSchema = withSources(
  z.looseObject({
    id,
    /** Machine name of the measure, e.g. statutory_profit_before_tax. */
    metric: z.string(),
    /** The measure's name as M&S reports it. */
    metric_label_as_reported: z.string(),
    /** M&S's own period label, e.g. "26 weeks ended 27 September 2025". */
    period_label: z.string(),
    /** Short period label for charts, e.g. "H1 2025/26". */
    period_short: z.string(),
    /**
     * The value in `unit` (GBP m unless stated). A number for a single figure; an object of named numbers for a split
     * (e.g. cost components); a string for guidance given in words; null where the value was not obtained.
     */
    value: z.union([z.number(), z.string(), z.record(z.string(), z.unknown())]).nullable(),
    unit: z.string(),
    /** When the figure was published. */
    published: partialDate,
    sources: sourceIds,
    confidence,
    /** For a single-source record listing several sources: which one the mark rests on (see `oneSource`). */
    one_source: oneSource.optional(),
  }),
);

/** UK cyber incidents and related events of 2025 (content/data/uk-cyber-incidents.json). */
export const ukIncidentSchema = withSources(
  z.looseObject({
    id,
    date: partialDate,
    date_precision: datePrecision,
    /**
     * A different day that a single source gives, where the others agree on `date` (M&S's online pause: 23 April in
     * one report, 25 April in the rest). It carries its own sources and mark, so `{id.date_alternative.date}` prints
     * "(one source)" while `{id.date}` does not.
     */
    date_alternative: z.object({ date: partialDate, sources: sourceIds, confidence }).optional(),
    /** One line, in the site's own words. */
    title: z.string().min(5),
    organisation: z.string(),
    sector: z.string(),
    /** attack, disclosure, disruption, recovery, court, financial_report, ... */
    event_type: z.string(),
    /** What happened, in the site's own words. */
    description: z.string(),
    /** Who claimed it or is linked to it; null when nobody has. */
    actor_or_claimed_by: z.string().nullable(),
    /** Reported impact figures; keys say what and in what unit. */
    impact: z.record(z.string(), z.unknown()).default({}),
    sources: sourceIds,
    confidence,
    /** For a single-source record listing several sources: which one the mark rests on (see `oneSource`). */
    one_source: oneSource.optional(),
    notes: z.string().optional(),
  }),
);

/** NATO and UK government events that frame the story (content/data/policy-events.json). */
export const policyEventSchema = withSources(
  z.looseObject({
    id,
    date: partialDate,
    date_precision: datePrecision,
    title: z.string().min(5),
    actor: z.string(),
    description: z.string(),
    sources: sourceIds,
    confidence,
    /** For a single-source record listing several sources: which one the mark rests on (see `oneSource`). */
    one_source: oneSource.optional(),
    notes: z.string().optional(),
  }),
);

const point = z.looseObject({
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  approximate: z.boolean().default(false),
});

/** Cables and pipelines with their landing points (content/data/baltic-assets.json). */
export const balticAssetSchema = withSources(
  z.looseObject({
    id,
    name: z.string(),
    type: z.string(),
    operator: z.string().optional(),
    countries: z.array(z.string().length(2)),
    /** Both landing points (town or converter station); routes are drawn as schematic straight lines between them. */
    endpoints: z.array(point.extend({ name: z.string(), country: z.string().length(2) })),
    sources: sourceIds,
  }),
);

/** Damage events to Baltic Sea infrastructure (content/data/baltic-incidents.json). */
export const balticIncidentSchema = withSources(
  z.looseObject({
    id,
    title: z.string(),
    /** True for events shown for context only (e.g. Nord Stream), not counted as anchor incidents. */
    context_only: z.boolean().default(false),
    date: partialDate,
    date_precision: datePrecision,
    category: z.string(),
    damage_confirmed: z.boolean().nullable().optional(),
    /** false keeps an incident off the damage map even if it had coordinates (e.g. a near miss with no damage). */
    include_on_damage_map: z.boolean().optional(),
    /** First and last day when the damage spans days, e.g. ["2023-10-07", "2023-10-08"]. */
    date_range: z.array(z.string()).optional(),
    /** The ship investigators or reports point at, with how well sourced the name is. */
    suspected_vessel: z.looseObject({ name: z.string().optional(), flag: z.string().optional(), confidence: z.string().optional() }).nullable().optional(),
    /** Where damage was found: each site names an asset and an (often approximate) point. */
    sites: z.array(point.extend({ asset_id: z.string().nullable().optional(), infrastructure: z.string(), type: z.string().optional() })),
    damage_summary: z.string().optional(),
    suspected_cause: z.string().optional(),
    outcome_status: z.string().optional(),
    sources: sourceIds,
    confidence: z.string(),
    /** For a single-source record listing several sources: which one the mark rests on (see `oneSource`). */
    one_source: oneSource.optional(),
  }),
);

export type BalticAsset = z.infer<typeof balticAssetSchema>;
export type BalticIncident = z.infer<typeof balticIncidentSchema>;

/** NATO and EU responses to the Baltic incidents (content/data/baltic-responses.json). */
export const balticResponseSchema = withSources(
  z.looseObject({
    id,
    date: partialDate,
    actor: z.string(),
    type: z.string(),
    summary: z.string(),
    sources: sourceIds,
    confidence: z.string().optional(),
    /** For a single-source record listing several sources: which one the mark rests on (see `oneSource`). */
    one_source: oneSource.optional(),
  }),
);

export type MsFinancialRecord = z.infer<typeof msFinancialSchema>;
export type UkIncidentRecord = z.infer<typeof ukIncidentSchema>;
export type PolicyEventRecord = z.infer<typeof policyEventSchema>;
export type BalticIncidentRecord = z.infer<typeof balticIncidentSchema>;
