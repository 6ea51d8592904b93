/**
 * Builds the site with the project's own astro, into a folder of our choosing, and returns what it printed.
 * Used by the test runner (the real builds) and by the bad-input fixture tests (builds that must fail).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

/**
 * @param {{ outDir: string, base?: string, contentDir?: string, cacheDir?: string }} options
 * @returns {{ status: number | null, output: string }}
 */
export function buildSite({ outDir, base = '/', contentDir, cacheDir }) {
  /** @type {Record<string, string | undefined>} */
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BASE_PATH: base,
    GREYZONE_OUT_DIR: outDir,
  };
  if (cacheDir) env.GREYZONE_CACHE_DIR = cacheDir;
  if (contentDir) env.GREYZONE_CONTENT_DIR = contentDir;
  else delete env.GREYZONE_CONTENT_DIR;
  const result = spawnSync(process.execPath, [astroBin, 'build'], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
