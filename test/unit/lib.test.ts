/** Small helpers: dates at their precision, reading time, base paths, CSV, source ordering, related articles. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate } from '../../src/lib/dates';
import { readingMinutes } from '../../src/lib/reading-time';
import { withBase } from '../../src/lib/paths';
import { toCsv } from '../../src/lib/csv';
import { orderArticleSources } from '../../src/lib/article-sources';
import { relatedArticles } from '../../src/lib/related-articles';
import { normaliseInternalPath } from '../../src/lib/routes';

describe('dates', () => {
  it('never shows more precision than the reporting', () => {
    expect(formatPartialDate('2025-04-22', 'day')).toBe('22 April 2025');
    expect(formatPartialDate('2025-04-22', 'month')).toBe('April 2025');
    expect(formatPartialDate('2025-11', 'day')).toBe('November 2025');
    expect(formatPartialDate('2025-11-30', 'approx')).toBe('around 30 November 2025');
    expect(formatDate(new Date('2025-12-04'))).toBe('4 December 2025');
  });
});

describe('reading time', () => {
  it('rounds to whole minutes and is at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1150)).toBe(5);
  });
});

describe('base paths', () => {
  it('prefixes site paths and leaves other links alone', () => {
    expect(withBase('/glossary/', '/grey-zone/')).toBe('/grey-zone/glossary/');
    expect(withBase('/glossary/', '/')).toBe('/glossary/');
    expect(withBase('https://example.org/', '/grey-zone/')).toBe('https://example.org/');
    expect(withBase('#source-1', '/grey-zone/')).toBe('#source-1');
  });
  it('normalises internal paths for lookup', () => {
    expect(normaliseInternalPath('/glossary/ransomware#x')).toBe('/glossary/ransomware/');
    expect(normaliseInternalPath('/about/?q=1')).toBe('/about/');
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and leaves nulls empty', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x, y', b: null }, { a: 'say "hi"', b: 2 }, { a: 'two\nlines', b: 3 }])).toBe(
      'a,b\r\n"x, y",\r\n"say ""hi""",2\r\n"two\nlines",3\r\n',
    );
  });
});

describe('article sources', () => {
  const lookup = (id: string) =>
    ({ a: { id: 'a', publisher: 'A', title: 'TA', date: '2025-01-01', url: 'https://a.example', primary: false }, b: { id: 'b', publisher: 'B', title: 'TB', date: null, url: null, primary: false } })[id];
  it('numbers cited sources in order of first citation, then lists the rest', () => {
    const inline = { id: 'c', publisher: 'C', title: 'TC', date: '2025-02-02', url: 'https://c.example', primary: false };
    const ordered = orderArticleSources(['a', 'b', inline], ['c', 'a'], lookup);
    expect(ordered.map((s) => [s.id, s.n])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', undefined],
    ]);
  });
  it('throws for a cited id that exists nowhere', () => {
    expect(() => orderArticleSources(['a'], ['zzz'], lookup)).toThrow(/"zzz"/);
  });
});

describe('related articles', () => {
  const art = (id: string, tags: string[], day: number) => ({ id, data: { tags, published: new Date(2025, 0, day) } });
  it('ranks by shared tags, then recency, and leaves out the article itself and unrelated ones', () => {
    const me = art('me', ['cyber', 'russia'], 1);
    const all = [me, art('one-tag-new', ['cyber'], 9), art('two-tags', ['cyber', 'russia'], 2), art('unrelated', ['baltic'], 10), art('one-tag-old', ['russia'], 3)];
    expect(relatedArticles(me, all).map((a) => a.id)).toEqual(['two-tags', 'one-tag-new', 'one-tag-old']);
  });
});
