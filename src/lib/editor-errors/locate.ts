/**
 * Finds the line of a field in YAML or JSON text (frontmatter, glossary and chart YAML, data JSON), so that a schema
 * problem can name `file:line`. Values are parsed elsewhere with js-yaml, as Astro does; this only locates.
 */
import { LineCounter, parseDocument, isNode, type Node } from 'yaml';

export interface Locator {
  /** 1-based line of the value at `path`, else of the nearest parent that exists; `undefined` if none. */
  line: (path: readonly (string | number)[]) => number | undefined;
}

/** A locator over `text`; `firstLine` is the file line of the text's first line (2 for frontmatter after ---). */
export function locator(text: string, firstLine = 1): Locator {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: false });
  const lineAt = (node: unknown): number | undefined => {
    if (!isNode(node) || !(node as Node).range) return undefined;
    return counter.linePos((node as Node).range![0]).line + firstLine - 1;
  };
  return {
    line(path) {
      for (let n = path.length; n >= 0; n--) {
        const p = path.slice(0, n);
        if (p.length === 0) return firstLine;
        // A key's line is better than its value's for a mapping value that starts on the next line.
        const parent = p.length > 1 ? doc.getIn(p.slice(0, -1), true) : doc.contents;
        const key = p[p.length - 1];
        if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray((parent as { items: unknown[] }).items)) {
          const items = (parent as { items: unknown[] }).items;
          if (typeof key === 'number' && isNode(items[key])) return lineAt(items[key]);
          const pair = items.find((i) => {
            const k = (i as { key?: unknown })?.key;
            return isNode(k) && String((k as unknown as { value: unknown }).value) === String(key);
          }) as { key: Node } | undefined;
          if (pair) return lineAt(pair.key);
        }
      }
      return firstLine;
    },
  };
}
