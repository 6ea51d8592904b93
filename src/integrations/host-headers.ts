/**
 * public/_headers is written for a site at the domain root. Built under a sub-path (BASE_PATH=/grey-zone/), the copy
 * in dist/ gets every rule's path prefixed with the base, so the rules still match what the host serves.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function prefixHeaderPaths(text: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  return text.replace(/^\/(\S*)$/gm, (_m, rest: string) => `${prefix}/${rest}`);
}

export function hostHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'grey-zone:host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const file = path.join(fileURLToPath(dir), '_headers');
        if (base === '/' || !fs.existsSync(file)) return;
        fs.writeFileSync(file, prefixHeaderPaths(fs.readFileSync(file, 'utf8'), base));
      },
    },
  };
}
