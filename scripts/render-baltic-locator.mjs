/**
 * Draws content/images/baltic-sea-locator.png, the locator map in content/articles/nato-pre-emptive-debate.mdx:
 * the Baltic Sea and the countries around it, Poland and Estonia shaded (each invoked NATO's Article 4 in September
 * 2025, as the article says with its sources), and Estlink 2 drawn straight between its converter stations' towns
 * (content/data/baltic-assets.json, AST-ESTLINK2).
 * Country shapes are Natural Earth's 1:50m admin-0 countries (public domain) from the world-atlas package; text is
 * Source Sans 3 (@fontsource), rendered with @resvg/resvg-js. Run `node scripts/render-baltic-locator.mjs` after
 * changing it or the data, and commit the PNG: the site builds from the committed image.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { Resvg } from '@resvg/resvg-js';
import { cardFonts, CARD_FONT_FAMILY } from '../src/lib/cards/font.ts';

const require = createRequire(import.meta.url);
const world = require('world-atlas/countries-50m.json');
const assets = JSON.parse(fs.readFileSync(path.resolve('content/data/baltic-assets.json'), 'utf8'));
const out = path.resolve('content/images/baltic-sea-locator.png');

/** Drawn at 2x: 640 CSS pixels wide in the text column. */
const W = 1280;
const H = 1100;
const SCALE = 2;

// The site's light-theme map colours (src/styles/tokens.css): land, sea, land edges, official response, attack/damage.
const colour = {
  sea: '#eef3f7',
  land: '#e6e2d8',
  edge: '#a9a396',
  response: '#4f8dd2',
  attack: '#7a0b0b',
  text: '#1b1b1f',
  muted: '#4d4d57',
  frame: '#d9d6cf',
};

const countries = feature(world, world.objects.countries).features;
const byName = (name) => {
  const f = countries.find((c) => c.properties.name === name);
  if (!f) throw new Error(`no country "${name}" in Natural Earth 1:50m`);
  return f;
};

// The Baltic region, fitted to the image with a margin.
const box = {
  type: 'Feature',
  geometry: { type: 'MultiPoint', coordinates: [[9.5, 53.0], [30.5, 53.0], [9.5, 66.0], [30.5, 66.0], [20, 52.6]] },
};
const projection = geoConicConformal().parallels([55, 65]).rotate([-20, 0]).fitExtent([[24, 24], [W - 24, H - 24]], box);
const draw = geoPath(projection);

/** Natural Earth calls Poland and Estonia by these names; both invoked Article 4 in September 2025. */
const shaded = new Set(['Poland', 'Estonia']);
const land = countries
  .map((c) => {
    const d = draw(c);
    if (!d) return '';
    const fill = shaded.has(c.properties.name) ? colour.response : colour.land;
    return `<path d="${d}" fill="${fill}" stroke="${colour.edge}" stroke-width="1.2" stroke-linejoin="round"/>`;
  })
  .join('');
for (const name of shaded) byName(name);

// Estlink 2: straight between its two converter stations' town points, as the dataset gives them (approximate; its
// route is schematic there too).
const estlink = assets.find((a) => a.id === 'AST-ESTLINK2');
const [a, b] = estlink.endpoints.map((e) => projection([e.lon, e.lat]));

/** A label at a longitude and latitude; `size` in CSS pixels. */
const label = (text, lon, lat, { size = 20, weight = 400, fill = colour.text, italic = false, anchor = 'middle' } = {}) => {
  const [x, y] = projection([lon, lat]);
  const s = size * SCALE;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${s}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${italic ? ' font-style="italic"' : ''} stroke="${colour.sea}" stroke-width="${s / 5}" stroke-linejoin="round" paint-order="stroke">${text}</text>`;
};

const labels = [
  label('Baltic Sea', 19.2, 57.4, { size: 23, italic: true, fill: colour.muted }),
  label('Gulf of Finland', 22.85, 59.68, { size: 17, italic: true, fill: colour.muted }),
  label('Gulf of Bothnia', 20.3, 62.6, { size: 17, italic: true, fill: colour.muted }),
  label('SWEDEN', 15.2, 60.4, { weight: 700 }),
  label('FINLAND', 26.2, 62.6, { weight: 700 }),
  label('NORWAY', 11.6, 62.2, { weight: 700 }),
  label('ESTONIA', 25.8, 58.75, { weight: 700 }),
  label('LATVIA', 25.4, 56.85, { weight: 700 }),
  label('LITHUANIA', 23.9, 55.4, { weight: 700 }),
  label('RUSSIA', 29.4, 57.9, { weight: 700 }),
  label('RUSSIA', 21.2, 54.5, { size: 15, weight: 700 }),
  label('(Kaliningrad)', 21.2, 54.2, { size: 15 }),
  label('BELARUS', 27.9, 54.0, { weight: 700 }),
  label('POLAND', 18.8, 53.4, { weight: 700 }),
  label('GERMANY', 11.6, 53.85, { weight: 700 }),
  label('DENMARK', 9.9, 56.3, { weight: 700 }),
  label('Estlink 2', 26.0, 60.05, { size: 18, weight: 700, fill: colour.attack, anchor: 'start' }),
];

// The key, top left, over the Norwegian Sea.
const key = (() => {
  const w = 540;
  const x = 8;
  const y = 8;
  const s = 18 * SCALE;
  return [
    `<rect x="${x}" y="${y}" width="${w}" height="182" fill="${colour.sea}" stroke="${colour.frame}" stroke-width="2"/>`,
    `<rect x="${x + 20}" y="${y + 22}" width="44" height="30" fill="${colour.response}" stroke="${colour.edge}"/>`,
    `<text x="${x + 80}" y="${y + 50}" font-size="${s}" fill="${colour.text}">Invoked NATO's Article 4,</text>`,
    `<text x="${x + 80}" y="${y + 92}" font-size="${s}" fill="${colour.text}">September 2025</text>`,
    `<line x1="${x + 20}" y1="${y + 143}" x2="${x + 64}" y2="${y + 143}" stroke="${colour.attack}" stroke-width="6" stroke-dasharray="12 7"/>`,
    `<text x="${x + 80}" y="${y + 155}" font-size="${s}" fill="${colour.text}">Estlink 2 (drawn straight)</text>`,
  ].join('');
})();

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${CARD_FONT_FAMILY}">
<rect width="${W}" height="${H}" fill="${colour.sea}"/>
${land}
<line x1="${a[0]}" y1="${a[1]}" x2="${b[0]}" y2="${b[1]}" stroke="${colour.attack}" stroke-width="6" stroke-dasharray="12 7" stroke-linecap="round"/>
${[a, b].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="9" fill="${colour.attack}"/>`).join('')}
${labels.join('\n')}
${key}
<rect x="1" y="1" width="${W - 2}" height="${H - 2}" fill="none" stroke="${colour.frame}" stroke-width="2"/>
</svg>`;

const fonts = cardFonts();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'greyzone-locator-'));
const fontFiles = fonts.files.map((f, i) => {
  const file = path.join(tmp, `font-${i}.ttf`);
  fs.writeFileSync(file, f.data);
  return file;
});
const png = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FONT_FAMILY }, fitTo: { mode: 'original' } })
  .render()
  .asPng();
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
if (process.argv.includes('--svg')) fs.writeFileSync(out.replace(/\.png$/, '.svg'), svg);
console.log(`wrote ${path.relative(process.cwd(), out)} (${W}×${H}, ${(png.length / 1024).toFixed(0)} KB)`);
