/**
 * The M&S profit chart: pairs of reported figures, before and after the attack, drawn as labelled bars
 * with the percentage change worked out from the data. Every figure comes from content/data/ms-financials.json
 * by record id, so a corrected figure there corrects the chart, its notes, its table and its downloads.
 */
import { z } from 'astro/zod';
import { chartBase } from './base';
import { FIGURE_REF, recordIndex } from '../../lib/figures';

/**
 * A figure placeholder in a note: {record-id} or {record-id.field.subfield}, the same form as figure references
 * everywhere (src/lib/figures.ts). Filled in by src/charts/profit/figures.ts.
 */
export const FIGURE_PATTERN = FIGURE_REF;

/** The record ids a note refers to, in order. */
export function figureIds(template: string): string[] {
  return [...template.matchAll(FIGURE_PATTERN)].map((m) => m[1] as string);
}

/** An M&S record by id, from the shared index of content/data (read once), so a wrong id fails with this file named. */
function msFinancialRecord(id: string): Record<string, unknown> | undefined {
  const hit = recordIndex().get(id);
  return hit?.dataset === 'ms-financials' ? hit.record : undefined;
}

/** A record id in ms-financials.json whose value is a single figure in £m. */
const figureRecordId = z.string().check((ctx) => {
  const record = msFinancialRecord(ctx.value);
  if (!record) {
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `no record "${ctx.value}" in content/data/ms-financials.json` });
  } else if (typeof record.value !== 'number' || record.unit !== 'GBP m') {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: `record "${ctx.value}" is not a single figure in GBP m (value ${JSON.stringify(record.value)}, unit "${String(record.unit)}")`,
    });
  }
});

export const profitChartSchema = chartBase.extend({
  kind: z.literal('profit'),
  /**
   * One group of bars per measure: the record ids in content/data/ms-financials.json for the earlier and the later period.
   * All measures must compare the same two periods (they share the table's columns).
   */
  series: z
    .array(
      z.object({
        /** How the measure is labelled on the chart, e.g. "Statutory profit before tax". Keep it under about 30 characters. */
        label: z.string().min(3).max(60),
        /** Record id of the earlier period's figure, e.g. ms-h1-2425-statutory-pbt. */
        before: figureRecordId,
        /** Record id of the later period's figure, e.g. ms-h1-2526-statutory-pbt. */
        after: figureRecordId,
      }),
    )
    .min(1),
  /**
   * Notes that quote figures, shown above the plain `notes`. Write `{record-id}` where a figure goes and the site fills in
   * the record's value in its unit: "includes {ms-h1-2526-insurance} of insurance income" -> "includes £100m of insurance
   * income". `{record-id.conflict.alternative_value}` reaches a number inside the record (e.g. a conflicting figure).
   * Never type a figure that is in the data.
   */
  figure_notes: z
    .array(
      z.string().check((ctx) => {
        for (const id of figureIds(ctx.value)) {
          if (!msFinancialRecord(id)) {
            ctx.issues.push({ code: 'custom', input: ctx.value, message: `{${id}} names no record in content/data/ms-financials.json` });
          }
        }
      }),
    )
    .default([]),
});

export type ProfitChartData = z.infer<typeof profitChartSchema>;
