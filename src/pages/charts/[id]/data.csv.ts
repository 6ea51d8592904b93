/** /charts/<id>/data.csv: the chart's data table as CSV (sources are in the JSON download and on the chart). */
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { chartTable } from '../../../charts/chart-parts';
import { toCsv } from '../../../lib/csv';

export async function getStaticPaths() {
  return (await getCollection('charts')).map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

export const GET: APIRoute<{ chart: CollectionEntry<'charts'> }> = async ({ props }) => {
  const table = await chartTable(props.chart);
  return new Response(toCsv(table.columns.map((c) => c.key), table.rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
