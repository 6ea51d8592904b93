#!/usr/bin/env node
/**
 * Typed figures that repeat: `node scripts/typed-figures.mjs [dist]` (after `npm run build`) lists every figure that
 * readers see on two or more pages and that an editor has typed instead of writing it by reference (`<Fig of="…" />`
 * in MDX, `{record-id}` in glossary, chart and frontmatter YAML). Exit code 1 when it finds any.
 * `test/build/figures-by-reference.test.ts` runs the same check.
 *
 * A figure here is a sum of money (£1.9bn, £300m), a percentage (99%, 7.8 per cent), a distance or a capacity (90 km,
 * 650 MW), a count with its noun, in figures or in words up to twenty (5,000 organisations, "4 arrests" and "four
 * arrests", "seven times"), or a day of the year (25 April, 10 September 2025).
 * Signs and spellings are set aside ("−99%" and "99 per cent" are one figure; "£1.9 billion" is "£1.9bn"; "Four
 * arrests" is "4 arrests"). Every repeated day is gated, with or without its year.
 *
 * How it decides:
 * 1. Pages: every page readers read in dist/ (home, About, the Data page's prose, articles, the glossary, chart pages;
 *    not the per-dataset record pages, which are the data itself, nor embeds). What each shows is its body text,
 *    without the source lists and source lines (in chart details and tables too), dates of publication, the header,
 *    the footer and chart axis ticks.
 * 2. A figure repeats when it is shown on two or more of those pages, typed or by reference.
 * 3. A repeated figure is typed where the words editors write (article bodies and frontmatter, glossary YAML, chart
 *    YAML, the prose of src/pages) contain it outside a reference. Each such place is reported with its file and line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';

/**
 * Days of the year: every day shown on two pages is gated as written ("19 April" against "19 April", "10 September
 * 2025" against the same). A day without its year cannot tell two events apart (8 October is JLR's restart and a
 * Finnish court's ruling), so only the days of the UK story's key events, each named by the record that holds it,
 * also count a typed "25 April" as a repeat of "25 April 2025" shown elsewhere (the DATED_EVENTS below only with
 * their year).
 */
export const KEY_EVENT_DATES = [
  'ms-online-paused.date',
  'ms-online-resumed.date',
  'ms-click-collect.date',
  'nca-arrests.date',
  'jlr-attack.date',
  'jlr-attack.impact.production_halted_from',
  'jlr-attack.impact.announced',
  'jlr-pause-extended.impact.first_extension_until',
  'jlr-pause-extended.impact.later_extension_until',
  'jlr-restart.impact.solihull_range_rover_from',
  'jlr-loan-guarantee.date',
  'jlr-pause-extended.impact.later_extension_reported',
  'jlr-restart.date',
  'cmc-jlr-category3.date',
  'ms-h1-results.date',
];
/**
 * Days of events whose records are checked to exist and to be days (a renamed field fails here), matched only with
 * their year ("14 January 2025", not "14 January"): events of the other stories and the ends of the results periods
 * the prose names.
 */
export const DATED_EVENTS = [
  'INC-2022-09-NORDSTREAM.date',
  'INC-2023-10-BALTICCONNECTOR.date',
  'INC-2024-11-YIPENG3.date_range.1',
  'INC-2024-12-EAGLES.date',
  'INC-2024-12-EAGLES.investigation.4.date',
  'INC-2025-12-FITBURG.date',
  'INC-2025-12-FITBURG.investigation.2.date',
  'nato-baltic-sentry.date',
  'uk-gru-sanctions.date',
  'ms-h1-results.impact.half_year_to',
  'ms-h1-results.impact.prior_half_year_to',
  'jlr-q3-results.impact.quarter_to',
];
/**
 * What the check gates: every day of the year, with or without its year (`dates`), and a key event's day written
 * without its year against the same day shown with it (`keyDates`). `--dates` is kept as an alias: it used to list the
 * days not yet gated; since every repeated day was written by reference, all are.
 */
export function gatedOptions(root = '.') {
  return { dates: true, keyDates: keyEventDays(root) };
}
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Nouns that make a number a count worth keeping to one record. */
const COUNT_NOUNS =
  'organisations|businesses|companies|suppliers|stores|shops|employees|staff|workers|people|customers|members|arrests|' +
  'incidents|cables|vessels|ships|ransomware attacks|attacks|cars|vehicles|jobs|records|times|units|officers|suspects|members|requests|uses|pipelines|lines';

/** Words between a count and its noun that say what kind it counts: "four telecom cables", "two crew members". */
const COUNT_KINDS = 'telecoms?|power|undersea|subsea|fibre-optic|data|gas|more|other|Russian|Chinese|British|UK|GRU|military|crew';

