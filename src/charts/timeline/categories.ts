/**
 * The timeline's event categories: what each is called, the shape and colour that mark it, and which dataset
 * event types fall into it. Categories are told apart by shape and by label as well as colour.
 * Colours are CSS custom properties from src/styles/tokens.css (all >= 3:1 against the page in both themes).
 */
import type { TimelineChartData } from '../../schemas/charts/timeline';

export type CategoryKey = 'attack' | 'impact' | 'assessment' | 'justice' | 'official' | 'baltic';
export type ShapeKey = 'circle' | 'square' | 'bars' | 'triangle' | 'diamond' | 'cross';

export interface Category {
  key: CategoryKey;
  /** One event of this kind, e.g. in a list item or the table. */
  singular: string;
  /** The row heading, filter label and legend entry. */
  plural: string;
  shape: ShapeKey;
  /** CSS custom property holding the colour. */
  colour: string;
}

/** In the order the rows are drawn, top to bottom. */
export const CATEGORIES: readonly Category[] = [
  { key: 'attack', singular: 'Attack', plural: 'Attacks', shape: 'circle', colour: '--chart-2' },
  { key: 'impact', singular: 'Disclosure or disruption', plural: 'Disclosures, disruption and recovery', shape: 'square', colour: '--chart-1' },
  { key: 'assessment', singular: 'Cost or assessment', plural: 'Costs and assessments', shape: 'bars', colour: '--chart-5' },
  { key: 'justice', singular: 'Arrest or court case', plural: 'Arrests and court cases', shape: 'triangle', colour: '--chart-3' },
  { key: 'official', singular: 'Official response', plural: 'Government, Parliament and NATO', shape: 'diamond', colour: '--chart-4' },
  { key: 'baltic', singular: 'Baltic Sea incident', plural: 'Baltic Sea cable incidents', shape: 'cross', colour: '--chart-muted' },
];

export const categoryByKey = new Map(CATEGORIES.map((c) => [c.key, c]));

/** event_type values in content/data/uk-cyber-incidents.json, by category. An unknown type fails the build. */
const UK_EVENT_TYPES: Record<string, CategoryKey> = {
  attack: 'attack',
  disclosure: 'impact',
  disruption: 'impact',
  recovery: 'impact',
  financial_report: 'assessment',
  assessment: 'assessment',
  statistic: 'assessment',
  attribution: 'assessment',
  law_enforcement: 'justice',
  court: 'justice',
  government_response: 'official',
  government_support: 'official',
};

/** The datasets a timeline can include (the `include` list of its schema). */
export type DatasetName = TimelineChartData['include'][number];

/** The category of a record, from its dataset and (for UK incidents) its event_type. */
export function categoryOf(dataset: DatasetName, eventType?: string): CategoryKey {
  if (dataset === 'policy-events') return 'official';
  if (dataset === 'baltic-incidents') return 'baltic';
  const key = eventType ? UK_EVENT_TYPES[eventType] : undefined;
  if (!key) {
    throw new Error(
      `timeline: unknown event_type "${eventType}" in uk-cyber-incidents: add it to UK_EVENT_TYPES in src/charts/timeline/categories.ts`,
    );
  }
  return key;
}
