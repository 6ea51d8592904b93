/**
 * The built site, read as HTML: every page has the frame (title, landmarks, skip link, one h1), the article has its
 * footnotes and sources, and every internal link and asset resolves, at the domain root and under a sub-path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, distSubpath, subpathBase } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { attributeValues, count, textOf } from '../support/html';

const pages = builtPages(distRoot);

describe('every page has the frame', () => {
  it('builds the pages the site promises', () => {
    for (const p of ['', 'articles/', 'glossary/', 'data/', 'about/', '404.html', 'articles/nato-cyber-chief-russia-ransomware/']) {
      expect(pages).toContain(p);
    }
  });

  // Embed pages (/embed/<chart>/) are a chart alone for other sites' iframes: test/build/embed.test.ts checks their frame.
  it.each(pages.filter((p) => !p.startsWith('embed/')))('/%s: title, lang, landmarks, skip link, one h1, no third-party requests', (page) => {
    const html = readPage(distRoot, page);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(textOf(html, 'title')).toMatch(/\S.*Grey Zone|^Grey Zone$/);
    expect(html).toMatch(/<a class="skip-link" href="#main">/);
    expect(count(html, /<header\b/)).toBeGreaterThanOrEqual(1);
    expect(count(html, /<main id="main"/)).toBe(1);
    expect(count(html, /<footer\b/)).toBeGreaterThanOrEqual(1);
    expect(count(html, /<nav aria-label="Main"/)).toBe(1);
    expect(count(html, /<h1\b/)).toBe(1);
    expect(html).toMatch(/<meta http-equiv="content-security-policy"/);
    // Nothing is loaded from another origin: scripts, styles, images, fonts.
    const loaded = [...attributeValues(html, 'src'), ...[...html.matchAll(/<link[^>]+href="([^"]+)"/g)].map((m) => m[1]!)];
    for (const url of loaded) {
      if (/^https?:/.test(url)) expect(url, 'only the canonical link may be absolute').toMatch(/^https:\/\/greyzone\.example\//);
    }
  });
});

describe('the heading outline never skips a level', () => {
  // html-validate's heading-level rule starts again inside each <figure>, so a chart's h3 straight under the h1 (a
  // lead chart before the first h2) passes it; screen-reader users moving by heading still meet the gap. Here the
  // page's headings are read in document order, figures included: going down, each is at most one level deeper.
  it.each(pages.filter((p) => !p.startsWith('embed/')))('/%s', (page) => {
    const html = readPage(distRoot, page);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    const levels = [...main.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => ({
      level: Number(m[1]),
      text: m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim().slice(0, 60),
    }));
    const skips: string[] = [];
    levels.forEach((h, i) => {
      const before = levels[i - 1]?.level ?? 0;
      if (h.level > before + 1) skips.push(`h${before || '(none)'} → h${h.level} "${h.text}"`);
    });
    expect(skips).toEqual([]);
  });
});

describe('the lead article', () => {
  const html = readPage(distRoot, 'articles/nato-cyber-chief-russia-ransomware/');

  it('has headline, standfirst, dates and reading time', () => {
    expect(textOf(html, 'h1')).toMatch(/NATO/);
    expect(html).toMatch(/<p class="dek"[^>]*>/);
    expect(html).toMatch(/Published <time datetime="\d{4}-\d{2}-\d{2}"[^>]*>\d{1,2} [A-Z][a-z]+ \d{4}<\/time>/);
    expect(html).toMatch(/\d+ min read/);
  });

  it('numbers its footnotes from 1 and each links to an entry in the source list', () => {
    const citeTargets = [...html.matchAll(/<sup class="cite"[^>]*>[\u2060\u00a0]?<a href="#source-(\d+)"/g)].map((m) => Number(m[1]));
    expect(citeTargets.length).toBeGreaterThan(0);
    const distinct = [...new Set(citeTargets)];
    expect(distinct[0]).toBe(1);
    // Numbers appear in order of first use: each new number is one more than the highest so far.
    distinct.forEach((n, i) => expect(n).toBe(i + 1));
    for (const n of distinct) expect(html).toMatch(new RegExp(`<li id="source-${n}" value="${n}"`));
    // Each numbered source links back to its first citation, and no id is used twice on the page.
    for (const n of distinct) expect(html).toMatch(new RegExp(`<sup class="cite" id="cite-${n}"[\\s\\S]*href="#cite-${n}"`));
    const ids = attributeValues(html, 'id');
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has a corrections section listing its dated corrections', () => {
    expect(html).toMatch(/<h2 id="corrections-title"[^>]*>Corrections<\/h2>/);
    const section = html.slice(html.indexOf('id="corrections-title"'));
    expect(section).toMatch(/29 November 2026/);
    expect(section).toMatch(/he spoke of attacks such as those on M&amp;S and JLR/);
  });

  it('has a sources section with publisher and link', () => {
    expect(html).toMatch(/<h2 id="sources-title"[^>]*>Sources<\/h2>/);
    expect(html).toMatch(/<li id="source-1"[^>]*>[\s\S]*?<span class="source-line"[^>]*>(?:<span class="src-primary"[^>]*>[^<]*<\/span> )?<span class="src-publisher"[^>]*>[^<]+<\/span>,\s*<a href="https?:\/\//);
  });
});

/** Every internal href/src on every page points at a file that exists in the build. */
function brokenInternalLinks(dist: string, base: string): string[] {
  const broken: string[] = [];
  for (const page of builtPages(dist)) {
    const html = readPage(dist, page);
    for (const url of [...attributeValues(html, 'href'), ...attributeValues(html, 'src')]) {
      if (!url.startsWith('/')) continue;
      if (!url.startsWith(base)) {
        broken.push(`/${page} -> ${url} (outside base ${base})`);
        continue;
      }
      const rel = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]!);
      const file = path.join(dist, rel);
      const exists = fs.existsSync(file) && (fs.statSync(file).isFile() || fs.existsSync(path.join(file, 'index.html')));
      if (!exists) broken.push(`/${page} -> ${url}`);
    }
  }
  return broken;
}

describe('links resolve', () => {
  it('at the domain root', () => {
    expect(brokenInternalLinks(distRoot, '/')).toEqual([]);
  });

  it(`under the sub-path ${subpathBase}`, () => {
    expect(fs.existsSync(path.join(distSubpath, 'index.html')), 'npm test builds dist-subpath/ first').toBe(true);
    expect(brokenInternalLinks(distSubpath, subpathBase)).toEqual([]);
    const home = readPage(distSubpath, '');
    expect(home).toContain(`href="${subpathBase}articles/"`);
    expect(home).toContain(`href="${subpathBase}favicon.svg"`);
    const article = readPage(distSubpath, 'articles/nato-cyber-chief-russia-ransomware/');
    // Links written in MDX as /glossary/... are prefixed with the base too.
    const glossaryLinks = attributeValues(article, 'href').filter((h) => h.includes('/glossary/'));
    expect(glossaryLinks.length).toBeGreaterThan(0);
    for (const href of glossaryLinks) expect(href.startsWith(subpathBase)).toBe(true);
  });
});
