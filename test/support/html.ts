/** Light HTML reading for build tests: attribute values and elements by regular expression (the HTML is our own). */

/** Every value of `attr` on any element, e.g. all hrefs. */
export function attributeValues(html: string, attr: string): string[] {
  const re = new RegExp(`\\s${attr}="([^"]*)"`, 'g');
  return [...html.matchAll(re)].map((m) => decodeEntities(m[1] ?? ''));
}

/** Text of the first element matching a tag (and optional attribute fragment), tags stripped. */
export function textOf(html: string, tag: string, attrFragment = ''): string | undefined {
  const re = new RegExp(`<${tag}\\b[^>]*${attrFragment}[^>]*>([\\s\\S]*?)</${tag}>`);
  const m = html.match(re);
  return m ? decodeEntities(m[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim() : undefined;
}

export function count(html: string, re: RegExp): number {
  return [...html.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].length;
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x27;/g, "'");
}
