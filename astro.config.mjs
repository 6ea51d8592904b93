// @ts-check
/**
 * Grey Zone's build. Output is plain static files in dist/ for any static host.
 * Deploy under a sub-path with BASE_PATH=/grey-zone/ npm run build; set SITE_URL to the public origin.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { searchIndex } from './src/integrations/search-index.ts';
import { socialCards } from './src/integrations/social-cards.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { remarkCheckArticle } from './src/lib/mdx/remark-check-article.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { remarkArticleInserts } from './src/lib/mdx/remark-article-inserts.ts';
import { contentDir } from './src/lib/content-paths.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://greyzone.example',
  base,
  trailingSlash: 'ignore',
  output: 'static',
  outDir: process.env.GREYZONE_OUT_DIR ?? './dist',
  // Separate caches let the tests build fixture sites without disturbing the real build's content store.
  cacheDir: process.env.GREYZONE_CACHE_DIR ?? './node_modules/.astro',
  // No @astrojs/react: charts are React components rendered to static markup at build time (src/charts/frame/render-static.ts),
  // so no React client is bundled.
  integrations: [
    // First: a build with content problems stops here, with the same block npm run check:content prints.
    contentCheck(),
    mdx(),
    // Every page but the 404 page and the embed pages (chart-only copies of the chart pages, marked noindex).
    sitemap({ filter: (page) => !/\/(404|embed|styleguide)(\/|$)/.test(new URL(page).pathname) }),
    searchIndex(),
    socialCards(),
    hostHeaders(),
  ],
  markdown: {
    processor: unified({ remarkPlugins: [remarkArticleInserts, [remarkCheckArticle, { base }]] }),
    // No code blocks in this site: Shiki's inline styles would break the Content Security Policy.
    syntaxHighlight: false,
  },
  build: {
    // Stylesheets as files: inline <style> blocks inside MDX are not covered by the CSP hashes.
    inlineStylesheets: 'never',
  },
  vite: {
    // Article images (content/images/, or a fixture site's), globbed by src/lib/content-image-modules.ts.
    resolve: { alias: { '@content-images': contentDir('images') } },
    build: {
      // Scripts stay files, never inlined into the page: the same glossary pop-up or share script is then fetched
      // once and cached for every page, not repeated in each page's HTML (issue 8's HTML budgets). The only inline
      // script is the furniture in <head> (BaseLayout). A script with a dynamic import() must be a file anyway:
      // inlined, Vite's preload placeholder is never filled in. Other assets: Vite's 4 KB rule.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') || content.includes('__VITE_PRELOAD__') ? false : undefined),
      rolldownOptions: {
        // Astro's MDX compiler marks every article module "use astro:head-inject" (its own marker for styles a page's
        // <head> needs); the bundler warns that it does not keep module directives, once per article. The marker is
        // read by Astro before bundling, so nothing is lost: drop exactly that warning, which editors took for theirs.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: true,
  },
  devToolbar: { enabled: false },
});
