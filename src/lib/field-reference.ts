/**
 * The editors' field reference (docs/fields.md), generated from the schemas so it cannot drift from what the build
 * accepts: each field's name, whether it is required, its type and allowed values, its default, what it does and an
 * example, all read from the zod schemas (`.describe()` / `.meta({ description, example })`).
 * `npm run docs:fields` writes the file; test/unit/field-reference.test.ts fails when the committed file differs.
 */
import { z } from 'astro/zod';
import { articleSchema } from '../schemas/article';
import { glossaryFields, glossaryCategories } from '../schemas/glossary';
import { articleTags } from '../schemas/tags';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; options?: z.ZodType[]; defaultValue?: unknown; shape?: Record<string, z.ZodType> };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The metadata of a schema or of the first wrapped schema that has some. */
function metaOf(s: z.ZodType): { description?: string; example?: string } {
  let cur: z.ZodType | undefined = s;
  while (cur) {
    const m = (z.globalRegistry.get(cur) ?? {}) as { description?: string; example?: string };
    if (m.description || m.example) return m;
    const d = def(cur);
    cur = d.innerType ?? d.in;
  }
  return {};
}

/** The schema inside optional(), default(), pipes and transforms. */
function unwrap(s: z.ZodType): { core: z.ZodType; defaultValue?: unknown } {
  let cur = s;
  let defaultValue: unknown;
  for (;;) {
    const d = def(cur);
    if (d.type === 'default') defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
    if (d.innerType) cur = d.innerType;
    else if (d.type === 'pipe' && d.in) cur = def(d.in).type === 'unknown' ? d.out ?? d.in : d.in;
    else return { core: cur, defaultValue };
  }
}

/** A type the schema names itself (`.meta({ type })`), on it or on a schema it wraps. */
function declaredType(s: z.ZodType): string | undefined {
  let cur: z.ZodType | undefined = s;
  while (cur) {
    const t = (z.globalRegistry.get(cur) as { type?: unknown } | undefined)?.type;
    if (typeof t === 'string') return t;
    const d = def(cur);
    cur = d.innerType ?? d.in;
  }
  return undefined;
}

/** A type in plain words. */
function typeWords(s: z.ZodType): string {
  const declared = declaredType(s);
  if (declared) return declared;
  const { core } = unwrap(s);
  const d = def(core);
  switch (d.type) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'date (YYYY-MM-DD)';
    case 'number':
      return 'number';
    case 'enum':
      return `one of: ${Object.values(d.entries ?? {}).map((v) => `\`${v}\``).join(', ')}`;
    case 'array':
      return `list of ${typeWords(d.element!).replace(/^one of/, 'items from')}`;
    case 'object':
      return `group of fields: ${Object.keys(d.shape ?? {}).map((k) => `\`${k}\``).join(', ')}`;
    case 'union':
      return (d.options ?? []).map(typeWords).join(', or ');
    default:
      return 'see the description';
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** One table for an object schema's fields. */
function fieldTable(shape: Record<string, z.ZodType>): string {
  const rows = Object.entries(shape).map(([name, schema]) => {
    const required = !schema.safeParse(undefined).success || def(schema).type === 'pipe' && !schema.safeParse(undefined).success;
    const { defaultValue } = unwrap(schema);
    const meta = metaOf(schema);
    const shown = defaultValue === undefined ? '' : ` (default: \`${JSON.stringify(defaultValue)}\`)`;
    return `| \`${name}\` | ${required ? '**required**' : `optional${shown}`} | ${cell(typeWords(schema))} | ${cell(meta.description ?? '')} | ${meta.example ? `\`${cell(meta.example)}\`` : ''} |`;
  });
  return ['| field | required | type | what it does | example |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The whole reference, as Markdown. */
export function fieldReference(): string {
  const articleShape = (def(articleSchema).shape ?? {}) as Record<string, z.ZodType>;
  const glossaryShape = (def(glossaryFields).shape ?? {}) as Record<string, z.ZodType>;
  return `<!-- Generated from the schemas by \`npm run docs:fields\`; do not edit by hand (a test compares). -->
# Field reference

Every field an article's frontmatter and a glossary term's YAML may have, read from the schemas the build checks
against. "Required" fields must be there; optional ones may be left out (the default is used). The guide is
[editing.md](editing.md).

## Article frontmatter (\`content/articles/<slug>.mdx\`)

${fieldTable(articleShape)}

### Tags

An article's \`tags\` come from this list and no other (a tag that is not on it stops the build). **The first tag is
the kicker**, the small label above the headline, with hyphens shown as spaces (\`uk-retail\` reads "uk retail").
Articles that share tags are offered to readers as related articles. A new tag is added to \`src/schemas/tags.ts\`
by a developer.

| tag | for |
| --- | --- |
${Object.entries(articleTags).map(([t, note]) => `| \`${t}\` | ${note} |`).join('\n')}

## Glossary term (\`content/glossary/<slug>.yaml\`)

${fieldTable(glossaryShape)}

### Categories

${glossaryCategories.map((c) => `- \`${c}\``).join('\n')}
`;
}
