/**
 * Images in the built site (src/components/mdx/Figure.astro): every <img> on every page says what it shows (or has an
 * empty alt), has its width and height so nothing shifts, and points only at files that exist; the article image is
 * a set of resized copies with sizes, lazy, with its caption and credit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';
import { builtPages, readPage } from '../support/site-pages';

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s>/])`))?.[1] ?? (new RegExp(`\\s${name}[\\s>/]`).test(tag) ? '' : undefined);
const images = builtPages(distRoot).flatMap((page) => [...readPage(distRoot, page).matchAll(/<img\s[^>]*>/g)].map((m) => ({ page, tag: m[0] })));
const file = (url: string) => path.join(distRoot, decodeURIComponent(url.split(/[?#]/)[0]!));

describe('every image on every page', () => {
  it('has alt (text, or empty for decoration), width and height', () => {
    expect(images.length).toBeGreaterThan(0);
    for (const { page, tag } of images) {
      expect(attr(tag, 'alt'), `${page}: ${tag}`).toBeDefined();
      expect(Number(attr(tag, 'width')), `${page}: ${tag}`).toBeGreaterThan(0);
      expect(Number(attr(tag, 'height')), `${page}: ${tag}`).toBeGreaterThan(0);
    }
  });

  it('points only at files in dist/', () => {
    for (const { page, tag } of images) {
      const urls = [attr(tag, 'src')!, ...(attr(tag, 'srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]!).filter(Boolean)];
      for (const url of urls.filter((u) => u.startsWith('/'))) expect(fs.existsSync(file(url)), `${page}: ${url}`).toBe(true);
    }
  });
});

describe('the locator map in the NATO pre-emptive article (its lead image)', () => {
  const html = readPage(distRoot, 'articles/nato-pre-emptive-debate/');
  const figure = html.match(/<figure class="figure"[\s\S]*?<\/figure>/)?.[0] ?? '';
  const tag = figure.match(/<img\s[^>]*>/)?.[0] ?? '';

  it('takes the text column, as the same <Figure> in the text would (it is drawn for 640 CSS px), not the wide one', () => {
    expect(figure).not.toBe('');
    expect(html).not.toMatch(/<figure class="figure wide"/);
    expect([attr(tag, 'width'), attr(tag, 'height')]).toEqual(['640', '550']);
    expect(attr(tag, 'sizes')).toBe('(min-width: 672px) 640px, calc(100vw - 2rem)');
  });

  it('is resized for each screen, sized, loaded first (it is the lead image) and described', () => {
    expect(attr(tag, 'alt')).toMatch(/^Map of the Baltic Sea and the countries around it\. Poland, .* and Estonia, .* are shaded\./);
    expect([attr(tag, 'loading'), attr(tag, 'fetchpriority')]).toEqual(['eager', 'high']);
    expect(html.match(/<img\s[^>]*baltic-sea-locator/g), 'the image is on the page once (as the lead, not again in the text)').toHaveLength(1);
    // Up to twice the column, for 2x screens: the file is drawn at 1,280 px.
    expect((attr(tag, 'srcset') ?? '').match(/\d+w/g)).toEqual(['360w', '480w', '640w', '828w', '1080w', '1280w']);
    expect(attr(tag, 'src')).toMatch(/^\/_astro\/baltic-sea-locator\.[\w-]+\.webp$/);
  });

  it('carries its caption and credit', () => {
    expect(figure).toMatch(/<figcaption[^>]*>[\s\S]*Poland and Estonia, shaded,[\s\S]*<span class="figure-credit"[^>]*>Map: Grey Zone, from Natural Earth \(public domain\)<\/span>/);
  });
});
