/** The Baltic cable map kind: incidents and the cables and pipelines they damaged (see ../chart-kind.ts). */
import { balticMapChartSchema } from '../../schemas/charts/baltic-map';
import { defineChartKind } from '../chart-kind';

export default defineChartKind({
  kind: 'baltic-map',
  mdx: 'BalticMap',
  schema: balticMapChartSchema,
  datasets: () => ['baltic-incidents', 'baltic-assets'],
  component: 'BalticMap.astro',
});
