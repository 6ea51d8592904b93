/**
 * Link-preview cards (1200×630) composed as SVG: the site name, the kind of page, the headline, a line of text and,
 * on chart cards, the chart itself as the site renders it. Light design, made to read at thumbnail size in feeds.
 * Pure: text is wrapped with the font's measured widths (./font.ts).
 */
import { CARD_FONT_FAMILY, type CardFonts } from './font';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 64;
const INK = '#1b1b1f';
const MUTED = '#4d4d57';
const ACCENT = '#a61b1b';
const PAPER = '#fbfaf7';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap to at most `maxLines` lines of `width` px; the last line ends in "…" if text is left over. */
export function wrap(fonts: CardFonts, text: string, size: number, weight: 400 | 700, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (fonts.measure(next, size, weight) <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  if (i < words.length && lines.length > 0) {
    let last = lines[lines.length - 1]!;
    while (last.includes(' ') && fonts.measure(`${last}…`, size, weight) > width) last = last.slice(0, last.lastIndexOf(' '));
    lines[lines.length - 1] = `${last.replace(/[,;:.]$/, '')}…`;
  }
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, lineHeight: number, weight: number, fill: string): string {
  return lines
    .map((l, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(l)}</text>`)
    .join('');
}

function frame(kind: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT_FAMILY}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>`,
    `<rect width="${CARD_WIDTH}" height="12" fill="${ACCENT}"/>`,
    `<text x="${PAD}" y="${PAD + 26}" font-size="30" font-weight="700" fill="${INK}" letter-spacing="0.5">Grey Zone</text>`,
    `<text x="${CARD_WIDTH - PAD}" y="${PAD + 26}" font-size="24" font-weight="700" fill="${ACCENT}" text-anchor="end" letter-spacing="2">${esc(kind.toUpperCase())}</text>`,
    `<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${PAD + 50}" y2="${PAD + 50}" stroke="#d9d6cf" stroke-width="2"/>`,
    body,
    '</svg>',
  ].join('');
}

export interface ArticleCardInput {
  kicker: string;
  title: string;
  summary: string;
}

export function articleCardSvg(fonts: CardFonts, a: ArticleCardInput): string {
  const width = CARD_WIDTH - 2 * PAD;
  const title = wrap(fonts, a.title, 68, 700, width, 3);
  const titleTop = PAD + 150;
  const summaryTop = titleTop + title.length * 78 + 30;
  const summary = wrap(fonts, a.summary, 34, 400, width, Math.max(1, Math.floor((CARD_HEIGHT - PAD + 10 - summaryTop) / 44) + 1));
  return frame(
    a.kicker,
    textBlock(title, PAD, titleTop, 68, 78, 700, INK) + textBlock(summary, PAD, summaryTop, 34, 44, 400, MUTED),
  );
}

export interface ChartCardInput {
  title: string;
  takeaway: string;
  /** The chart's <svg> element as the site renders it, with its styles inlined (./chart-svg.ts). */
  chartSvg: string;
}

export function chartCardSvg(fonts: CardFonts, c: ChartCardInput): string {
  const [, , vbWidth = 1, vbHeight = 1] = (c.chartSvg.match(/viewBox="([^"]*)"/)?.[1] ?? '').split(/[\s,]+/).map(Number);
  // A wide chart sits under the text; a tall one (a map, a long timeline) beside it, so it is drawn larger.
  const tall = vbHeight / vbWidth > 0.55;
  const textWidth = tall ? 500 : CARD_WIDTH - 2 * PAD;
  const title = wrap(fonts, c.title, 44, 700, textWidth, tall ? 4 : 2);
  const titleTop = PAD + 110;
  const takeawayTop = titleTop + title.length * 52 + (tall ? 20 : 2);
  const takeaway = wrap(fonts, c.takeaway, 26, 400, textWidth, tall ? 6 : 2);
  const box = tall
    ? { x: PAD + textWidth + 40, y: PAD + 74, width: CARD_WIDTH - PAD - (PAD + textWidth + 40), height: CARD_HEIGHT - PAD - 74 - 24 }
    : { x: PAD, y: takeawayTop + takeaway.length * 34, width: CARD_WIDTH - 2 * PAD, height: CARD_HEIGHT - (takeawayTop + takeaway.length * 34) - 28 };
  const chart = c.chartSvg.replace(/^<svg\b[^>]*?(\sviewBox="[^"]*")[^>]*>/, (_m, viewBox: string) =>
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"${viewBox} preserveAspectRatio="xMidYMid meet">`,
  );
  return frame(
    'Chart',
    textBlock(title, PAD, titleTop, 44, 52, 700, INK) + textBlock(takeaway, PAD, takeawayTop, 26, 34, 400, MUTED) + chart,
  );
}
