/**
 * Lighthouse (mobile, its default throttled profile) on one page of each type, median of 3 runs, against dist/ served
 * on 127.0.0.1 with gzip as a real host would. Prints performance, LCP, CLS and TBT. Reported only: Lighthouse varies
 * from run to run on a busy machine, so no test is gated on it. `npm run bench -- --no-lighthouse` leaves it out.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startStaticServer } from '../support/static-server.mjs';
import { chromiumPath } from './chromium-path.mjs';

export const LIGHTHOUSE_PAGES = [
  ['home', ''],
  ['article led by a timeline slice (JLR)', 'articles/jaguar-land-rover-cyber-attack/'],
  ['article led by the profit chart (M&S)', 'articles/marks-and-spencer-hack-cost/'],
  ['lead story (claims strip, profit chart, timeline)', 'articles/nato-cyber-chief-russia-ransomware/'],
  ['Baltic article (map)', 'articles/baltic-sea-cable-incidents/'],
  ['profit chart page', 'charts/ms-profit/'],
  ['timeline chart page', 'charts/uk-cyber-timeline/'],
  ['map chart page', 'charts/baltic-cables/'],
  ['glossary term', 'glossary/shadow-fleet/'],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runLighthouse(dist, runs = 3) {
  const server = await startStaticServer({ dir: dist, gzip: true });
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const rows = [];
  try {
    for (const [label, page] of LIGHTHOUSE_PAGES) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${server.url}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const a = result.lhr.audits;
        samples.push({
          perf: Math.round((result.lhr.categories.performance.score ?? 0) * 100),
          lcp: a['largest-contentful-paint'].numericValue / 1000,
          cls: a['cumulative-layout-shift'].numericValue,
          tbt: a['total-blocking-time'].numericValue,
        });
      }
      rows.push({
        label,
        page: `/${page}`,
        perf: median(samples.map((s) => s.perf)),
        lcp: median(samples.map((s) => s.lcp)),
        cls: median(samples.map((s) => s.cls)),
        tbt: median(samples.map((s) => s.tbt)),
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return rows;
}

export function printLighthouse(rows) {
  console.log('\nLighthouse 13.5, mobile, median of 3 (gzip static server on 127.0.0.1):\n');
  console.log('| page | performance | LCP | CLS | TBT |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.label} (\`${r.page}\`) | ${r.perf} | ${r.lcp.toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms |`);
}
