/**
 * The datasets in content/data/ and the content collection that loads each (src/content.config.ts). A dataset's
 * name is its file name without ".json"; it is also the name of its downloads (/data/<name>.json and .csv).
 * The one place that pairs the two: the collections, the Data page and the charts' loaders all read it here.
 */
export const datasetCollections = {
  'ms-financials': 'msFinancials',
  'uk-cyber-incidents': 'ukIncidents',
  'policy-events': 'policyEvents',
  'baltic-incidents': 'balticIncidents',
  'baltic-assets': 'balticAssets',
  'baltic-responses': 'balticResponses',
  sources: 'sources',
} as const;

export type DatasetName = keyof typeof datasetCollections;
export type DatasetCollection = (typeof datasetCollections)[DatasetName];

/** Every dataset name, in the Data page's order. */
export const datasetNames = Object.keys(datasetCollections) as DatasetName[];
