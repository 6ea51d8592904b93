/**
 * After the build, Pagefind indexes the built pages into dist/pagefind/ for the search page.
 * Only pages that mark their main content with data-pagefind-body are indexed: articles, glossary terms, chart pages.
 * Inside them, page furniture is left out here in one place (contents list, source lists, chart graphics,
 * data tables, downloads), while chart titles (their findings), subtitles and text alternatives stay in.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import * as pagefind from 'pagefind';

export const searchExcludeSelectors = [
  '.toc',
  '.source-list',
  '.corrections',
  'sup.cite',
  '.chart-controls',
  '.chart-graphic',
  '.chart-details',
  '.chart-table',
  '.chart-foot',
  '.chart-share',
  '.kicker',
  '.term-page .sources',
  '.term-page .sources-label',
  '.term-page .source-items',
  '.term-page .back',
  '.term-page [aria-labelledby="related-terms"]',
  '.term-page [aria-labelledby="appears-in"]',
];

export function searchIndex(): AstroIntegration {
  return {
    name: 'grey-zone:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: searchExcludeSelectors, forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind also writes ready-made search widgets; the site has its own search page, so they would ship unused.
        for (const file of fs.readdirSync(path.join(outDir, 'pagefind'))) {
          if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file)) fs.rmSync(path.join(outDir, 'pagefind', file));
        }
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
