/** /charts/<id>/data.json: the chart's data with its title (its finding), subtitle, notes and full sources. */
import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { chartTable } from '../../../charts/chart-parts';
import { resolveSources } from '../../../lib/chart-sources';

export async function getStaticPaths() {
  return (await getCollection('charts')).map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}

export const GET: APIRoute<{ chart: CollectionEntry<'charts'> }> = async ({ props }) => {
  const { chart } = props;
  const table = await chartTable(chart);
  const body = {
    id: chart.id,
    title: chart.data.title,
    subtitle: chart.data.subtitle,
    notes: table.notes ?? chart.data.notes,
    sources: await resolveSources(chart.data.sources),
    columns: table.columns,
    rows: table.rows,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
