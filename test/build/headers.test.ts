/**
 * public/_headers against the built site: every file the site serves gets the security headers once; every page but
 * the embed pages refuses to be framed and is revalidated; embed pages may be framed; hashed assets are kept a year.
 * No header comes from two rules (Cloudflare would join the values, Netlify keep the last). Under the sub-path the
 * rules carry the base path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distRoot, distSubpath, subpathBase } from '../support/paths';
import { headersFor, parseHeadersFile } from '../support/headers-file.mjs';

/** Every file in a built site as the request path a host serves it at ("/articles/x/" for articles/x/index.html). */
function requestPaths(dist: string, base: string): { file: string; url: string }[] {
  return (fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => fs.statSync(path.join(dist, f)).isFile() && f !== '_headers')
    .map((f) => {
      const rel = f.split(path.sep).join('/');
      return { file: rel, url: `${base}${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}` };
    });
}

describe.each([
  ['the domain root', distRoot, '/'],
  ['the sub-path', distSubpath, subpathBase],
] as const)('_headers at %s', (_label, dist, base) => {
  const rules = parseHeadersFile(path.join(dist, '_headers'));
  const files = requestPaths(dist, base);
  const one = (h: Map<string, string[]>, name: string) => {
    const values = h.get(name) ?? [];
    expect(values.length, `${name}: ${JSON.stringify(values)}`).toBe(1);
    return values[0]!;
  };

  it('is copied into the build, with the base path on every rule', () => {
    expect(rules.length).toBeGreaterThan(5);
    for (const r of rules) expect(r.path.startsWith(base)).toBe(true);
  });

  it('gives every file the security headers, each from one rule only', () => {
    for (const { file, url } of files) {
      const h = headersFor(rules, url);
      for (const [name, values] of h) expect(values.length, `${file}: ${name} set by ${values.length} rules`).toBe(1);
      expect(one(h, 'x-content-type-options')).toBe('nosniff');
      expect(one(h, 'referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(one(h, 'permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    }
  });

  it('forbids framing every page but the embed pages, and lets anyone frame those', () => {
    const pages = files.filter((f) => f.file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const { file, url } of pages) {
      const h = headersFor(rules, url);
      if (file.startsWith('embed/')) {
        expect(one(h, 'content-security-policy'), file).toBe('frame-ancestors *');
        expect(h.has('x-frame-options'), file).toBe(false);
      } else {
        expect(one(h, 'content-security-policy'), file).toBe("frame-ancestors 'none'");
        expect(one(h, 'x-frame-options'), file).toBe('DENY');
      }
      expect(one(h, 'cache-control'), file).toBe('public, max-age=0, must-revalidate');
    }
    expect(pages.filter((p) => p.file.startsWith('embed/')).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps hashed assets a year and everything else a short time', () => {
    for (const { file, url } of files) {
      const cache = headersFor(rules, url).get('cache-control') ?? [];
      expect(cache.length, `${file} has a cache lifetime`).toBe(1);
      const maxAge = Number(cache[0]!.match(/max-age=(\d+)/)?.[1]);
      if (file.startsWith('_astro/')) {
        // Scripts, styles and the resized article images (name.hash_hash.webp): all named by their content.
        expect(file).toMatch(/[.-][\w-]{8,}\.(js|css|webp|avif|png|jpe?g)$/);
        expect(cache[0]).toBe('public, max-age=31536000, immutable');
      } else {
        expect(maxAge, file).toBeLessThanOrEqual(86400);
      }
    }
  });

  it('the matcher can fail: a path outside every rule gets no frame rule', () => {
    expect(headersFor(rules, `${base}not-a-section/`).has('content-security-policy')).toBe(false);
  });
});
