/**
 * One cut-off, stated the same way everywhere. The footer states the site-wide cut-off (the latest article's
 * `facts_checked`); every other statement of how far the reporting runs ("up to June 2026", "as of early 2026",
 * "by mid-2026", "Facts checked to …") must agree with the date that governs it:
 *  - in an article's own text, and in its feed item: the article's `facts_checked`;
 *  - in a chart (its page, its embed, its data download, and the chart wherever it is shown or previewed): the newest
 *    `facts_checked` of the articles that carry the chart;
 *  - everywhere else (footer, home, About, Data page, glossary, the /data/ downloads and their citations): the site
 *    cut-off.
 * A statement "agrees" when the period it names contains the governing month: "early 2026" is January to April,
 * "mid-2026" May to August, "late 2026" September to December, "June 2026" June.
 * Also: an article's `facts_checked` is no earlier than the newest source it cites, and the RSS feed says
 * "Facts checked to …" for every article.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/html';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthName = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
/** As the site writes a facts-checked date: "June 2026", or "28 June 2026" for a day. */
const checkedText = (iso: string) => (iso.length === 10 ? `${Number(iso.slice(8))} ${monthName(iso)}` : monthName(iso));

// ---- what content says --------------------------------------------------------------------------------------------

const articleDir = 'content/articles';
const frontmatter = (slug: string) => fs.readFileSync(path.join(articleDir, `${slug}.mdx`), 'utf8').split(/^---$/m)[1] ?? '';
const slugs = fs.readdirSync(articleDir).filter((f) => f.endsWith('.mdx')).map((f) => f.replace(/\.mdx$/, ''))
  .filter((s) => !/^draft:\s*true/m.test(frontmatter(s)));
const factsChecked = new Map(slugs.map((s) => [s, /^facts_checked:\s*"?([\d-]+)"?/m.exec(frontmatter(s))?.[1]]));
const siteCutoff = [...factsChecked.values()].filter((d): d is string => !!d).sort().at(-1)!;

// ---- finding cut-off statements -----------------------------------------------------------------------------------

/** A statement of how far the reporting runs: a cue, then "early/mid-/late YYYY" or "Month YYYY" (never a day). */
const CUE = String.raw`(?:as of|up to|(?:facts|reporting)(?: we drew on)? runs? to|facts checked to|by|until)`;
const PERIOD = String.raw`(?:(early|mid-?|late)\s*(20\d\d)|(${MONTHS.join('|')})\s+(20\d\d))`;
const STATEMENT = new RegExp(String.raw`\b(${CUE})\s+${PERIOD}\b`, 'gi');

interface Statement {
  text: string;
  /** Up to 60 characters of text before it, to recognise the same sentence on another page. */
  key: string;
  agreesWith: (iso: string) => boolean;
}

function statementsIn(text: string): Statement[] {
  const out: Statement[] = [];
  for (const m of text.matchAll(STATEMENT)) {
    const cue = m[1]!.toLowerCase();
    const [vague, vagueYear, month, monthYear] = [m[2]?.toLowerCase(), m[3], m[4], m[5]];
    // "by" and "until" with a month are dates of events ("back on track by March 2026"), not cut-offs.
    if (!vague && (cue === 'by' || cue === 'until')) continue;
    const year = vagueYear ?? monthYear!;
    const [from, to] = vague
      ? vague.startsWith('early') ? [1, 4] : vague.startsWith('mid') ? [5, 8] : [9, 12]
      : [MONTHS.findIndex((n) => n.toLowerCase() === month!.toLowerCase()) + 1, MONTHS.findIndex((n) => n.toLowerCase() === month!.toLowerCase()) + 1];
    const start = m.index!;
    out.push({
      text: m[0],
      key: `${text.slice(Math.max(0, start - 60), start)}${m[0]}`,
      agreesWith: (iso) => iso.slice(0, 4) === year && Number(iso.slice(5, 7)) >= from! && Number(iso.slice(5, 7)) <= to!,
    });
  }
  return out;
}

/** A page's readable text, with "Facts checked to <time>" lines removed (they are checked by their datetime below). */
const plainText = (html: string) =>
  decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/Facts checked to\s*<time[^>]*>[^<]*<\/time>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  ).replace(/\s+/g, ' ');

