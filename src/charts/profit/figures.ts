/**
 * Figures in words taken from the data, not typed in: a note written as
 * "Statutory profit includes {ms-h1-2526-cyber-adjusting-items} of costs" becomes "... includes £101.6m of costs".
 * `{record-id}` is the record's `value`; `{record-id.path.to.field}` is a number inside the record
 * (e.g. `{ms-h1-2425-statutory-pbt.conflict.alternative_value}`). Each is formatted in the record's unit.
 * Pure: the caller passes a lookup over content/data/ms-financials.json.
 */
import { inRecordUnit } from '../../lib/figures';
import { FIGURE_PATTERN, figureIds } from '../../schemas/charts/profit';

export { FIGURE_PATTERN, figureIds };

/** What this module needs from an ms-financials record. */
export interface FigureRecord {
  id: string;
  value: unknown;
  unit: string;
  [field: string]: unknown;
}

/**
 * Fills every {record-id} in `template` from the data. Throws, naming `where`, for an unknown id,
 * a missing field or a value that is not a number, so a typo fails the build instead of printing a wrong figure.
 */
export function fillFigures(template: string, lookup: (id: string) => FigureRecord | undefined, where: string): string {
  return template.replace(FIGURE_PATTERN, (_match, id: string, path: string) => {
    const record = lookup(id);
    if (!record) throw new Error(`${where}: {${id}${path}} names no record in content/data/ms-financials.json`);
    const fields = path ? path.slice(1).split('.') : ['value'];
    let value: unknown = record;
    for (const field of fields) {
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new Error(`${where}: {${id}${path}} is not a number in content/data/ms-financials.json (found ${JSON.stringify(value)})`);
    }
    try {
      return inRecordUnit(value, record.unit);
    } catch (error) {
      throw new Error(`${where}: {${id}${path}}: ${(error as Error).message}`);
    }
  });
}
