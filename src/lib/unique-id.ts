/** Ids unique within a build, deterministic for the same build order (no randomness in the HTML). */
let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
