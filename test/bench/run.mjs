#!/usr/bin/env node
/**
 * `npm run bench`: what each built page costs a reader, in gzip bytes.
 * For every page in dist/: HTML, JavaScript (external module scripts and everything they import, plus inline scripts),
 * CSS (linked stylesheets). Builds the site first unless --no-build. Also prints the build time.
 * Then the scale benchmark (./scale.mjs: 1,000 articles and 500 terms, build time and dist size) unless --no-scale;
 * --scale-only runs the scale benchmark alone, and --articles N / --terms N set its size (e.g. to see how the build
 * time grows: `npm run bench -- --scale-only --articles 100 --terms 50`).
 * Aim: 0 bytes of JavaScript needed to read a page and see its charts; the JavaScript budget per page is issue 8's (below).
 * Then issue 8's budgets per page type (../support/page-weight.mjs) and Lighthouse, mobile, median of 3, on each page
 * type (./lighthouse.mjs; --no-lighthouse to skip it).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { buildSite } from '../support/build-site.mjs';
import { runScaleBench } from './scale.mjs';
import { BUDGETS, kb, pageWeights } from '../support/page-weight.mjs';

if (process.argv.includes('--scale-only')) {
  runScaleBench();
  process.exit(0);
}

const dist = path.resolve('dist');
if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const result = buildSite({ outDir: dist });
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    process.exit(1);
  }
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function pages(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== '_astro') pages(full, out);
    else if (e.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** A module and everything it imports statically or dynamically, as files in dist. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file) || !fs.existsSync(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(path.resolve(path.dirname(file), m[1]), seen);
  }
  return seen;
}

const rows = [];
for (const file of pages(dist)) {
  const html = fs.readFileSync(file, 'utf8');
  const jsFiles = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    for (const f of moduleGraph(path.join(dist, m[1].replace(/^\/+/, '')))) jsFiles.add(f);
  }
  let inlineJs = '';
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
    inlineJs += m[1];
    for (const imp of m[1].matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      for (const f of moduleGraph(path.join(dist, imp[1].replace(/^\/+/, '')))) jsFiles.add(f);
    }
  }
  const js = Buffer.concat([Buffer.from(inlineJs), ...[...jsFiles].map((f) => fs.readFileSync(f))]);
  const cssFiles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => path.join(dist, m[1].replace(/^\/+/, '')));
  const css = Buffer.concat(cssFiles.filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
  const islands = (html.match(/<astro-island/g) ?? []).length;
  rows.push({
    page: `/${path.relative(dist, file).replace(/index\.html$/, '')}`,
    html: gz(html),
    js: js.length ? gz(js) : 0,
    css: css.length ? gz(css) : 0,
    islands,
  });
}

rows.sort((a, b) => a.page.localeCompare(b.page));
const width = Math.max(...rows.map((r) => r.page.length));
console.log(`\n${'page'.padEnd(width)}  ${'HTML gz'.padStart(9)}  ${'JS gz'.padStart(9)}  ${'CSS gz'.padStart(9)}  islands`);
for (const r of rows) {
  console.log(`${r.page.padEnd(width)}  ${kb(r.html).padStart(9)}  ${kb(r.js).padStart(9)}  ${kb(r.css).padStart(9)}  ${String(r.islands).padStart(7)}`);
}
const heaviestJs = rows.reduce((a, b) => (b.js > a.js ? b : a));
const heaviestHtml = rows.reduce((a, b) => (b.html > a.html ? b : a));
console.log(`\npages: ${rows.length}`);
console.log(`heaviest JavaScript: ${heaviestJs.page} ${kb(heaviestJs.js)} gzip`);
console.log(`heaviest HTML: ${heaviestHtml.page} ${kb(heaviestHtml.html)} gzip`);
console.log(`React islands hydrated on any page: ${rows.reduce((n, r) => n + r.islands, 0)}`);

// Issue 8's budgets, as test/build/budgets.test.ts checks them.
const weights = pageWeights(dist);
const budgetOf = (r) => BUDGETS.html[r.kind];
console.log(`\nBudgets (gzip): article HTML <= ${kb(BUDGETS.html.article)}, chart page <= ${kb(BUDGETS.html.chart)}, other <= ${kb(BUDGETS.html.other)};`);
console.log(`JavaScript on load <= ${kb(BUDGETS.jsMax)} on any page, <= ${kb(BUDGETS.chartlessJs)} without a chart; furniture on every page ${kb(weights[0].furnitureJs)} (<= ${kb(BUDGETS.furnitureJs)})\n`);
for (const kind of ['article', 'chart', 'other']) {
  const of = weights.filter((r) => r.kind === kind);
  const html = of.reduce((a, b) => (b.html > a.html ? b : a));
  const js = of.reduce((a, b) => (b.js > a.js ? b : a));
  const over = of.filter((r) => r.html > budgetOf(r) || r.js > BUDGETS.jsMax);
  console.log(`${kind.padEnd(8)} heaviest HTML ${html.page || '(home)'} ${kb(html.html)}; heaviest JS ${js.page || '(home)'} ${kb(js.js)}; over budget: ${over.map((r) => `/${r.page}`).join(', ') || 'none'}`);
}

if (!process.argv.includes('--no-lighthouse')) {
  // Loaded only when run, so --no-lighthouse and --scale-only work without Lighthouse installed.
  const { printLighthouse, runLighthouse } = await import('./lighthouse.mjs');
  printLighthouse(await runLighthouse(dist));
}

// The scale benchmark: a generated site of 1,000 articles and 500 terms, built cold in a temporary folder.
if (!process.argv.includes('--no-scale')) runScaleBench();
