/** Every HTML page in a built site, as URL paths relative to the base ("", "articles/x/", "404.html"). */
import fs from 'node:fs';
import path from 'node:path';

export function builtPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = path.relative(dist, full).split(path.sep).join('/');
        pages.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Reads a built page's HTML by its path relative to the base. */
export function readPage(dist: string, page: string): string {
  const file = page === '' || page.endsWith('/') ? path.join(dist, page, 'index.html') : path.join(dist, page);
  return fs.readFileSync(file, 'utf8');
}