/** Splits HTML into its chart figures (by chart id) and the rest. */
function splitCharts(html: string): { charts: [string, string][]; rest: string } {
  const charts: [string, string][] = [];
  let rest = '';
  let i = 0;
  const open = /<figure\b[^>]*\bclass="chart"[^>]*\bdata-chart="([^"]+)"[^>]*>/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    let depth = 1;
    let j = m.index + m[0].length;
    const tag = /<(\/?)figure\b/g;
    tag.lastIndex = j;
    for (let t = tag.exec(html); t && depth > 0; t = tag.exec(html)) {
      depth += t[1] ? -1 : 1;
      j = t.index;
    }
    rest += html.slice(i, m.index);
    charts.push([m[1]!, html.slice(m.index, j)]);
    i = j;
    open.lastIndex = j;
  }
  return { charts, rest: rest + html.slice(i) };
}

// ---- which date governs -------------------------------------------------------------------------------------------

const pages = builtPages(distRoot);
const articlePages = pages.filter((p) => /^articles\/[^/]+\/$/.test(p));
const slugOf = (page: string) => page.split('/')[1]!;

/** Each chart's governing date: the newest facts_checked of the articles that carry it. */
const chartDate = new Map<string, string>();
for (const page of articlePages) {
  const checked = factsChecked.get(slugOf(page));
  if (!checked) continue;
  for (const [chart] of splitCharts(readPage(distRoot, page)).charts) {
    if (!chartDate.has(chart) || chartDate.get(chart)! < checked) chartDate.set(chart, checked);
  }
}

/** Statements that belong to a chart or to the glossary, recognised by their sentence wherever they are repeated. */
const origin = new Map<string, { what: string; date: string }>();
for (const [chart, date] of chartDate) {
  const file = path.join(distRoot, 'charts', chart, 'index.html');
  if (!fs.existsSync(file)) continue;
  for (const [, figure] of splitCharts(fs.readFileSync(file, 'utf8')).charts) {
    for (const s of statementsIn(plainText(figure))) origin.set(s.key, { what: `chart ${chart}`, date });
  }
}
for (const page of pages.filter((p) => /^glossary\/[^/]+\/$/.test(p))) {
  const main = /<main[\s\S]*<\/main>/.exec(readPage(distRoot, page))?.[0] ?? '';
  for (const s of statementsIn(plainText(main))) origin.set(s.key, { what: `glossary ${page}`, date: siteCutoff });
}

interface Finding {
  where: string;
  statement: string;
  governedBy: string;
}

function check(where: string, text: string, fallback: { what: string; date: string }, out: Finding[]) {
  for (const s of statementsIn(text)) {
    const rule = origin.get(s.key) ?? fallback;
    if (!s.agreesWith(rule.date)) out.push({ where, statement: `…${s.key.slice(-90)}`, governedBy: `${rule.what}: ${monthName(rule.date)}` });
  }
}

const site = { what: 'the site cut-off', date: siteCutoff };

// ---- the tests ----------------------------------------------------------------------------------------------------

