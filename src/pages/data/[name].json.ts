/** /data/<name>.json: a whole dataset in its public form, with its data dictionary, licence, citation and sources. */
import type { APIRoute } from 'astro';
import { datasetCatalogue, datasetJson, type CatalogueEntry } from '../../lib/dataset-catalogue-content';
import { absoluteUrl } from '../../lib/site';
import { routes } from '../../lib/routes';

export async function getStaticPaths() {
  return (await datasetCatalogue()).map((entry) => ({ params: { name: entry.name }, props: { entry } }));
}

export const GET: APIRoute<{ entry: CatalogueEntry }> = ({ props, site }) =>
  new Response(datasetJson(props.entry, absoluteUrl(routes.dataset(props.entry.name, 'json'), site)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
