/**
 * A chart slice in an article (only=, from=, to=, in the text or as the lead visual) carries the editor's own title,
 * subtitle and description: in its heading, the figure's label, the table caption and what a screen reader hears of
 * the drawing; the downloads (whole-chart files) and the links to the whole chart (chart page, share box) keep the
 * chart's own title. The expected words are read from the article sources.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distRoot } from '../support/paths';
import { readPage } from '../support/site-pages';
import { decodeEntities } from '../support/html';

const source = (slug: string) => fs.readFileSync(`content/articles/${slug}.mdx`, 'utf8');
const chartFile = (id: string) => parse(fs.readFileSync(`content/charts/${id}.yaml`, 'utf8')) as { title: string; subtitle: string; description: string };
const attr = (mdx: string, name: string) => decodeEntities(mdx.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1] ?? '');

const slices = [
  (() => {
    const lead = (parse(source('jaguar-land-rover-cyber-attack').split('---')[1]!) as { lead_visual: { title: string; subtitle: string; description: string } }).lead_visual;
    return { slug: 'jaguar-land-rover-cyber-attack', chart: 'uk-cyber-timeline', ...lead, level: 'h2' };
  })(),
  ...[
    ['marks-and-spencer-hack-cost', 'IncidentTimeline', 'uk-cyber-timeline'],
    ['nato-pre-emptive-debate', 'BalticMap', 'baltic-cables'],
  ].map(([slug, component, chart]) => {
    const tag = source(slug!).match(new RegExp(`<${component}[^>]*chart="${chart}"[^>]*/>`))![0];
    return { slug: slug!, chart: chart!, title: attr(tag, 'title'), subtitle: attr(tag, 'subtitle'), description: attr(tag, 'description'), level: 'h3' };
  }),
];

describe.each(slices)('the slice of $chart in $slug', ({ slug, chart, title, subtitle, description, level }) => {
  const html = readPage(distRoot, `articles/${slug}/`);
  const start = html.indexOf(`<figure class="chart" id="chart-${chart}"`);
  const figure = decodeEntities(html.slice(start, html.indexOf('</figure>', start))).replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');
  const whole = chartFile(chart);

  it('has its own title and subtitle, which the editor wrote', () => {
    expect(title.length).toBeGreaterThan(20);
    expect(title).not.toBe(whole.title);
    expect(subtitle).not.toBe(whole.subtitle);
    expect(start).toBeGreaterThan(-1);
  });

  it('heads the figure with them, and the figure is labelled by that heading', () => {
    const labelledBy = figure.match(/^<figure[^>]*aria-labelledby="([^"]+)"/)![1];
    const heading = figure.match(new RegExp(`<${level} class="chart-title" id="${labelledBy}"[^>]*>([^<]*)</${level}>`));
    expect(heading?.[1]).toBe(title);
    expect(figure).toMatch(new RegExp(`<p class="chart-subtitle"[^>]*>${subtitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</p>`));
    expect(figure).not.toContain(whole.subtitle);
  });

  it('describes what the slice draws to screen readers, not the whole chart', () => {
    expect(description.length).toBeGreaterThan(60);
    expect(figure).toContain(`>${description}`);
    expect(figure).not.toContain(whole.description.trim().slice(0, 60));
  });

  it('reads out only the notes drawn on the slice', () => {
    const heard = figure.match(/Notes on the chart: ([^<]*)<\/p>/)?.[1] ?? '';
    const drawn = [...figure.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ')).join(' ');
    for (const note of heard.split(/(?<=\.) /).filter(Boolean)) {
      expect(drawn.replace(/\s+/g, ' '), note).toContain(note.replace(/\.$/, '').split(' ').slice(0, 3).join(' '));
    }
  });

  it('names the downloads and the links to the whole chart after the chart (the files hold the whole chart\'s data)', () => {
    expect(figure).toContain(`CSV<span class="visually-hidden"> file of ${whole.title}</span>`);
    expect(figure).toContain(`JSON<span class="visually-hidden"> file of ${whole.title}, with sources</span>`);
    expect(figure).toContain(`Chart page<span class="visually-hidden"> for ${whole.title}</span>`);
    const captions = [...figure.matchAll(/<caption[^>]*>([\s\S]*?)<\/caption>/g)].map((m) => m[1]!);
    for (const caption of captions) expect(caption).not.toContain(whole.title);
  });
});