describe('cut-off statements agree with the date that governs them', () => {
  it('the site cut-off is what the footer states, on every page', () => {
    expect(siteCutoff).toMatch(/^\d{4}-\d{2}/);
    for (const page of pages) {
      const html = readPage(distRoot, page);
      if (!html.includes('data-facts-cutoff')) continue;
      expect(html, page).toContain(`data-facts-cutoff="${siteCutoff}"`);
    }
  });

  it('every "Facts checked to" date is the right article’s, or the site cut-off in the footer', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readPage(distRoot, page);
      for (const m of html.matchAll(/Facts checked to\s*<time datetime="([^"]+)"[^>]*>([^<]*)<\/time>/g)) {
        const [date, shown] = [m[1]!, decodeEntities(m[2]!)];
        if (shown !== checkedText(date)) wrong.push(`${page}: ${date} shown as "${shown}"`);
        const before = html.slice(0, m.index);
        const inFooter = before.lastIndexOf('<footer') > before.lastIndexOf('</footer>');
        // The article this line belongs to: the page itself in its header, else the nearest article link before it.
        const linked = [...before.matchAll(/href="\/articles\/([^/"]+)\/"/g)].at(-1)?.[1];
        const header = /^articles\/[^/]+\/$/.test(page) && !/<h2\b/.test(before.slice(before.lastIndexOf('<main')));
        const expected = inFooter ? siteCutoff : factsChecked.get(header ? slugOf(page) : linked ?? '');
        if (date !== expected) wrong.push(`${page}: Facts checked to ${date}, expected ${expected ?? '(no article found)'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('in pages: articles by their facts_checked, charts by their articles’, the rest by the site cut-off', () => {
    const findings: Finding[] = [];
    for (const page of pages) {
      if (page === '404.html') continue;
      const html = readPage(distRoot, page);
      const footerAt = html.lastIndexOf('<footer class="site-footer"');
      const body = footerAt > 0 ? html.slice(0, footerAt) : html;
      const { charts, rest } = splitCharts(body);
      for (const [chart, figure] of charts) {
        const date = chartDate.get(chart) ?? siteCutoff;
        check(`${page} (chart ${chart})`, plainText(figure), { what: `chart ${chart}`, date }, findings);
      }
      const embed = /^embed\/([^/]+)\/$/.exec(page)?.[1];
      const checked = /^articles\/[^/]+\/$/.test(page) ? factsChecked.get(slugOf(page)) : undefined;
      const fallback = embed
        ? { what: `chart ${embed}`, date: chartDate.get(embed) ?? siteCutoff }
        : checked
          ? { what: `the article's facts_checked`, date: checked }
          : site;
      check(page, plainText(rest), fallback, findings);
      if (footerAt > 0) check(`${page} (footer)`, plainText(html.slice(footerAt)), site, findings);
    }
    expect(findings).toEqual([]);
  });

  it('in the downloads: /data/ by the site cut-off, a chart’s data by its articles’', () => {
    const findings: Finding[] = [];
    const data = path.join(distRoot, 'data');
    for (const f of fs.readdirSync(data).filter((f) => /\.(json|csv)$/.test(f))) {
      check(`data/${f}`, fs.readFileSync(path.join(data, f), 'utf8'), site, findings);
    }
    for (const chart of fs.readdirSync(path.join(distRoot, 'charts'))) {
      for (const f of ['data.json', 'data.csv']) {
        const file = path.join(distRoot, 'charts', chart, f);
        if (fs.existsSync(file)) check(`charts/${chart}/${f}`, fs.readFileSync(file, 'utf8'), { what: `chart ${chart}`, date: chartDate.get(chart) ?? siteCutoff }, findings);
      }
    }
    expect(findings).toEqual([]);
  });

  it('the datasets’ citations name the site cut-off and a version date taken from content', () => {
    for (const f of fs.readdirSync(path.join(distRoot, 'data')).filter((f) => f.endsWith('.json'))) {
      const body = JSON.parse(fs.readFileSync(path.join(distRoot, 'data', f), 'utf8'));
      expect(body.suggested_citation, f).toContain(`up to ${checkedText(siteCutoff)}`);
      expect(body.suggested_citation, f).toContain(`version of ${Number(body.compiled.slice(8))} ${monthName(body.compiled)}`);
    }
  });
});

describe('an article’s facts_checked is no earlier than the newest source it cites', () => {
  const sources = new Map(
    (JSON.parse(fs.readFileSync('content/data/sources.json', 'utf8')) as { id: string; date?: string }[]).map((s) => [s.id, s.date]),
  );
  it.each(slugs)('%s', (slug) => {
    const file = fs.readFileSync(path.join(articleDir, `${slug}.mdx`), 'utf8');
    const listed = /^sources:\n((?:\s+- .+\n)+)/m.exec(frontmatter(slug))?.[1]?.match(/- (\S+)/g)?.map((s) => s.slice(2)) ?? [];
    const cited = [...file.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!);
    const dated = [...new Set([...listed, ...cited])].map((id) => [id, sources.get(id)] as const).filter((e): e is readonly [string, string] => !!e[1]);
    const newest = dated.map(([, d]) => d.slice(0, 7)).sort().at(-1)!;
    const checked = factsChecked.get(slug)!;
    expect(checked.slice(0, 7) >= newest, `${slug}: facts_checked ${checked}, but it cites ${dated.filter(([, d]) => d.slice(0, 7) === newest).map(([id, d]) => `${id} (${d})`).join(', ')}`).toBe(true);
  });
});

describe('the RSS feed says how current each article is', () => {
  const xml = fs.readFileSync(path.join(distRoot, 'rss.xml'), 'utf8');
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => decodeEntities(decodeEntities(m[1]!)));

  it('every item has "Facts checked to" with its article’s date, and its cut-off statements agree with it', () => {
    expect(items.length).toBe(articlePages.length);
    const findings: Finding[] = [];
    for (const item of items) {
      const slug = /<link>[^<]*\/articles\/([^/<]+)\/<\/link>/.exec(item)?.[1] ?? '';
      const checked = factsChecked.get(slug);
      expect(checked, slug).toBeDefined();
      expect(item, slug).toContain(`Facts checked to ${checkedText(checked!)}.`);
      check(`rss.xml (${slug})`, item.replace(/<[^>]+>/g, ' '), { what: `${slug}'s facts_checked`, date: checked! }, findings);
    }
    expect(findings).toEqual([]);
  });
});
