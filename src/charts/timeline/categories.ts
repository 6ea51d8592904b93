/**
 * The timeline's four kinds of mark: what each is called, the shape and colour that mark it, and which dataset event
 * types fall into each. Kinds are told apart by shape and by label as well as colour; claims about Russia, the
 * subject of the lead article, are drawn larger and always labelled.
 * Colours are CSS custom properties from src/styles/tokens.css.
 */
import type { TimelineChartData, TimelineKind } from '../../schemas/charts/timeline';

export type CategoryKey = TimelineKind;
export type ShapeKey = 'circle' | 'triangle' | 'diamond' | 'bars';

export interface Category {
  key: CategoryKey;
  /** One event of this kind, e.g. in a list item or the table. */
  singular: string;
  /** The legend entry and filter label. */
  plural: string;
  shape: ShapeKey;
  /** CSS custom property holding the colour. */
  colour: string;
}

/** In legend order. */
export const CATEGORIES: readonly Category[] = [
  { key: 'attack', singular: 'Attack or impact', plural: 'Attacks and their impact', shape: 'circle', colour: '--accent' },
  { key: 'response', singular: 'Official response', plural: 'Official responses', shape: 'triangle', colour: '--chart-1' },
  { key: 'russia', singular: 'Claim about Russia', plural: 'Claims about Russia', shape: 'diamond', colour: '--chart-4' },
  { key: 'cost', singular: 'Cost or estimate', plural: 'Costs and estimates', shape: 'bars', colour: '--chart-5' },
];

export const categoryByKey = new Map(CATEGORIES.map((c) => [c.key, c]));

/** event_type values in content/data/uk-cyber-incidents.json, by kind. An unknown type fails the build. */
const UK_EVENT_TYPES: Record<string, CategoryKey> = {
  attack: 'attack',
  disclosure: 'attack',
  disruption: 'attack',
  recovery: 'attack',
  financial_report: 'cost',
  assessment: 'cost',
  statistic: 'cost',
  attribution: 'russia',
  law_enforcement: 'response',
  court: 'response',
  government_response: 'response',
  government_support: 'response',
};

/** The datasets a timeline can include (the `include` list of its schema). */
export type DatasetName = TimelineChartData['include'][number];

/** The kind of a record, from its dataset and (for UK incidents) its event_type. The chart file may override it. */
export function categoryOf(dataset: DatasetName, eventType?: string): CategoryKey {
  if (dataset === 'policy-events') return 'response';
  if (dataset === 'baltic-incidents') return 'attack';
  const key = eventType ? UK_EVENT_TYPES[eventType] : undefined;
  if (!key) {
    throw new Error(
      `timeline: unknown event_type "${eventType}" in uk-cyber-incidents: add it to UK_EVENT_TYPES in src/charts/timeline/categories.ts`,
    );
  }
  return key;
}
