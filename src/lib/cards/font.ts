/**
 * The card font: Source Sans 3 from the @fontsource package, self-hosted. Fontsource ships WOFF; resvg reads TrueType,
 * so the WOFF tables are unpacked (zlib) into a plain sfnt. Advance widths (cmap + hmtx) let the cards wrap text.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

export const CARD_FONT_FAMILY = 'Source Sans 3';

/** WOFF 1.0 to the TrueType/OpenType font it wraps. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const tag = woff.readUInt32BE(at);
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const checksum = woff.readUInt32BE(at + 16);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? zlib.inflateSync(raw) : raw;
    return { tag, checksum, data };
  });
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector += 1;
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(t.tag, at);
    header.writeUInt32BE(t.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(t.data.length, at + 12);
    const padded = Buffer.alloc(Math.ceil(t.data.length / 4) * 4);
    t.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}

function table(font: Buffer, name: string): number {
  const n = font.readUInt16BE(4);
  for (let i = 0; i < n; i++) if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === name) return font.readUInt32BE(20 + i * 16);
  throw new Error(`font has no ${name} table`);
}

/** Advance width of each character, in em, from the font's cmap (format 4) and hmtx tables. */
function advanceWidths(font: Buffer): (ch: number) => number {
  const unitsPerEm = font.readUInt16BE(table(font, 'head') + 18);
  const numHMetrics = font.readUInt16BE(table(font, 'hhea') + 34);
  const hmtx = table(font, 'hmtx');
  const cmap = table(font, 'cmap');
  let sub = -1;
  for (let i = 0, n = font.readUInt16BE(cmap + 2); i < n; i++) {
    const at = cmap + 4 + i * 8;
    const candidate = cmap + font.readUInt32BE(at + 4);
    if (font.readUInt16BE(candidate) === 4) sub = candidate;
  }
  if (sub < 0) throw new Error('font has no format 4 cmap');
  const segs = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segs * 2 + 2;
  const deltas = starts + segs * 2;
  const rangeOffsets = deltas + segs * 2;
  const glyphOf = (c: number): number => {
    for (let i = 0; i < segs; i++) {
      if (c > font.readUInt16BE(ends + i * 2)) continue;
      const start = font.readUInt16BE(starts + i * 2);
      if (c < start) return 0;
      const delta = font.readInt16BE(deltas + i * 2);
      const ro = font.readUInt16BE(rangeOffsets + i * 2);
      if (ro === 0) return (c + delta) & 0xffff;
      const g = font.readUInt16BE(rangeOffsets + i * 2 + ro + (c - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const cache = new Map<number, number>();
  return (c) => {
    let w = cache.get(c);
    if (w === undefined) {
      const g = Math.min(glyphOf(c), numHMetrics - 1);
      w = font.readUInt16BE(hmtx + g * 4) / unitsPerEm;
      cache.set(c, w);
    }
    return w;
  };
}

export interface CardFonts {
  files: { path: string; data: Buffer }[];
  /** Width of a line of text in px at a size and weight. */
  measure(text: string, size: number, weight: 400 | 700): number;
}

let loaded: CardFonts | undefined;

/** Regular and bold, unpacked once per process. */
export function cardFonts(): CardFonts {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const load = (weight: number) => {
    const file = require.resolve(`@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);
    return { path: file, data: woffToSfnt(fs.readFileSync(file)) };
  };
  const regular = load(400);
  const bold = load(700);
  const widths = { 400: advanceWidths(regular.data), 700: advanceWidths(bold.data) };
  loaded = {
    files: [regular, bold],
    measure: (text, size, weight) => [...text].reduce((sum, ch) => sum + widths[weight](ch.codePointAt(0)!), 0) * size,
  };
  return loaded;
}
