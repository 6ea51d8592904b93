/**
 * Builds the site with the project's own astro, into a folder of our choosing, and returns what it printed.
 * Used by the test runner (the real builds) and by the bad-input fixture tests (builds that must fail).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');

/**
 * The environment without what vitest adds (NODE_ENV=test, MODE, DEV, PROD, SSR, BASE_URL, VITEST…): passed on to
 * astro, those would make a production build think it is a dev build (and let drafts in).
 * @returns {Record<string, string | undefined>}
 */
export function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

/**
 * @param {{ outDir: string, base?: string, contentDir?: string, cacheDir?: string }} options
 * @returns {{ status: number | null, output: string }}
 */
export function buildSite({ outDir, base = '/', contentDir, cacheDir }) {
  /** @type {Record<string, string | undefined>} */
  const env = {
    ...cleanEnv(),
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
