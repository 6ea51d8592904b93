/**
 * The chart components editors can place in MDX (from the chart kinds in src/charts/registry.ts); each takes
 * chart="<id of content/charts/<id>.yaml>".
 */
import { chartMdxNames } from '../../charts/registry';

export const chartComponents = chartMdxNames;
