/** The content schemas accept good input and reject bad input with messages an editor can act on. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article';
import { glossarySchema } from '../../src/schemas/glossary';
import { sourceSchema } from '../../src/schemas/source';
import { ukIncidentSchema } from '../../src/schemas/datasets';
import { chartSchema } from '../../src/charts/registry';

const goodArticle = {
  title: 'A perfectly ordinary headline',
  dek: 'A standfirst that says what the reader will learn.',
  published: '2025-12-08',
  authors: ['Grey Zone staff'],
  summary: 'One sentence for cards and link previews.',
  tags: ['cyber'],
  sources: ['independent-2025-12-04-nato', { id: 'own-source', publisher: 'Pub', title: 'T', date: '2025-01-02', url: 'https://example.org/x' }],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('article frontmatter', () => {
  it('accepts a complete article and fills defaults', () => {
    const parsed = articleSchema.parse(goodArticle);
    expect(parsed.published).toBeInstanceOf(Date);
    expect(parsed.tags).toEqual(['cyber']);
    expect(parsed.corrections).toEqual([]);
    expect(parsed.lead).toBe(false);
  });

  it('names a missing title', () => {
    const { title: _omit, ...rest } = goodArticle;
    expect(messages(articleSchema.safeParse(rest))).toEqual([expect.stringMatching(/^title: is required/)]);
  });

  it('rejects a date that is not a date', () => {
    expect(messages(articleSchema.safeParse({ ...goodArticle, published: 'next Tuesday' }))).toEqual([
      'published: must be a date written as YYYY-MM-DD',
    ]);
  });

  it('rejects an unknown source id by name', () => {
    expect(messages(articleSchema.safeParse({ ...goodArticle, sources: ['made-up-2099'] }))).toEqual([
      expect.stringContaining('sources.0: unknown source id "made-up-2099"'),
    ]);
  });

  it('rejects an inline source without a url', () => {
    const bad = { ...goodArticle, sources: [{ id: 'x', publisher: 'P', title: 'T', date: '2025-01-01' }] };
    expect(messages(articleSchema.safeParse(bad))[0]).toMatch(/^sources\.0\.url: /);
  });

  it('requires each correction to be dated', () => {
    const bad = { ...goodArticle, corrections: [{ text: 'We misstated the date of the attack.' }] };
    expect(messages(articleSchema.safeParse(bad))[0]).toMatch(/^corrections\.0\.date/);
  });
});

describe('glossary terms', () => {
  const good = {
    term: 'Shadow fleet',
    slug: 'shadow-fleet',
    category: 'threat actor',
    short_definition: 'Old tankers with hidden owners used to move sanctioned oil.',
    explanation: 'A longer explanation that a curious fifteen-year-old could follow without help.',
    example: 'The Eagle S was described as part of it.',
    related: ['sanctions'],
    sources: ['independent-2025-12-04-nato'],
  };
  it('accepts a good term', () => {
    expect(glossarySchema.safeParse(good).success).toBe(true);
  });
  it('names an unknown related term', () => {
    expect(messages(glossarySchema.safeParse({ ...good, related: ['no-such-term'] }))).toEqual([
      expect.stringContaining('related.0: unknown glossary term "no-such-term"'),
    ]);
  });
  it('keeps the short definition to 30 words', () => {
    const long = Array.from({ length: 31 }, () => 'word').join(' ');
    expect(messages(glossarySchema.safeParse({ ...good, short_definition: long }))).toEqual(['short_definition: has 31 words; the limit is 30. Cut it to one sentence of 30 words or fewer; the explanation can say more']);
  });
});

describe('sources and datasets', () => {
  it('rejects a source with a malformed date', () => {
    const result = sourceSchema.safeParse({ id: 'x', publisher: 'P', title: 'T', date: '5 May 2025', url: 'https://example.org' });
    expect(messages(result)[0]).toMatch(/^date: must be a date/);
  });

  it('finds unknown source ids nested deep inside a dataset record', () => {
    const record = {
      id: 'test-event',
      date: '2025-04-22',
      date_precision: 'day',
      title: 'A test event',
      organisation: 'Test',
      sector: 'Retail',
      event_type: 'attack',
      description: 'Something happened.',
      actor_or_claimed_by: null,
      sources: ['independent-2025-12-04-nato'],
      confidence: 'multi-source',
      conflict: { alternative_value: 1, alternative_sources: ['made-up-2099'] },
    };
    expect(messages(ukIncidentSchema.safeParse(record))).toEqual([
      'conflict.alternative_sources.0: unknown source id "made-up-2099": fix the spelling, or add the source to content/data/sources.json (npm run new -- source prints an entry to fill).',
    ]);
  });

  it('checks a chart title length after its figure references are filled in', () => {
    const chart = parse(fs.readFileSync('content/charts/ms-profit.yaml', 'utf8')) as Record<string, unknown>;
    const ref = '{ms-h1-2526-statutory-pbt.reported_change_pct}';
    // Padded to 125 characters as typed (over the limit of 120), 86 once the figure replaces the reference.
    const title = `In the half the attack hit, statutory profit changed by ${ref} and the other measure too`;
    expect(title.length).toBeGreaterThan(100);
    const ok = chartSchema.safeParse({ ...chart, title: `${title}`.padEnd(125, '.') });
    expect(ok.success, JSON.stringify(ok.error?.issues)).toBe(true);
    if (ok.success) expect(ok.data.title).toContain('\u221299.1%');
    const tooLong = chartSchema.safeParse({ ...chart, title: `${title}`.padEnd(170, '.') });
    expect(tooLong.success).toBe(false);
  });

  it('rejects a chart of unknown kind', () => {
    const result = chartSchema.safeParse({ kind: 'pie', title: 'A pie chart', subtitle: 'Pies are round.', description: 'A description long enough.', sources: ['independent-2025-12-04-nato'] });
    expect(result.success).toBe(false);
  });
});
