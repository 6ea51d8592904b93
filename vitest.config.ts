/// <reference types="vitest/config" />
/**
 * Three projects, run by `npm test` (test/run-all.mjs), which builds the site first:
 * - unit:  pure modules, schemas, chart layouts and server-rendered components (no build needed)
 * - build: assertions on the built HTML in dist/ and dist-subpath/, and builds of bad-input fixtures that must fail
 * - e2e:   the built site in headless Chromium (axe, JavaScript off, keyboard, console errors)
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: ['test/support/e2e-global-setup.ts'],
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
