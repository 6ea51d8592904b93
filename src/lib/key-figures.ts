/**
 * Counts the home page's key figures derive from the datasets (the other key figures are single values, taken with
 * <Fig>). Pure: takes the records as loaded from content/data.
 */

interface BalticIncident {
  context_only?: boolean;
  damage_confirmed?: boolean | null;
  include_on_damage_map?: boolean;
}

/**
 * Damage incidents as the site counts them: the numbered incidents on the Baltic map (not context-only events such as
 * Nord Stream, not near misses without damage, not faults kept off the damage map).
 */
export function balticDamageIncidents<T extends BalticIncident>(records: readonly T[]): T[] {
  return records.filter((r) => r.context_only !== true && r.damage_confirmed !== false && r.include_on_damage_map !== false);
}

interface UkEvent {
  event_type?: string;
  organisation?: string;
}

/** The organisations of the spring 2025 retail attacks, as the incident dataset names them. */
export const RETAIL_VICTIMS = ['Marks & Spencer', 'Co-op', 'Harrods'];

/** Court events (charges, pleas, verdicts) about the 2025 retail attacks in the incident dataset. */
export function retailCourtEvents<T extends UkEvent>(records: readonly T[]): T[] {
  return records.filter((r) => r.event_type === 'court' && RETAIL_VICTIMS.some((v) => (r.organisation ?? '').startsWith(v)));
}
