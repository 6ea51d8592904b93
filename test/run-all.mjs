#!/usr/bin/env node
/**
 * `npm test`: everything, in order, then one closing line "N passed, N failed" for CI.
 * 1. astro check (type errors in .astro, .ts, .tsx)         -> counted as one test
 * 2. the site built at the root (dist/) and under a sub-path (dist-subpath/) -> one test each
 * 3. vitest: unit, build and e2e projects (see vitest.config.ts)
 * Options: --skip-check, --skip-build (reuse dist/ from an earlier run), and any vitest filters after "--".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSite } from './support/build-site.mjs';

const args = process.argv.slice(2);
const dashIndex = args.indexOf('--');
const own = dashIndex === -1 ? args : args.slice(0, dashIndex);
const vitestFilters = dashIndex === -1 ? [] : args.slice(dashIndex + 1);
const tmp = path.resolve('test/.tmp');
fs.mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const record = (name, ok, detail = '') => {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(`${name}\n${detail}`);
  }
  console.log(`${ok ? '✓' : '✗'} ${name}`);
};
const step = (label) => console.log(`\n── ${label} ──`);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

if (!own.includes('--skip-check')) {
  step('astro check');
  const check = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = `${check.stdout}${check.stderr}`;
  const summary = out.match(/Result \(\d+ files?\):[\s\S]*$/)?.[0] ?? out.slice(-2000);
  console.log(summary.trim());
  record('astro check reports 0 errors', check.status === 0, out.slice(-6000));
}

if (!own.includes('--skip-build')) {
  step('build at the domain root (dist/)');
  const root = buildSite({ outDir: path.resolve('dist') });
  record('site builds at the domain root', root.status === 0, root.output.slice(-6000));
  step('build under a sub-path (dist-subpath/, base /grey-zone/)');
  const sub = buildSite({ outDir: path.resolve('dist-subpath'), base: '/grey-zone/', cacheDir: path.resolve('node_modules/.astro-subpath') });
  record('site builds under a sub-path', sub.status === 0, sub.output.slice(-6000));
}

step('vitest: unit, build and e2e');
const report = path.join(tmp, 'vitest-report.json');
fs.rmSync(report, { force: true });
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestFilters],
  { env, stdio: 'inherit' },
);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) record('every vitest file loads', false, 'a test file failed to load: see the output above');
} else {
  record('vitest produced a report', false, `vitest exited with ${vitest.status}`);
}

if (failures.length > 0) {
  console.log('\nFailures outside vitest:');
  for (const f of failures) console.log(`\n✗ ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || vitest.status !== 0 ? 1 : 0);
