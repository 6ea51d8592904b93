/**
 * SVG to PNG with resvg, cached by content: the PNG for an SVG is kept under a hash of the SVG, the font files and the
 * resvg version, so a rebuild with no change copies cards instead of drawing them.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT_FAMILY, cardFonts } from './font';

const require = createRequire(import.meta.url);
const resvgVersion: string = require('@resvg/resvg-js/package.json').version;

export interface CardRenderer {
  /** PNG bytes for an SVG, and whether they came from the cache. */
  render(svg: string): { png: Buffer; cached: boolean };
}

export function cardRenderer(cacheDir: string): CardRenderer {
  const fonts = cardFonts();
  fs.mkdirSync(cacheDir, { recursive: true });
  const fontFiles = fonts.files.map((f, i) => {
    const file = path.join(cacheDir, `font-${i}.ttf`);
    if (!fs.existsSync(file) || fs.statSync(file).size !== f.data.length) fs.writeFileSync(file, f.data);
    return file;
  });
  const fontHash = crypto.createHash('sha256');
  for (const f of fonts.files) fontHash.update(f.data);
  const salt = `${resvgVersion}:${fontHash.digest('hex')}`;
  return {
    render(svg) {
      const key = crypto.createHash('sha256').update(salt).update(svg).digest('hex').slice(0, 32);
      const file = path.join(cacheDir, `${key}.png`);
      if (fs.existsSync(file)) return { png: fs.readFileSync(file), cached: true };
      const png = new Resvg(svg, {
        font: { loadSystemFonts: false, fontFiles, defaultFontFamily: CARD_FONT_FAMILY },
        fitTo: { mode: 'original' },
      })
        .render()
        .asPng();
      fs.writeFileSync(file, png);
      return { png, cached: false };
    },
  };
}
