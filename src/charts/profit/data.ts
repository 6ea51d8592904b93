/** Loads a profit chart's figures from the msFinancials collection and builds its model (see ./model). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { profitModel, type ProfitModel } from './model';

export async function loadProfitModel(entry: CollectionEntry<'charts'>): Promise<ProfitModel> {
  if (entry.data.kind !== 'profit') throw new Error(`content/charts/${entry.id}.yaml is a "${entry.data.kind}" chart, not a profit chart`);
  const records = new Map((await getCollection('msFinancials')).map((r) => [r.id, r.data]));
  return profitModel(entry.id, entry.data, (id) => records.get(id));
}
