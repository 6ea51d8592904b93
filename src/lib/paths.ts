/**
 * Builds links that work at a domain root and under a sub-path (astro.config `base`).
 * Every internal href and asset URL in the site goes through withBase().
 */
const base: string = import.meta.env?.BASE_URL ?? '/';

/** Prefixes an absolute site path ("/glossary/") with the configured base ("/grey-zone/glossary/"). */
export function withBase(path: string, basePath: string = base): string {
  if (!path.startsWith('/')) return path;
  const trimmed = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  return `${trimmed}${path}`;
}
