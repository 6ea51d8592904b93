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
  /**
   * Where only a copy was read: who published the copy. The entry still names the original publisher, headline and
   * date; `url` is then the copy's address, and readers see "read via a republished copy" beside the link.
   */
  read_via: z
    .object({
      publisher: z.string().min(1).describe('Who published the copy that was read (its url is the entry\'s url), e.g. "RTÉ" or "Stockopedia".'),
    })
    .optional()
    .describe('Only a republished copy was read: who published it (the entry\'s url is the copy). Shown as "read via a republished copy".'),
  /**
   * A primary document: the organisation's own statement, results, court ruling, government or NATO text.
   * Primary documents are marked as such and listed first.
   */
  primary: z.boolean().default(false).describe('true for a primary document (company results, court rulings, government and NATO texts): marked and listed first.'),
});

export type Source = z.infer<typeof sourceSchema>;
