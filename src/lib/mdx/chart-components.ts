/** The chart components editors can place in MDX (from the chart kinds in src/charts/registry.ts). */
import { chartMdxNames } from '../../charts/registry';

export const chartComponents = chartMdxNames;
