/**
 * Pure filter logic for <chart-explorer> (no DOM): which items pass the readers' filter choices.
 *
 * Controls are read into FilterControl records by the element. Per filter key:
 * - "multi" controls (checkboxes, buttons with aria-pressed) together form one set of allowed values:
 *   the values of those that are on. None on means nothing with that key passes.
 * - "single" controls (a <select>, a checked radio button) each allow just their value; the value "" or "*" means "any".
 * Several constraints on one key must all be met. An item without a value for a key is not affected by that key.
 */
export interface FilterControl {
  key: string;
  kind: 'multi' | 'single';
  value: string;
  /** Checked / pressed / selected. A select or a checked radio is always on. */
  on: boolean;
}

/** For each key, the sets of allowed values; an item passes a key when it has a value in every set. */
export type Constraints = Map<string, Set<string>[]>;

export function constraintsFrom(controls: readonly FilterControl[]): Constraints {
  const multi = new Map<string, Set<string>>();
  const out: Constraints = new Map();
  for (const c of controls) {
    if (c.kind === 'multi') {
      const set = multi.get(c.key) ?? new Set<string>();
      if (c.on) for (const v of tokens(c.value)) set.add(v);
      multi.set(c.key, set);
    } else if (c.on && c.value !== '' && c.value !== '*') {
      const list = out.get(c.key) ?? [];
      list.push(new Set(tokens(c.value)));
      out.set(c.key, list);
    }
  }
  for (const [key, set] of multi) {
    const list = out.get(key) ?? [];
    list.push(set);
    out.set(key, list);
  }
  return out;
}

/** Does an item with these filter values (key -> space-separated values) pass? */
export function passes(values: Readonly<Record<string, string | undefined>>, constraints: Constraints): boolean {
  for (const [key, sets] of constraints) {
    const raw = values[key];
    if (raw === undefined) continue;
    const mine = tokens(raw);
    for (const set of sets) {
      if (!mine.some((v) => set.has(v))) return false;
    }
  }
  return true;
}

/** The message the live region reads after a filter change, e.g. "12 of 49 events shown". */
export function countMessage(shown: number, total: number, noun = 'item', plural = `${noun}s`): string {
  if (shown === total) return `All ${total} ${total === 1 ? noun : plural} shown`;
  return `${shown} of ${total} ${total === 1 ? noun : plural} shown`;
}

/** Turns "data-filter-org" style attribute names into keys ("org"); null for anything else. */
export function filterKeyOfAttribute(name: string): string | null {
  const m = /^data-filter-([a-z0-9-]+)$/.exec(name);
  return m ? (m[1] ?? null) : null;
}

function tokens(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}
