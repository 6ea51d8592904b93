/** Resolves a chart's source ids to full sources, in the order given. */
import { getEntry } from 'astro:content';
import type { Source } from '../schemas/source';

export async function resolveSources(ids: readonly string[]): Promise<Source[]> {
  return Promise.all(
    ids.map(async (id) => {
      const entry = await getEntry('sources', id);
      if (!entry) throw new Error(`unknown source id "${id}"`);
      return entry.data;
    }),
  );
}
