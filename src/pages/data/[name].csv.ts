/** /data/<name>.csv: a dataset's flat fields, one row per record (nested fields are in the JSON). */
import type { APIRoute } from 'astro';
import { datasetCatalogue, datasetCsv, type CatalogueEntry } from '../../lib/dataset-catalogue-content';

export async function getStaticPaths() {
  return (await datasetCatalogue()).map((entry) => ({ params: { name: entry.name }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CatalogueEntry }> = ({ props }) =>
  new Response(datasetCsv(props.entry), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
