/**
 * After the build, draws a 1200×630 PNG link-preview card for every article and chart page into dist/cards/
 * (cards/articles/<slug>.png, cards/charts/<id>.png), from the built pages themselves: the headline and summary from
 * the page's meta, and for charts the chart's own SVG as the page renders it. Cards are cached by content
 * (node_modules/.cache/grey-zone-cards, or GREYZONE_CARD_CACHE), so an unchanged rebuild draws nothing; the others are
 * drawn on worker threads, one per core (GREYZONE_CARD_THREADS=0: on the main thread).
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleCardSvg, chartCardSvg } from '../lib/cards/compose';
import { chartSvgFromPage, inlineChartStyles } from '../lib/cards/chart-svg';
import { CARD_FONT_FAMILY, cardFonts } from '../lib/cards/font';
import { cardRenderer } from '../lib/cards/render';
import { cardPath } from '../lib/cards/paths';

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html: string, attr: string, name: string) =>
  decode(html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1] ?? '');

export function socialCards(): AstroIntegration {
  let base = '/';
  let root = process.cwd();
  return {
    name: 'grey-zone:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cacheDir = process.env.GREYZONE_CARD_CACHE ?? path.join(root, 'node_modules/.cache/grey-zone-cards');
        const renderer = cardRenderer(cacheDir);
        const fonts = cardFonts();
        const cssCache = new Map<string, string>();
        const pageCss = (html: string) =>
          [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)]
            .map((m) => {
              const rel = m[1]!.startsWith(base) ? m[1]!.slice(base.length) : m[1]!.replace(/^\//, '');
              if (!cssCache.has(rel)) cssCache.set(rel, fs.readFileSync(path.join(outDir, rel), 'utf8'));
              return cssCache.get(rel)!;
            })
            .join('\n');
        const started = performance.now();
        let drawn = 0;
        let cached = 0;
        // Cards are composed here and drawn on worker threads as they are composed (../lib/cards/render.ts).
        const pending: Promise<void>[] = [];
        for (const kind of ['articles', 'charts'] as const) {
          const pagesDir = path.join(outDir, kind);
          if (!fs.existsSync(pagesDir)) continue;
          fs.mkdirSync(path.join(outDir, 'cards', kind), { recursive: true });
          for (const id of fs.readdirSync(pagesDir)) {
            const file = path.join(pagesDir, id, 'index.html');
            if (!fs.existsSync(file)) continue;
            const html = fs.readFileSync(file, 'utf8');
            const title = meta(html, 'property', 'og:title');
            const description = meta(html, 'name', 'description');
            const svg =
              kind === 'articles'
                ? articleCardSvg(fonts, {
                    kicker: decode(html.match(/<p class="kicker"[^>]*>([^<]+)<\/p>/)?.[1] ?? 'Article'),
                    title,
                    summary: description,
                  })
                : chartCardSvg(fonts, {
                    title,
                    takeaway: description,
                    chartSvg: inlineChartStyles(chartSvgFromPage(html), pageCss(html), CARD_FONT_FAMILY),
                  });
            const out = path.join(outDir, cardPath(kind, id).slice(1));
            pending.push(
              renderer.renderAsync(svg).then((result) => {
                fs.writeFileSync(out, result.png);
                if (result.cached) cached += 1;
                else drawn += 1;
              }),
            );
          }
        }
        try {
          await Promise.all(pending);
        } finally {
          await renderer.close();
        }
        const threads = renderer.drawnOnThreads > 0 ? ` (${renderer.drawnOnThreads} on worker threads)` : '';
        logger.info(`social cards: ${drawn} drawn${threads}, ${cached} from cache, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
