/**
 * What each built page costs a reader, in gzip bytes, and the budgets it must keep (issue 8). Shared by the build
 * test (test/build/budgets.test.ts) and `npm run bench`.
 *
 * - html: the page's HTML (embedded charts included).
 * - js: JavaScript the page runs as it loads: inline scripts and module scripts it links, with everything they import
 *   statically. JSON-LD is data, not script.
 * - lazyJs: JavaScript it may fetch later through a dynamic import() (e.g. the search field loads Pagefind only
 *   once the reader types); reported, not budgeted here.
 * - furnitureJs: the part of js that is on every page with the site's header: the site's own furniture, one inline
 *   script in <head> (src/scripts/theme-init.js and furniture.js: the theme before first paint, the theme switch and
 *   the "/" key that focuses the search field), kept tiny; furnitureScripts: how many scripts that is.
 * - css: linked stylesheets.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

/** Budgets in bytes of gzip. */
export const BUDGETS = {
  html: { article: 30 * 1024, chart: 40 * 1024, other: 25 * 1024 },
  /** JavaScript on the heaviest page: no more than before the redesign (5.1 KB). */
  jsMax: 5.1 * 1024,
  /** The furniture every page carries (the theme, its switch and the search field's "/" key), kept tiny. */
  furnitureJs: 1.5 * 1024,
  /** All a page without a chart may run: the furniture and the glossary terms' pop-ups, no chart script. */
  chartlessJs: 2 * 1024,
};

export function htmlPages(dist, dir = dist, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '_astro' && e.name !== 'pagefind') htmlPages(dist, full, out);
    else if (e.name.endsWith('.html')) out.push(full);
  }
  return out;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import\s*(?:[\w*{}\s,$]+from\s*)?|export\s*[\w*{}\s,$]*from\s*)["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;

function resolveIn(dist, from, spec) {
  if (spec.startsWith('/')) {
    // Site paths may carry the base path; find the file by its path under dist/.
    const rel = spec.replace(/^\/+/, '');
    const direct = path.join(dist, rel);
    if (fs.existsSync(direct)) return direct;
    const astro = rel.indexOf('_astro/');
    return astro >= 0 ? path.join(dist, rel.slice(astro)) : direct;
  }
  return path.resolve(path.dirname(from), spec);
}

/** A module and its static imports (files in dist); dynamic imports go into `lazy`. */
function graph(dist, file, seen, lazy) {
  if (seen.has(file) || !fs.existsSync(file)) return;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(STATIC_IMPORT)) graph(dist, resolveIn(dist, file, m[1]), seen, lazy);
  for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolveIn(dist, file, m[1]));
}

/** The scripts of one page: inline code, eager module files and lazily imported files. */
export function pageScripts(dist, file) {
  const html = fs.readFileSync(file, 'utf8');
  const inline = [];
  const eager = new Set();
  const lazyRoots = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1];
    if (/application\/ld\+json|application\/json/.test(attrs)) continue;
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    if (src) graph(dist, resolveIn(dist, file, src), eager, lazyRoots);
    else {
      inline.push(m[2]);
      for (const imp of m[2].matchAll(STATIC_IMPORT)) graph(dist, resolveIn(dist, file, imp[1]), eager, lazyRoots);
      for (const imp of m[2].matchAll(DYNAMIC_IMPORT)) lazyRoots.add(resolveIn(dist, file, imp[1]));
    }
  }
  const lazy = new Set();
  for (const root of lazyRoots) if (!eager.has(root)) graph(dist, root, lazy, new Set());
  return { inline, eager: [...eager], lazy: [...lazy].filter((f) => !eager.has(f)) };
}

export function pageKind(page) {
  if (/^articles\/[^/]+\/$/.test(page)) return 'article';
  if (/^(charts|embed)\/[^/]+\/$/.test(page)) return 'chart';
  return 'other';
}

const bytesOf = (inline, files) => {
  const parts = [...inline.map((s) => Buffer.from(s)), ...files.map((f) => fs.readFileSync(f))];
  const all = Buffer.concat(parts);
  return all.length ? gz(all) : 0;
};

/** Every page's weights, with its kind and whether it has a chart. */
export function pageWeights(dist) {
  const files = htmlPages(dist);
  const scripts = new Map(files.map((f) => [f, pageScripts(dist, f)]));
  // Furniture: inline scripts and module files present on every page with the site's header (embeds have none).
  const all = [...scripts.entries()].filter(([f]) => !f.includes(`${path.sep}embed${path.sep}`)).map(([, s]) => s);
  const everywhereInline = all[0] ? all[0].inline.filter((s) => all.every((p) => p.inline.includes(s))) : [];
  const everywhereFiles = all[0] ? all[0].eager.filter((f) => all.every((p) => p.eager.includes(f))) : [];
  const furnitureJs = bytesOf(everywhereInline, everywhereFiles);
  return files.map((file) => {
    const html = fs.readFileSync(file, 'utf8');
    const page = path.relative(dist, file).replace(/index\.html$/, '');
    const s = scripts.get(file);
    const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => resolveIn(dist, file, m[1]));
    const css = Buffer.concat(cssFiles.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
    return {
      page,
      kind: pageKind(page),
      hasChart: /<figure class="chart"/.test(html),
      html: gz(html),
      js: bytesOf(s.inline, s.eager),
      /** JavaScript beyond the furniture every page has. */
      ownJs: bytesOf(
        s.inline.filter((x) => !everywhereInline.includes(x)),
        s.eager.filter((f) => !everywhereFiles.includes(f)),
      ),
      lazyJs: bytesOf([], s.lazy),
      furnitureJs,
      furnitureScripts: everywhereInline.length + everywhereFiles.length,
      css: css.length ? gz(css) : 0,
    };
  });
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
