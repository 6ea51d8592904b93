/**
 * Reads a Netlify / Cloudflare Pages `_headers` file and says which headers a request path gets, the way those hosts
 * match: a rule's path may end in or contain `*` (any characters, "/" included) and `:name` (one path segment).
 * `headersFor` returns every header with the list of values it gets from all matching rules, so a test can see a header
 * set twice (Cloudflare would join the values with a comma, Netlify would keep the last).
 */
import fs from 'node:fs';

/** @returns {{ path: string, re: RegExp, headers: [string, string][] }[]} */
export function parseHeadersFile(file) {
  const rules = [];
  let current;
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const re = new RegExp(
        `^${pattern
          .split(/(\*|:[A-Za-z]\w*)/)
          .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
          .join('')}$`,
      );
      current = { path: pattern, re, headers: [] };
      rules.push(current);
    } else {
      const m = line.trim().match(/^([^:]+):\s*(.*)$/);
      if (!m || !current) throw new Error(`_headers: cannot read "${line}"`);
      current.headers.push([m[1].toLowerCase(), m[2]]);
    }
  }
  return rules;
}

/** @returns {Map<string, string[]>} header name (lower case) -> values from every matching rule, in file order */
export function headersFor(rules, requestPath) {
  const out = new Map();
  for (const rule of rules) {
    if (!rule.re.test(requestPath)) continue;
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}
