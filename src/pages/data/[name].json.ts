/** /data/<name>.json: a whole dataset, every field, with what it is and the sources it cites in full. */
import type { APIRoute } from 'astro';
import { datasetCatalogue, datasetJson, type CatalogueEntry } from '../../lib/dataset-catalogue-content';

export async function getStaticPaths() {
  return (await datasetCatalogue()).map((entry) => ({ params: { name: entry.name }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CatalogueEntry }> = ({ props }) =>
  new Response(datasetJson(props.entry), { headers: { 'content-type': 'application/json; charset=utf-8' } });
