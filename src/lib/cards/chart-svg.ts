/**
 * The chart's SVG for its card, taken from the built chart page, so the card shows exactly what the site renders:
 * the widest role="img" <svg> in the chart's graphic, with the page's stylesheet rules inlined as a <style> block that
 * resvg understands (custom properties resolved to their light-theme values, the card font instead of system fonts).
 */

/** The complete element starting at `start` (an "<svg" tag), nested <svg>s included. */
function elementAt(html: string, start: number): string {
  const re = /<svg\b|<\/svg>/g;
  re.lastIndex = start;
  let depth = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + 6);
  }
  throw new Error('unclosed <svg> in chart page');
}

/** The widest role="img" SVG inside the page's .chart-graphic. */
export function chartSvgFromPage(html: string): string {
  const graphic = html.indexOf('class="chart-graphic"');
  if (graphic < 0) throw new Error('chart page has no .chart-graphic');
  let best: { svg: string; width: number } | undefined;
  const re = /<svg\b[^>]*>/g;
  re.lastIndex = graphic;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (!/\srole="img"/.test(m[0])) continue;
    const width = Number(m[0].match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+)/)?.[1] ?? 0);
    const svg = elementAt(html, m.index);
    if (!best || width > best.width) best = { svg, width };
    re.lastIndex = m.index + svg.length;
  }
  if (!best) best = stackedSvgFromPage(html, graphic);
  if (!best) throw new Error('chart page has no role="img" <svg>');
  return best.svg;
}

/**
 * A chart drawn as a role="img" <div> of SVGs stacked one under another (the timeline: one SVG per row, so filtered
 * rows fold away) becomes one SVG: the widest such stack, each part placed at its offset.
 */
function stackedSvgFromPage(html: string, from: number): { svg: string; width: number } | undefined {
  let best: { svg: string; width: number } | undefined;
  const re = /<div\b[^>]*\srole="img"[^>]*>/g;
  re.lastIndex = from;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const end = html.indexOf('</div>', m.index);
    const parts: string[] = [];
    let width = 0;
    let y = 0;
    const svgs = /<svg\b[^>]*>/g;
    svgs.lastIndex = m.index;
    for (let s = svgs.exec(html); s && s.index < end; s = svgs.exec(html)) {
      const svg = elementAt(html, s.index);
      const [, w = '0', h = '0'] = s[0].match(/viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/) ?? [];
      width = Math.max(width, Number(w));
      parts.push(svg.replace(/^<svg\b/, `<svg y="${y}"`));
      y += Number(h);
      svgs.lastIndex = s.index + svg.length;
    }
    if (parts.length > 0 && (!best || width > best.width)) {
      const classes = m[0].match(/\sclass="([^"]*)"/)?.[1] ?? '';
      best = { svg: `<svg xmlns="http://www.w3.org/2000/svg" class="${classes}" role="img" viewBox="0 0 ${width} ${y}" width="${width}" height="${y}">${parts.join('')}</svg>`, width };
    }
  }
  return best;
}

/** Custom property values in the light theme: `--x: light-dark(a, b)` gives a; plain values as written. */
export function lightTokens(css: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    const value = m[2]!.trim();
    const ld = value.match(/^light-dark\(\s*([^,]+?)\s*,/);
    if (!tokens.has(m[1]!)) tokens.set(m[1]!, ld ? ld[1]! : value);
  }
  return tokens;
}

/** Replaces var(--x[, fallback]) with the token's value, repeatedly (tokens may refer to tokens). */
export function resolveVars(text: string, tokens: Map<string, string>): string {
  let out = text;
  for (let i = 0; i < 5 && out.includes('var('); i++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_m, name: string, fallback?: string) => tokens.get(name) ?? fallback?.trim() ?? 'currentColor');
  }
  return out;
}

/** Top-level style rules of a stylesheet (at-rule blocks such as @media and @container are dropped). */
function plainRules(css: string): string[] {
  const rules: string[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const selector = css.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < css.length && depth > 0; j++) {
      if (css[j] === '{') depth += 1;
      else if (css[j] === '}') depth -= 1;
    }
    if (!selector.startsWith('@') && !css.slice(open + 1, j - 1).includes('{')) rules.push(`${selector}{${css.slice(open + 1, j - 1)}}`);
    i = j;
  }
  return rules;
}

/**
 * A page selector rewritten to match inside the lone SVG: Astro's scoping attributes go, and leading parts that name
 * elements outside the SVG (".bm .bm-sea" -> ".bm-sea") are dropped. Selectors with pseudo-classes (hover, :has,
 * states) are left out: a card shows the chart at rest. Returns null when nothing of it can apply.
 */
