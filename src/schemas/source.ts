/**
 * One source: a document a fact comes from. Kept in content/data/sources.json, one object per source.
 */
import { z } from 'astro/zod';
import { partialDate } from './common';

export const sourceSchema = z.object({
  /** Stable id that content cites, e.g. "alliance-2025-11-05": publisher, then date. Never change it once used. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and hyphens'),
  /** Who published it, as they name themselves: "Reuters", "Marks and Spencer Group plc". */
  publisher: z.string().min(1),
  /** The document's own title, copied exactly. */
  title: z.string().min(1),
  /** Publication date, as precise as known (YYYY-MM-DD, YYYY-MM or YYYY); null when undated (reference pages). */
  date: partialDate.nullable(),
  /** Where a reader can find it. null only when the document has no public address. */
  url: z.url().nullable(),
  /** For editors: what the source is and how reliable it is (primary release, syndicated copy, ...). Not shown as a fact. */
  note: z.string().optional(),
  /** How the document was reached when it was read (a mirror, an archive). */
  accessed_via: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
