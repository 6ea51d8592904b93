/** Loads a baltic-map chart entry and its datasets from the content collections and builds the model. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { sourceLookup } from '../../lib/content';
import { buildMemo } from '../../lib/build-memo';
import type { BalticMapChart } from '../../schemas/charts/baltic-map';
import { buildBalticModel, type BalticModel, type IncidentRecord } from './model';
import type { AssetInput } from './layout';

/** The map's viewBox width: the on-screen size comes from CSS. */
export const MAP_WIDTH = 600;

/**
 * The chart and its model, built once per chart in a build (the map's projection and clipped coastlines take about
 * 60 ms, and every article, chart, embed and home page that shows the map asks for it). Read-only: pages share it.
 */
export const loadBalticModel: (entry: CollectionEntry<'charts'>) => Promise<{ chart: BalticMapChart; model: BalticModel }> = buildMemo(
  (entry) => entry.id,
  buildModel,
);

async function buildModel(entry: CollectionEntry<'charts'>): Promise<{ chart: BalticMapChart; model: BalticModel }> {
  if (entry.data.kind !== 'baltic-map') throw new Error(`chart "${entry.id}" is a ${entry.data.kind} chart, not baltic-map`);
  const chart: BalticMapChart = entry.data;
  const [incidents, assets, source] = await Promise.all([getCollection('balticIncidents'), getCollection('balticAssets'), sourceLookup()]);
  const model = buildBalticModel(
    chart,
    incidents.map((i): IncidentRecord => i.data),
    assets.map((a): AssetInput => a.data),
    source,
    MAP_WIDTH,
  );
  return { chart, model };
}
