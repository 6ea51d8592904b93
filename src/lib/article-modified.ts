/** When an article last changed for readers: the later of its `updated` date and its newest correction. */
export interface Dated {
  published: Date;
  updated?: Date | undefined;
  corrections: readonly { date: Date }[];
}

export function lastModified(a: Dated): Date {
  const times = [a.published, a.updated, ...a.corrections.map((c) => c.date)]
    .filter((d): d is Date => d instanceof Date)
    .map((d) => d.getTime());
  return new Date(Math.max(...times));
}
