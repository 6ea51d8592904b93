/**
 * Link-preview cards in the built site: every article and chart page names a 1200×630 PNG card in its Open Graph and
 * Twitter meta (and, for articles, in its NewsArticle data), and that file exists, at the root and under the sub-path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, distSubpath, subpathBase } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';

const SITE = 'https://greyzone.example';

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe.each([
  ['the domain root', distRoot, '/'],
  ['the sub-path', distSubpath, subpathBase],
] as const)('social cards at %s', (_label, dist, base) => {
  const pages = builtPages(dist).filter((p) => /^(articles|charts)\/[^/]+\/$/.test(p));

  it('there is a card page for every article and chart', () => {
    expect(pages.filter((p) => p.startsWith('charts/')).length).toBeGreaterThanOrEqual(3);
    expect(pages.filter((p) => p.startsWith('articles/')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(pages)('/%s names its own 1200×630 PNG card, which exists', (page) => {
    const html = readPage(dist, page);
    const [, kind, id] = page.match(/^(articles|charts)\/([^/]+)\/$/)!;
    const url = `${SITE}${base}cards/${kind}/${id}.png`;
    expect(html).toContain(`<meta property="og:image" content="${url}">`);
    // X falls back to og:image (and og:title, og:description): the page does not repeat them as twitter: tags.
    expect(html).not.toContain('<meta name="twitter:image" ');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<meta property="og:image:alt" content="[^"]{20,}">/);
    if (kind === 'articles') expect(html).toContain(`"image":["${url}"]`);
    expect(pngSize(path.join(dist, 'cards', kind!, `${id}.png`))).toEqual({ width: 1200, height: 630 });
  });
});