/** Counts written in words, as prose writes small numbers ("four arrests", "nine times"): each is its number. */
export const NUMBER_WORDS = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/**
 * Figure-like tokens in a piece of text, each normalised: "£1.9bn", "99%", "90 km", "650 MW", "5,000 organisations",
 * "25 April". `at` is the index in the text.
 * Days of the year are found with `{ dates: true }`, or only those in `{ keyDates }` (see KEY_EVENT_DATES).
 * @param {string} text
 * @param {{ dates?: boolean, keyDates?: Set<string> }} [options]
 * @returns {{ figure: string, at: number, raw: string }[]}
 */
export function figuresIn(text, options = {}) {
  const found = [];
  const t = text.replace(/[\u00a0\u202f\u2009]/g, ' ');
  const add = (figure, m) => found.push({ figure, at: m.index, raw: m[0] });
  for (const m of t.matchAll(/£\s?(\d[\d,]*(?:\.\d+)?)\s?(bn|billion|m|million)?\b/gi)) {
    const unit = m[2] ? (/^b/i.test(m[2]) ? 'bn' : 'm') : '';
    add(`£${m[1]}${unit}`, m);
  }
  for (const m of t.matchAll(/(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(%|per cent\b|percent\b)/g)) add(`${m[1]}%`, m);
  for (const m of t.matchAll(/(?<![\d.,£])(\d[\d,]*(?:\.\d+)?)\s?(km|kilometres|kilometers|MW|megawatts)\b/g)) {
    add(`${m[1]} ${/^k/.test(m[2]) ? 'km' : 'MW'}`, m);
  }
  // A count keeps the word that says what kind ("four telecom cables" is not "four cables").
  const kind = `(?:(${COUNT_KINDS})\\s+)?`;
  const count = (n, m) => add(`${n} ${m[2] ? `${m[2].toLowerCase().replace(/^telecoms$/, 'telecom')} ` : ''}${m[3].toLowerCase()}`, m);
  for (const m of t.matchAll(new RegExp(`(?<![\\d.,£])(\\d[\\d,]*)\\s+${kind}(${COUNT_NOUNS})\\b`, 'g'))) {
    if (Number(m[1].replace(/,/g, '')) < 2 || /^(19|20)\d\d$/.test(m[1])) continue; // a year, not a count
    count(m[1], m);
  }
  const words = Object.keys(NUMBER_WORDS).join('|');
  for (const m of t.matchAll(new RegExp(`\\b(${words})\\s+${kind}(${COUNT_NOUNS})\\b`, 'gi'))) {
    count(NUMBER_WORDS[m[1].toLowerCase()], m);
  }
  if (options.dates || options.keyDates) {
    // "25 April 2025" keeps its year, so 8 October 2023 is not 8 October 2025; "25 April" has none.
    for (const m of t.matchAll(new RegExp(`(?<![\\d.,])([1-9]|[12]\\d|3[01])\\s+(${MONTHS})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'g'))) {
      const day = m[3] ? `${m[1]} ${m[2]} ${m[3]}` : `${m[1]} ${m[2]}`;
      if (options.dates || options.keyDates.has(day)) add(day, m);
    }
  }
  return found;
}

/**
 * The gated days as prose writes them, read from content/data: each key event's day with and without its year
 * ("25 April", "25 April 2025"), each of `withYear` only with it ("14 January 2025").
 */
export function keyEventDays(root = '.', refs = KEY_EVENT_DATES, withYear = DATED_EVENTS) {
  const records = new Map();
  const dir = path.join(root, 'content/data');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'sources.json')) {
    for (const r of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))) records.set(r.id, r);
  }
  const months = MONTHS.split('|');
  const days = new Set();
  const yearOnly = new Set();
  for (const ref of [...refs, ...withYear]) {
    const [id, ...keys] = ref.split('.');
    let v = records.get(id);
    for (const k of keys) v = v?.[k];
    const m = typeof v === 'string' ? v.match(/^\d{4}-(\d{2})-(\d{2})$/) : null;
    if (!m) throw new Error(`scripts/typed-figures.mjs: KEY_EVENT_DATES or DATED_EVENTS names "${ref}", which is not a day in content/data`);
    const day = `${Number(m[2])} ${months[Number(m[1]) - 1]}`;
    if (refs.includes(ref)) days.add(day);
    else yearOnly.add(`${day} ${v.slice(0, 4)}`);
    days.add(`${day} ${v.slice(0, 4)}`);
  }
  // "8 October" is JLR's restart: a page showing 8 October 2023 (the Balticconnector) does not repeat it.
  return Object.assign(days, { yearOnly });
}

// ---------------------------------------------------------------------------------------------------------------
// What readers see, page by page (dist/)

/** The built pages this check reads, as site paths relative to dist ("", "articles/x/"). */
export function readerPages(dist) {
  const pages = [];
  const walk = (dir, rel) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        const sub = `${rel}${e.name}/`;
        if (['_astro', 'pagefind', 'embed', 'cards', 'search', 'styleguide'].includes(e.name)) continue;
        if (rel === 'data/') continue; // the per-dataset record pages show the data itself
        walk(path.join(dir, e.name), sub);
      } else if (e.name === 'index.html') pages.push(rel);
    }
  };
  walk(dist, '');
  return pages.sort();
}

/** Removes every element whose opening tag matches `open` (an element name and attribute test), nested ones included. */
function dropElements(html, tagName, attrTest = () => true) {
  const re = new RegExp(`<(/?)${tagName}\\b([^>]*)>`, 'g');
  let out = '';
  let last = 0;
  let depth = 0;
  let inside = 0;
  let start = 0;
  for (const m of html.matchAll(re)) {
    if (m[0].endsWith('/>')) continue;
    if (!m[1]) {
      if (inside === 0 && attrTest(m[2])) {
        inside = 1;
        depth = 1;
        start = m.index;
        continue;
      }
      if (inside) depth++;
    } else if (inside) {
      depth--;
      if (depth === 0) {
        out += html.slice(last, start);
        last = m.index + m[0].length;
        inside = 0;
      }
    }
  }
  return out + html.slice(last);
}

const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&nbsp;|&#160;/g, ' ');

/** The text a page shows readers, without furniture that carries no figure of ours. */
export function pageText(html) {
  let h = html.replace(/<head>[\s\S]*?<\/head>/, '').replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '');
  h = dropElements(h, 'header', (a) => /site-header/.test(a));
  h = dropElements(h, 'footer', (a) => /site-footer/.test(a));
  h = dropElements(h, 'section', (a) => /source-list/.test(a));
  h = dropElements(h, 'ul', (a) => /source-items/.test(a));
  h = dropElements(h, 'ol', (a) => /source-items/.test(a));
  // A source cited in a chart's details or table: its title and date of publication are not figures of ours.
  h = dropElements(h, 'span', (a) => /class="source-line"/.test(a));
  h = dropElements(h, 'td', (a) => /data-label="Sources"/.test(a));
  // Which source a single-source mark rests on (timeline details and table, dataset pages) names a source's date.
  h = dropElements(h, 'span', (a) => /class="tl-single-note"/.test(a));
  h = dropElements(h, 'p', (a) => /data-single-source-note/.test(a));
  h = dropElements(h, 'td', (a) => /data-label="Sourcing"/.test(a));
  h = dropElements(h, 'time');
  h = dropElements(h, 'text', (a) => /tick/.test(a));
  h = dropElements(h, 'span', (a) => /visually-hidden/.test(a));
  // A <Fig>'s description (hidden, read only as its description) names its sources' publishers and dates.
  h = dropElements(h, 'span', (a) => /\shidden(\s|=|$)/.test(a));
  return decode(h.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
}

/** Text reduced for comparing a file's words with a page's: lower case, letters, digits, £, %, single spaces. */
export const norm = (s) =>
  s
    .toLowerCase()
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/[^a-z0-9£%.\u0001\n]+/g, ' ')
    .replace(/\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ');

/** Every reader page's text (normalised), and for each figure the pages that show it. */
export function readSite(dist, options = {}) {
  const texts = new Map();
  const byFigure = new Map();
  for (const page of readerPages(dist)) {
    const text = pageText(fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
    texts.set(page || '/', norm(text));
    for (const { figure, at, raw } of figuresIn(text, options)) {
      if (quoted(text, at, raw)) continue;
      if (!byFigure.has(figure)) byFigure.set(figure, new Set());
      byFigure.get(figure).add(page || '/');
    }
  }
  return { texts, byFigure };
}

/**
 * The words around a typed figure, as a page would show them: up to 40 characters either side, never across a
 * removed tag, reference, key or paragraph break. Empty when there are too few words to recognise it by.
 */
function contextOf(prose, at, raw) {
  const before = prose.slice(Math.max(0, at - 40), at).split(/\u0001|\n\s*\n/).at(-1);
  const after = prose.slice(at + raw.length, at + raw.length + 40).split(/\u0001|\n\s*\n/)[0];
  const words = (s) => norm(s).trim();
  const b = words(before).split(' ').slice(1).join(' '); // the first word may be cut
  const a = words(after).split(' ').slice(0, -1).join(' '); // and the last
  const context = `${b} ${words(raw)} ${a}`.trim().replace(/\s+/g, ' ');
  return context.length - words(raw).length >= 12 ? context : '';
}

// ---------------------------------------------------------------------------------------------------------------
// The words editors write (sources)

/**
 * Typed figures that share a number with a figure of the datasets but are another figure, with the reason. Keep this
 * short: each entry is a place where the check cannot help.
 */
export const DIFFERENT_FIGURES = [
  {
    file: 'content/glossary/cmc-category-scale.yaml',
    figure: '£100m',
    reason: "the Cyber Monitoring Centre's threshold for rating an event, not M&S's £100m of insurance income",
  },
  {
    file: 'content/glossary/cyber-monitoring-centre.yaml',
    figure: '£100m',
    reason: "the Cyber Monitoring Centre's threshold for rating an event, not M&S's £100m of insurance income",
  },
];

const lineAt = (text, index) => text.slice(0, index).split('\n').length;

/** Blanks a match out, keeping its newlines so line numbers still hold. */
const blank = (s) => s.replace(/[^\n]/g, ' ');
/** Replaces a match by boundary marks (same length and lines): context never reaches across what was removed. */
const BOUNDARY = '\u0001';
const cut = (s) => s.replace(/[^\n]/g, BOUNDARY);

/** A YAML file's or frontmatter's prose: every string value, blanked where it is a key, an id or a reference. */
function yamlProse(raw) {
  // Keep the text in place (for line numbers): blank out keys, comments and references; YAML strings stay as written.
  return raw
    .replace(/^\s*#.*$/gm, cut)
    .replace(/^(\s*-?\s*)([A-Za-z_][\w-]*)(\s*:)/gm, (m, a, k, c) => cut(a + k + c))
    .replace(/\{[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9_]+)*(?:\|[a-z-]+)*\}/g, cut)
    .replace(/\b\d{4}-\d{2}(-\d{2})?\b/g, cut)
    .replace(/(^|\u0001)(\s*)"/gm, (m) => cut(m))
    .replace(/"(\s*)$/gm, (m) => cut(m))
    .replace(/^\s*-\s/gm, cut);
}

/** An MDX article: frontmatter prose and the body without imports, component tags and references. */
function mdxProse(raw) {
  const fm = raw.match(/^---\n[\s\S]*?\n---\n/)?.[0] ?? '';
  const body = raw.slice(fm.length);
  return (
    yamlProse(fm) +
    body
      .replace(/^(import|export)\s.*$/gm, cut)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, cut)
      .replace(/<(Fig|Cite)\b[^>]*>/g, cut)
      .replace(/<\/?[A-Za-z][^>]*>/g, blank)
      .replace(/\{[^{}\n]*\}/g, cut)
      .replace(/\]\([^)]*\)/g, blank)
      .replace(/^#+\s|\n\s*\n/gm, cut)
  );
}

/** An .astro page: the template's text, without its code fence, expressions, tags, scripts and styles. */
function astroProse(raw) {
  const fence = raw.match(/^---\n[\s\S]*?\n---\n/)?.[0] ?? '';
  let body = blank(fence) + raw.slice(fence.length);
  body = body.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
  // Expressions, nested braces included.
  let prev;
  do {
    prev = body;
    body = body.replace(/\{[^{}]*\}/g, cut);
  } while (body !== prev);
  return body.replace(/<\/?(p|h\d|li|ul|ol|div|section|dt|dd|td|th)\b[^>]*>/g, cut).replace(/<\/?[A-Za-z][^>]*>/g, blank);
}

/** The files editors write, each with its prose (same length and lines as the file). */
export function proseFiles(root = '.') {
  const files = [];
  const list = (dir, ext) =>
    fs.existsSync(path.join(root, dir))
      ? fs.readdirSync(path.join(root, dir), { recursive: true }).filter((f) => String(f).endsWith(ext)).map((f) => path.join(dir, String(f)))
      : [];
  for (const f of list('content/articles', '.mdx')) files.push({ file: f, prose: mdxProse(fs.readFileSync(path.join(root, f), 'utf8')) });
  for (const f of [...list('content/glossary', '.yaml'), ...list('content/charts', '.yaml')]) {
    files.push({ file: f, prose: yamlProse(fs.readFileSync(path.join(root, f), 'utf8')) });
  }
  for (const f of list('src/pages', '.astro')) {
    if (f.includes('styleguide')) continue;
    files.push({ file: f, prose: astroProse(fs.readFileSync(path.join(root, f), 'utf8')) });
  }
  return files.map((x) => ({ ...x, file: x.file.split(path.sep).join('/') }));
}

/** "£1.9bn" -> ["£", 1.9, "bn"]; the number's decimals tell how it was rounded. */
function parts(figure) {
  const m = figure.match(/^(£?)(\d[\d,]*(?:\.(\d+))?)(.*)$/);
  return m ? { pre: m[1], value: Number(m[2].replace(/,/g, '')), decimals: m[3]?.length ?? 0, post: m[4] } : null;
}

/**
 * The pages showing a figure, or a more precise figure that rounds to it: a typed "99%" is the data's 99.1% rounded.
 */
function pagesShowing(byFigure, figure, options = {}) {
  const mine = parts(figure);
  const pages = new Set(byFigure.get(figure) ?? []);
  // A day written without its year is the key event's day shown with it elsewhere ("25 April" is "25 April 2025").
  if (options.keyDates && /^\d+ [A-Z][a-z]+$/.test(figure)) {
    for (const [other, where] of byFigure) if (other.startsWith(`${figure} `) && options.keyDates.has(other) && !options.keyDates.yearOnly?.has(other)) for (const p of where) pages.add(p);
  }
  if (!mine) return pages;
  for (const [other, where] of byFigure) {
    const o = parts(other);
    if (!o || o.pre !== mine.pre || o.post !== mine.post || o.decimals <= mine.decimals) continue;
    if (Number(o.value.toFixed(mine.decimals)) === mine.value) for (const p of where) pages.add(p);
  }
  return pages;
}

/**
 * A figure inside quotation marks quotes someone else's words (the "£2bn" of the headlines, the FT's "11 incidents"):
 * it is about that wording, not a figure of ours, and is left as typed.
 */
function quoted(prose, at, raw) {
  const before = prose.slice(Math.max(0, at - 24), at).split('\n').at(-1);
  const after = prose.slice(at + raw.length, at + raw.length + 24).split('\n')[0];
  return /[“"'‘][\w ,]{0,20}$/.test(before) && /^[\w ,]{0,20}[”"'’]/.test(after);
}

/**
 * Every place where a figure is typed and the same figure is shown on another page by other means (typed elsewhere,
 * or by reference). Text typed once that the site shows on several pages (a chart's note on its page and in an
 * article, a term's definition in its pop-ups) is recognised by its surrounding words and is not a repeat.
 * @returns {{ file: string, line: number, figure: string, raw: string, pages: string[] }[]}
 */
export function typedRepeatedFigures(dist, root = '.', options = {}) {
  const { texts, byFigure } = readSite(dist, options);
  const problems = [];
  for (const { file, prose } of proseFiles(root)) {
    for (const { figure, at, raw } of figuresIn(prose, options)) {
      const pages = pagesShowing(byFigure, figure, options);
      if (pages.size < 2 || quoted(prose, at, raw)) continue;
      if (DIFFERENT_FIGURES.some((d) => d.file === file && d.figure === figure)) continue;
      const context = contextOf(prose, at, raw);
      const elsewhere = context ? [...pages].filter((p) => !texts.get(p).includes(context)) : [...pages];
      const here = context ? [...pages].filter((p) => texts.get(p).includes(context)) : [];
      if (elsewhere.length === 0 || (context && here.length === 0 && elsewhere.length < 2)) continue;
      problems.push({ file, line: lineAt(prose, at), figure, raw: raw.trim(), pages: elsewhere.sort() });
    }
  }
  return problems;
}

/** The report an editor reads. */
export function report(problems) {
  if (problems.length === 0) return 'No typed figure repeats: every figure shown on two or more pages is written by reference.';
  const lines = problems.map(
    (p) => `${p.file}:${p.line}: "${p.raw}" is typed, and ${p.figure} is also shown on ${p.pages.length} other page(s) (${p.pages.slice(0, 4).join(', ')}${p.pages.length > 4 ? ', …' : ''}).`,
  );
  return [
    `${problems.length} typed figure(s) repeat across pages:`,
    ...lines,
    'What to do: write the figure by reference to its record (<Fig of="record-id.field" /> in MDX, {record-id.field} in',
    'YAML; README "Figures by reference"). If no record holds it, add one with its sources to content/data/*.json.',
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
  const problems = typedRepeatedFigures(path.resolve(dist), '.', gatedOptions());
  (problems.length ? console.error : console.log)(report(problems));
  process.exit(problems.length ? 1 : 0);
}
