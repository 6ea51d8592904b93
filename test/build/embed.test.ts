/**
 * Embed pages (/embed/<chart>/) and the share block, read as HTML: one embed page per chart, holding the chart with
 * its title as the only h1, its source line and a link back; noindex, canonical to the chart page, no site header or
 * navigation; and every chart on every page offers a permalink, a citation and embed code for its own embed page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';
import { count, decodeEntities, textOf } from '../support/html';

const pages = builtPages(distRoot);
const charts = pages.filter((p) => /^charts\/[^/]+\/$/.test(p)).map((p) => p.split('/')[1]!);

describe('embed pages', () => {
  it('exist for every chart, and only for charts', () => {
    expect(pages.filter((p) => p.startsWith('embed/')).sort()).toEqual(charts.map((c) => `embed/${c}/`).sort());
  });

  it.each(charts)('/embed/%s/ holds the chart alone, with title, source line and a link back', (id) => {
    const html = readPage(distRoot, `embed/${id}/`);
    expect(html).toMatch(/<html lang="en-GB"/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<link rel="canonical" href="https://greyzone.example/charts/${id}/">`);
    expect(html).toMatch(/<meta http-equiv="content-security-policy"/);
    expect(count(html, /<h1\b/)).toBe(1);
    expect(textOf(html, 'h1')).toBe(textOf(readPage(distRoot, `charts/${id}/`), 'h1'));
    expect(html).toMatch(/<p class="chart-source"/);
    expect(html).toMatch(new RegExp(`<footer class="embed-foot"[^>]*>\\s*<a href="https://greyzone\\.example/charts/${id}/"`));
    expect(html).not.toMatch(/<nav aria-label="Main"|class="skip-link"|class="site-header"/);
  });
});

describe('share, cite and embed on every chart', () => {
  it.each(pages.filter((p) => /^(articles|charts)\/[^/]+\/$/.test(p)))('/%s', (page) => {
    const html = readPage(distRoot, page);
    const figures = count(html, /<figure class="chart"/);
    const blocks = [...html.matchAll(/<details class="chart-share"[^>]*data-permalink="([^"]+)"[\s\S]*?<\/details>/g)];
    expect(blocks.length).toBe(figures);
    for (const [block, permalink] of blocks) {
      const id = permalink!.match(/\/charts\/([^/]+)\/$/)![1]!;
      expect(fs.existsSync(path.join(distRoot, 'charts', id, 'index.html'))).toBe(true);
      const citation = decodeEntities(block.match(/<p class="share-text"[^>]*data-share-citation[^>]*>([^<]+)<\/p>/)![1]!);
      expect(citation).toMatch(new RegExp(`^Grey Zone, “.+” \\(chart\\)(, data to [^.]+)?\\. ${permalink!.replace(/[.]/g, '\\.')}$`));
      const code = decodeEntities(block.match(/<textarea[^>]*>([\s\S]*?)<\/textarea>/)![1]!);
      expect(code).toContain(`<iframe src="https://greyzone.example/embed/${id}/"`);
      expect(code).toContain('<script src="https://greyzone.example/embed/resize.js" async></script>');
    }
  });

  it('the script the embed code loads is built, and takes height messages only from the site that served it', () => {
    const script = fs.readFileSync(path.join(distRoot, 'embed', 'resize.js'), 'utf8');
    expect(script).toContain('new URL(document.currentScript.src).origin');
    expect(script).toMatch(/e\.origin !== origin/);
  });
});
