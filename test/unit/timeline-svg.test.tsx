/**
 * The timeline's React parts rendered on the server as the build does (react-dom/server): marks in time order with
 * their ids, a shape per category, accessible names, no colours or inline styles in the markup; the vertical list and
 * the details panels with dates, figures, who claimed it and sources.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryByKey } from '../../src/charts/timeline/categories';
import { EventPanel } from '../../src/charts/timeline/EventPanel';
import { timelineLayout } from '../../src/charts/timeline/layout';
import { shapePath } from '../../src/charts/timeline/shapes';
import { TimelineList } from '../../src/charts/timeline/TimelineList';
import { TimelineSvg } from '../../src/charts/timeline/TimelineSvg';
import { day, realEvents, realSources } from './timeline-data';

const events = realEvents();
const sources = realSources();
const byId = new Map(events.map((e) => [e.id, e]));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The opening tags of every element carrying data-mark-id, in document order, with their attributes. */
function marks(html: string) {
  return [...html.matchAll(/<(g|div)\b([^>]*\bdata-mark-id="[^"]*"[^>]*)>/g)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[2]!.matchAll(/([a-z-]+)="([^"]*)"/g)) attrs[a[1]!] = decode(a[2]!);
    return attrs;
  });
}

describe.each([640, 960])('TimelineSvg at %i wide', (width) => {
  const layout = timelineLayout(events, { width, from: day('2025-01-01'), to: day('2026-07-01') });
  const html = renderToStaticMarkup(
    <TimelineSvg layout={layout} events={events} titleId="chart-t-title" variant={`w${width}`} />,
  );
  const found = marks(html);

  it('is a labelled image without JavaScript that the explorer turns into a group', () => {
    expect(html).toMatch(/^<svg[^>]*role="img"/);
    expect(html).toMatch(/^<svg[^>]*data-explorer-role="group"/);
    expect(html).toMatch(/^<svg[^>]*aria-labelledby="chart-t-title"/);
    expect(html).not.toMatch(/^<svg[^>]*aria-describedby/);
    expect(html).toMatch(new RegExp(`^<svg[^>]*viewBox="0 0 ${width} ${layout.height}"`));
  });

  it('draws one mark per event, in time order, with data-mark-id and data-order', () => {
    expect(found.map((m) => m['data-mark-id'])).toEqual(events.map((e) => e.id));
    expect(found.map((m) => Number(m['data-order']))).toEqual(events.map((_, i) => i));
  });

  it('gives each category its own shape and says the category in the label', () => {
    const shapes = new Set(CATEGORIES.map((c) => c.shape));
    expect(shapes.size).toBe(CATEGORIES.length);
    for (const m of found) {
      const e = byId.get(m['data-mark-id']!)!;
      const cat = categoryByKey.get(e.category)!;
      expect(m['data-shape']).toBe(cat.shape);
      expect(m['data-filter-category']).toBe(e.category);
      expect(m['aria-label']!.toLowerCase()).toContain(cat.singular.toLowerCase());
    }
    // The shape drawn inside each mark is the category's path.
    for (const c of CATEGORIES) {
      const group = html.match(new RegExp(`<g class="tl-mark tl-cat-${c.key}"[^>]*>(.*?)</g>`))?.[1] ?? '';
      expect(group, c.key).toContain(`d="${shapePath(c.shape, layout.markSize)}"`);
    }
  });

  it('gives every mark an accessible name with the date as precisely as known, and says single source', () => {
    for (const m of found) {
      const e = byId.get(m['data-mark-id']!)!;
      const drawn = layout.marks.find((x) => x.id === e.id)!.label?.text;
      expect(m['aria-label']).toBe(drawn ? `${drawn}. ${m['data-label']}` : m['data-label']);
      expect(m['aria-label']).toContain(e.dateText);
      expect(m['aria-label']).toContain(e.title);
      expect(m['aria-label']!.includes('(single source)')).toBe(e.singleSource);
    }
    expect(found.find((m) => m['data-mark-id'] === 'cmc-retail-category2')!['aria-label']).toMatch(/^June 2025,/);
  });

  it('draws month-only dates as solid spans and approximate dates as dashed spans', () => {
    const monthIds = events.filter((e) => e.precision === 'month').map((e) => e.id);
    const approxIds = events.filter((e) => e.precision === 'approx').map((e) => e.id);
    for (const id of monthIds) expect(html).toMatch(new RegExp(`data-mark-id="${id}"[^>]*><line class="tl-span tl-span--month"`));
    for (const id of approxIds) expect(html).toMatch(new RegExp(`data-mark-id="${id}"[^>]*><line class="tl-span tl-span--approx"`));
    expect(html.match(/tl-span--month/g)).toHaveLength(monthIds.length);
  });

  it('hides decorative axes and gridlines from screen readers', () => {
    expect(html).toMatch(/<g class="tl-grid" aria-hidden="true">/);
    expect(html).toMatch(/<g class="tl-axis" aria-hidden="true">/);
    expect(html).toMatch(/<g class="tl-rows" aria-hidden="true">/);
  });

  it('takes colours from CSS only: no colour values or inline styles in the markup', () => {
    expect(html).not.toMatch(/style="/);
    expect(html).not.toMatch(/(fill|stroke)="(#|rgb|hsl)/);
    expect(html).not.toMatch(/#[0-9a-f]{6}\b/i);
  });

  it('prints the labels the layout placed, and the row titles', () => {
    for (const m of layout.marks.filter((x) => x.label)) expect(decode(html)).toContain(`>${m.label!.text}</text>`);
    for (const c of layout.rows) expect(decode(html)).toContain(`>${c.title}</text>`);
  });
});

describe('TimelineList (narrow screens)', () => {
  const html = renderToStaticMarkup(<TimelineList events={events} sources={sources} idPrefix="t-n" />);
  const found = marks(html);

  it('lists every event in time order as a mark with its details below', () => {
    expect(found.map((m) => m['data-mark-id'])).toEqual(events.map((e) => e.id));
    expect([...html.matchAll(/data-details-for="([^"]+)"/g)].map((m) => m[1])).toEqual(events.map((e) => e.id));
    // Details are not hidden in the HTML: without JavaScript readers see them all.
    expect(html).not.toMatch(/data-details-for="[^"]*"[^>]*\bhidden/);
  });

  it('puts the filter values on the list item, so a filtered event hides with its details', () => {
    const items = [...html.matchAll(/<li class="tl-vitem[^"]*" data-filter-category="([^"]+)" data-filter-org="([^"]+)"/g)];
    expect(items).toHaveLength(events.length);
    expect(items.map((m) => m[1])).toEqual(events.map((e) => e.category));
  });

  it('groups events by month, labelled', () => {
    expect(html).toContain('aria-label="April 2025"');
    expect(html).toContain('aria-label="June 2026"');
  });
});

describe('EventPanel', () => {
  const panel = (id: string) => decode(renderToStaticMarkup(<EventPanel event={byId.get(id)!} sources={sources} idPrefix="t" />));

  it('shows date and precision, what happened, figures with units, who claimed it, and linked sources', () => {
    const html = panel('cmc-jlr-category3');
    expect(html).toContain('22 October 2025');
    expect(html).toContain('(exact day known)');
    expect(html).toContain(byId.get('cmc-jlr-category3')!.text);
    expect(html).toContain('£1.6bn to £2.1bn');
    expect(html).toMatch(/<a href="https:\/\/[^"]+" rel="noopener">/);
    const claimed = panel('ms-intrusion-discovered');
    expect(claimed).toContain('Claimed by or linked to');
    expect(claimed).toContain('DragonForce');
  });

  it('says "single source" and "month only" where they apply', () => {
    expect(panel('ms-norman-mps')).toContain('Single source.');
    expect(panel('nca-arrests')).not.toContain('Single source');
    expect(panel('jlr-q3-results')).toContain('February 2026');
    expect(panel('jlr-q3-results')).toContain('(month only)');
    expect(panel('INC-2025-02-CLION1')).toContain('Sources differ.');
  });

  it('has a close button that only appears with JavaScript', () => {
    expect(panel('nca-arrests')).toMatch(/<button type="button" class="tl-close" data-details-close="true" data-explorer-reveal="true" hidden="">/);
  });
});
