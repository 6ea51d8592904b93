/** The profit chart kind: paired bars of reported figures from ms-financials (see ../chart-kind.ts). */
import { profitChartSchema } from '../../schemas/charts/profit';
import { defineChartKind } from '../chart-kind';

export default defineChartKind({
  kind: 'profit',
  mdx: 'ProfitChart',
  schema: profitChartSchema,
  datasets: () => ['ms-financials'],
  component: 'ProfitChart.astro',
});
