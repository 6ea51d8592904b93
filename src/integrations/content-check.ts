/**
 * Runs the content check (src/lib/content-check) before Astro reads any content:
 * - `astro build` stops at once on any problem, printing the one block `npm run check:content` prints (no stack
 *   trace), so the build and the check always agree;
 * - `astro dev` prints the block when it starts and again whenever a file under content/ changes, and keeps serving.
 */
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-paths';
import { contentReport } from '../lib/content-check/report';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        const report = contentReport();
        // The scale benchmark (test/bench/scale.mjs) asks for the time this takes: it grows with the articles.
        if (process.env.GREYZONE_BUILD_TIMINGS) logger.info(`content check: ${((performance.now() - started) / 1000).toFixed(1)} s`);
        if (report.ok) return;
        console.error(`\n${report.text}\n`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // vitest starts a Vite server with this config too (vitest.config.ts); tests run their own checks.
        if (process.env.VITEST) return;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let last = '';
        const run = () => {
          const report = contentReport();
          if (report.text !== last) {
            if (report.ok) logger.info(report.text);
            else logger.error(`\n${report.text}`);
          }
          last = report.text;
        };
        run();
        // content/ may live outside the project (GREYZONE_CONTENT_DIR): watch it, so that the content layer sees new
        // terms, sources and articles there too.
        server.watcher.add(contentRoot);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(contentRoot)) return;
          clearTimeout(timer);
          timer = setTimeout(run, 200);
        });
      },
    },
  };
}
