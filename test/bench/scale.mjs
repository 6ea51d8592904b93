#!/usr/bin/env node
/**
 * The scale benchmark (part of `npm run bench`, or alone: `node test/bench/scale.mjs`): builds a generated site of
 * 1,000 articles and 500 glossary terms in a temporary folder and prints the build time and the size of dist/.
 * Articles are the real ones and copies of them under new slugs, each with a chart (one is added to copies whose body has
 * none); terms are copies of the real ones under new slugs. Every build step runs as in a real build, search index
 * and link-preview cards included, with empty caches (a cold build). Aim: under 60 seconds on a 2-core machine.
 * Options: --articles N, --terms N (fewer than the real ones: the real ones), --keep (leave the folder to look at).
 * From `npm run bench`: `npm run bench -- --scale-only --articles 200 --terms 100`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSite } from '../support/build-site.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} takes a whole number of at least 1, e.g. ${name} ${fallback}`);
  return n;
};
const ARTICLES = arg('--articles', 1000);
const TERMS = arg('--terms', 500);

const charts = ['<ProfitChart chart="ms-profit" />', '<IncidentTimeline chart="uk-cyber-timeline" />', '<BalticMap chart="baltic-cables" />'];
const hasChart = (mdx) => /<(ProfitChart|IncidentTimeline|BalticMap)\b/.test(mdx) || /^lead_visual:/m.test(mdx);

/** The generated content folder: content/'s data and charts, the real and copied terms and articles. */
export function generateContent(work, articles = ARTICLES, terms = TERMS) {
  const content = path.join(work, 'content');
  for (const dir of ['data', 'charts', 'glossary', 'images']) fs.cpSync(path.resolve('content', dir), path.join(content, dir), { recursive: true });
  fs.mkdirSync(path.join(content, 'articles'), { recursive: true });

  const realTerms = fs.readdirSync('content/glossary').filter((f) => f.endsWith('.yaml'));
  for (let i = 0; i < terms - realTerms.length; i++) {
    const file = realTerms[i % realTerms.length];
    const slug = `${file.replace(/\.yaml$/, '')}-copy-${i + 1}`;
    const yaml = fs
      .readFileSync(path.join('content/glossary', file), 'utf8')
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(/^term: (.*)$/m, (_m, name) => `term: ${JSON.stringify(`${name.replace(/^["']|["']$/g, '')} (copy ${i + 1})`)}`);
    fs.writeFileSync(path.join(content, 'glossary', `${slug}.yaml`), yaml);
  }

  // The real articles (copies link to them), then copies up to the number asked for.
  const realArticles = fs.readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));
  for (const file of realArticles) fs.copyFileSync(path.join('content/articles', file), path.join(content, 'articles', file));
  for (let i = 0; i < articles - realArticles.length; i++) {
    const file = realArticles[i % realArticles.length];
    let mdx = fs.readFileSync(path.join('content/articles', file), 'utf8');
    // Copies: one lead story only (the real one), a headline that says it is a copy, and a chart in every article.
    mdx = mdx.replace(/^lead: true$/m, 'lead: false').replace(/^title: "(.*)"$/m, (_m, t) => `title: "${t.slice(0, 100)} (copy ${i + 1})"`);
    if (!hasChart(mdx)) mdx = `${mdx.trimEnd()}\n\n${charts[i % charts.length]}\n`;
    fs.writeFileSync(path.join(content, 'articles', `${file.replace(/\.mdx$/, '')}-copy-${i + 1}.mdx`), mdx);
  }
  return content;
}

function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

/** CPU seconds (user + system) used by finished child processes, from /proc on Linux; undefined elsewhere. */
function childCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After the command name: field 16 (cutime) and 17 (cstime) of the full line are at 13 and 14 here, in ticks.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Where the time goes, from what the build printed: Astro's phases (each "Completed in" named after the step it ends)
 * and the lines of the site's own integrations that give a time (content check, search index, social cards).
 */
export function buildPhases(output) {
  const phases = [];
  let step = '';
  for (const raw of output.split('\n')) {
    const line = raw.replace(/^\d\d:\d\d:\d\d /, '').trim();
    const heading = line.match(/^(?:\[build\] )?(Collecting build info|Building static entrypoints|generating static routes)/);
    if (heading) step = heading[1];
    const done = line.match(/✓ Completed in (.+?)\.?$/);
    if (done && step) {
      phases.push(`${step}: ${done[1]}`);
      step = '';
    } else if (/^\[vite\] ✓ built in/.test(line)) phases.push(`  ${line.replace('[vite] ✓ ', 'vite bundle ')}`);
    else if (/^\[(?:content-check|grey-zone:[\w-]+)\] /.test(line)) phases.push(line.replace(/^\[[^\]]+\] /, ''));
    else if (/^\[build\] \d+ page\(s\) built in/.test(line)) phases.push(`total: ${line.replace('[build] ', '')}`);
  }
  return phases;
}

export function runScaleBench({ keep = process.argv.includes('--keep') } = {}) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-scale-'));
  const content = generateContent(work);
  const outDir = path.join(work, 'dist');
  process.env.GREYZONE_CARD_CACHE = path.join(work, 'card-cache');
  process.env.GREYZONE_BUILD_TIMINGS = '1';
  const loadAtStart = os.loadavg()[0];
  const cpuBefore = childCpuSeconds();
  const started = performance.now();
  const result = buildSite({ outDir, contentDir: content, cacheDir: path.join(work, 'cache') });
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuBefore === undefined ? undefined : childCpuSeconds() - cpuBefore;
  const load = os.loadavg()[0];
  delete process.env.GREYZONE_CARD_CACHE;
  delete process.env.GREYZONE_BUILD_TIMINGS;
  if (result.status !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error('the generated site did not build');
  }
  const { bytes, files } = folderSize(outDir);
  const pages = files && fs.readdirSync(outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
  const phases = buildPhases(result.output);
  console.log(`\nscale: ${ARTICLES} articles, ${TERMS} glossary terms -> ${pages} pages`);
  console.log(`scale: build ${seconds.toFixed(1)} s (aim for 1,000 articles: under 60 s); ${((seconds / ARTICLES) * 1000).toFixed(0)} ms per article; dist ${(bytes / 1024 / 1024).toFixed(1)} MB in ${files} files`);
  if (cpu !== undefined) {
    console.log(
      `scale: the build used ${cpu.toFixed(1)} s of CPU on ${os.cpus().length} cores; load average ${loadAtStart.toFixed(1)} at the start, ${load.toFixed(1)} at the end (other work slows the wall time)`,
    );
  }
  for (const p of phases) console.log(`  ${p}`);
  if (keep) console.log(`kept: ${work}`);
  else fs.rmSync(work, { recursive: true, force: true });
  return { seconds, cpu, bytes, files, pages };
}

if (import.meta.url === `file://${process.argv[1]}`) runScaleBench();
