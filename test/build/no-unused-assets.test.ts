/**
 * Nothing ships that no page loads: every script and stylesheet in dist/ is referenced by a page, or imported by a
 * script a page loads, and every image Astro's pipeline wrote is in some page's src or srcset. (React renders the charts at build time only; its client must never reach dist/.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot } from '../support/paths';

const files = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));

describe('assets in dist/', () => {
  const all = files(distRoot);
  const assets = all.filter((f) => /\.(js|mjs|css)$/.test(f));
  const pages = all.filter((f) => f.endsWith('.html'));

  it('are each loaded by some page, directly or through a script it loads', () => {
    const loaded = new Set<string>();
    const scan = (text: string) => {
      const found: string[] = [];
      for (const a of assets) {
        if (!loaded.has(a) && text.includes(path.basename(a))) {
          loaded.add(a);
          found.push(a);
        }
      }
      for (const a of found) if (!a.endsWith('.css')) scan(fs.readFileSync(a, 'utf8'));
    };
    for (const p of pages) scan(fs.readFileSync(p, 'utf8'));
    expect(assets.filter((a) => !loaded.has(a)).map((a) => path.relative(distRoot, a))).toEqual([]);
  });

  it('include no image no page uses: the resized copies of an article image, never its original', () => {
    const images = all.filter((f) => f.startsWith(path.join(distRoot, '_astro')) && /\.(png|jpe?g|webp|avif|gif|svg)$/i.test(f));
    const html = pages.map((p) => fs.readFileSync(p, 'utf8')).join('\n');
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((i) => !html.includes(path.basename(i))).map((i) => path.relative(distRoot, i))).toEqual([]);
  });

  it('hold no React', () => {
    expect(assets.filter((a) => /react|client\./i.test(path.basename(a)) || /react-dom|__reactFiber|createRoot/.test(fs.readFileSync(a, 'utf8')))).toEqual([]);
  });
});
