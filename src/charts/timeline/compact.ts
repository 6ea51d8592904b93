/**
 * The compact list an article shows by default: the events the story turns on drawn large (the highlighted ones if
 * the editor highlighted any, else the key moments: annotated events and claims about Russia), the rest folded by
 * month. Pure.
 */
import { monthName } from '../../lib/dates';

export interface CompactEvent {
  id: string;
  order: number;
  at: Date;
  category: string;
  annotation?: string;
}

export interface MonthFold<E> {
  key: string;
  label: string;
  events: E[];
}

export interface CompactPlan<E> {
  large: E[];
  folds: MonthFold<E>[];
}

/** Events grouped by the calendar month of their mark, in time order. */
export function groupByMonth<E extends Pick<CompactEvent, 'order' | 'at'>>(events: readonly E[]): MonthFold<E>[] {
  const groups: MonthFold<E>[] = [];
  for (const e of [...events].sort((a, b) => a.order - b.order)) {
    const key = `${e.at.getUTCFullYear()}-${String(e.at.getUTCMonth() + 1).padStart(2, '0')}`;
    let g = groups.at(-1);
    if (!g || g.key !== key) {
      g = { key, label: `${monthName(e.at.getUTCMonth())} ${e.at.getUTCFullYear()}`, events: [] };
      groups.push(g);
    }
    g.events.push(e);
  }
  return groups;
}

/** A key moment: annotated on the chart, or a claim about Russia. */
export const isKeyEvent = (e: CompactEvent) => e.annotation !== undefined || e.category === 'russia';

export function compactPlan<E extends CompactEvent>(
  events: readonly E[],
  options: { highlighted?: ReadonlySet<string>; maxLarge?: number } = {},
): CompactPlan<E> {
  const maxLarge = options.maxLarge ?? 6;
  const sorted = [...events].sort((a, b) => a.order - b.order);
  const highlighted = sorted.filter((e) => options.highlighted?.has(e.id));
  const pool = highlighted.length > 0 ? highlighted : sorted.filter(isKeyEvent);
  // Keep the annotated moments before other claims when there are too many, then restore time order.
  const ranked = [...pool].sort((a, b) => Number(b.annotation !== undefined) - Number(a.annotation !== undefined) || a.order - b.order);
  const large = new Set(ranked.slice(0, maxLarge).map((e) => e.id));
  return {
    large: sorted.filter((e) => large.has(e.id)),
    folds: groupByMonth(sorted.filter((e) => !large.has(e.id))),
  };
}