export function svgSelector(selector: string, classes: Set<string>): string | null {
  const parts = selector
    .replace(/\[data-astro-cid-[\w-]+(="[^"]*")?\]/g, '')
    .split(',')
    .map((sel) => {
      if (/:/.test(sel)) return null;
      const compounds = sel.trim().split(/\s*>\s*|\s+/).filter(Boolean);
      const classesOf = (c: string) => (c.match(/\.[\w-]+/g) ?? []).map((cls) => cls.slice(1));
      const outside = (c: string) => classesOf(c).length > 0 && classesOf(c).every((cls) => !classes.has(cls));
      // Ancestors outside the SVG go; a compound naming a state class the SVG lacks (.is-selected) rules the selector out.
      while (compounds.length > 1 && outside(compounds[0]!)) compounds.shift();
      if (compounds.length === 0 || !compounds.every((c) => classesOf(c).every((cls) => classes.has(cls)))) return null;
      if (!/\.[\w-]/.test(compounds.join(' '))) return null;
      return compounds.join(' ');
    })
    .filter((s): s is string => s !== null);
  return parts.length > 0 ? parts.join(',') : null;
}

/** "#rgba" and "#rrggbbaa" (which resvg does not read) as rgba(). */
function rgba(hex: string): string {
  const full = hex.length === 4 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b, a] = [0, 2, 4, 6].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgba(${r},${g},${b},${(a! / 255).toFixed(3)})`;
}

/**
 * resvg has no custom properties, so a property set per class on an ancestor (".tl-cat-attack{--tl-c:…}") is written
 * out: each rule that reads it gets one copy per setting class, scoped under that class, with the value filled in.
 */
function expandLocalProperties(rules: string[]): string[] {
  const setters = new Map<string, { selector: string; value: string }[]>();
  const rest: string[] = [];
  for (const r of rules) {
    const m = r.match(/^(\.[\w-]+)\{((?:\s*--[\w-]+\s*:[^;}]+;?)+)\}$/);
    if (!m) {
      rest.push(r);
      continue;
    }
    for (const d of m[2]!.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
      const list = setters.get(d[1]!) ?? [];
      list.push({ selector: m[1]!, value: d[2]!.trim() });
      setters.set(d[1]!, list);
    }
  }
  return rest.flatMap((r) => {
    const used = [...setters.keys()].find((name) => r.includes(`var(${name}`));
    if (!used) return [r];
    const open = r.indexOf('{');
    const selectors = r.slice(0, open).split(',');
    return [
      r,
      ...setters.get(used)!.map(
        (s) =>
          `${selectors.map((sel) => `${s.selector} ${sel.trim()}`).join(',')}${r.slice(open).replace(new RegExp(`var\\(\\s*${used}\\s*(?:,(?:[^()]|\\([^()]*\\))*)?\\)`, 'g'), s.value)}`,
      ),
    ];
  });
}

/** The chart's SVG ready for resvg: page styles inlined, colours resolved, fonts swapped for the card font. */
export function inlineChartStyles(svg: string, pageCss: string, fontFamily: string): string {
  const tokens = lightTokens(pageCss);
  // Site-wide tokens only (:root); per-class properties are expanded by expandLocalProperties.
  for (const name of [...tokens.keys()]) if (!new RegExp(`:root[^{}]*\\{[^}]*${name}\\s*:`).test(pageCss)) tokens.delete(name);
  const classes = new Set([...svg.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
  const scoped = plainRules(pageCss.replace(/\/\*[\s\S]*?\*\//g, ''))
    .map((r) => {
      const open = r.indexOf('{');
      const selector = svgSelector(r.slice(0, open), classes);
      return selector ? `${selector}${r.slice(open)}` : '';
    })
    .filter(Boolean);
  const css = expandLocalProperties(scoped)
    .map((r) => r.replace(/#([0-9a-f]{4}|[0-9a-f]{8})\b/gi, (_m, hex: string) => rgba(hex)))
    .map((r) => resolveVars(r, tokens).replace(/font-family\s*:[^;}]+/g, `font-family:'${fontFamily}'`).replace(/light-dark\(\s*([^,]+?)\s*,[^)]*\)/g, '$1'))
    .join('\n');
  const body = resolveVars(svg, tokens).replace(/\sfont-family="[^"]*"/g, '');
  return body.replace(/^(<svg\b[^>]*>)/, `$1<style>${css.replace(/<\/?style/gi, '')}</style>`);
}
