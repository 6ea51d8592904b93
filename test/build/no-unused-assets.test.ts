/**
 * Nothing ships that no page loads: every script and stylesheet in dist/ is referenced by a page, or imported by a
 * script a page loads. (React renders the charts at build time only; its client must never reach dist/.)
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

  it('hold no React', () => {
    expect(assets.filter((a) => /react|client\./i.test(path.basename(a)) || /react-dom|__reactFiber|createRoot/.test(fs.readFileSync(a, 'utf8')))).toEqual([]);
  });
});
