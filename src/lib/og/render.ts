import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { wrapLines, wrapUnits } from './wrap';

// Noto Sans (Hans) ships with the npm package, so previews render Chinese the same on every
// machine, with no system font and no external service.
const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
GlobalFonts.registerFromPath(path.join(fonts, 'NotoSansHans-Bold.otf'), 'KB Preview Bold');
GlobalFonts.registerFromPath(path.join(fonts, 'NotoSansHans-Regular.otf'), 'KB Preview');

import { OG_HEIGHT, OG_WIDTH } from './size';

export interface PreviewCard {
  title: string;
  /**
   * A card for every language at once (a short link's): the title in each other language, in the
   * locale table's order, drawn smaller below `title` (the default language's).
   */
  otherTitles?: readonly string[] | undefined;
  /** Small line above the title: the topic or section. */
  kicker: string;
  siteName: string;
}

/** Where a card's fixed lines sit: the kicker's and the site name's baselines, and the margin each side. */
export const cardLayout = { left: 80, kickerBaseline: 110, siteNameBaseline: OG_HEIGHT - 70, siteNameSize: 32 } as const;
const LEFT = cardLayout.left;
const MAX_WIDTH = OG_WIDTH - LEFT * 2;
const BOLD = 'KB Preview Bold';
/**
 * Where a line starts: a full-width opening bracket, whose mark sits in the right half of its em,
 * starts half an em to the left so that its mark lines up with the other lines (as CJK type sets it).
 */
const lineStart = (line: string, size: number) => (/^[（《「『]/u.test(line) ? LEFT - Math.round(size / 2) : LEFT);
const REGULAR = 'KB Preview';

/** One title of a card as drawn: its font (CSS shorthand), its lines and the baseline of each. */
export interface TitleBlock {
  font: string;
  size: number;
  lines: string[];
  baselines: number[];
}

/**
 * Where the titles of a card for every language go: the first large, each other one smaller below
 * it in the regular face, together in the middle of the space between the kicker and the site name.
 * The largest size at which every title fits whole is used; only if none does (titles far longer
 * than any entry's) are the longest cut with an ellipsis. `measure(text, font)` is the width of
 * `text` in a CSS font.
 */
export function layoutTitles(titles: readonly string[], measure: (text: string, font: string) => number): TitleBlock[] {
  const top = 140;
  const bottom = OG_HEIGHT - 150; // well clear of the site name
  const minSize = 40;
  const sizeOf = (i: number, size: number) => (i === 0 ? size : Math.round(size * 0.72));
  const fontOf = (i: number, size: number) => `${sizeOf(i, size)}px "${i === 0 ? BOLD : REGULAR}"`;
  const lineHeight = (size: number) => Math.round(size * 1.3);
  const gap = (size: number) => Math.round(size * 0.6);
  const wrap = (size: number, maxLines = 99) =>
    titles.map((title, i) => wrapLines(title, MAX_WIDTH, (s) => measure(s, fontOf(i, size)), maxLines));
  const height = (size: number, blocks: string[][]) =>
    blocks.reduce((h, lines, i) => h + lines.length * lineHeight(sizeOf(i, size)), 0) + gap(size) * (blocks.length - 1);

  // A word that does not fit a line whole (a long code) makes the size smaller before it is broken.
  const words = titles.map((title) => wrapUnits(title).map((u) => u.trimEnd()));
  const wordsFit = (size: number) => words.every((list, i) => list.every((w) => measure(w, fontOf(i, size)) <= MAX_WIDTH));
  let size = 64;
  let blocks = wrap(size);
  while (size > minSize && (height(size, blocks) > bottom - top || blocks[0]!.length > 3 || !wordsFit(size))) {
    size -= 4;
    blocks = wrap(size);
  }
  // Still too tall at the smallest size: take a line from the longest title until it fits.
  const caps = blocks.map((lines) => lines.length);
  while (height(size, blocks) > bottom - top && Math.max(...caps) > 1) {
    const longest = caps.indexOf(Math.max(...caps));
    caps[longest]!--;
    blocks = blocks.map((_, i) => wrapLines(titles[i]!, MAX_WIDTH, (s) => measure(s, fontOf(i, size)), caps[i]));
  }

  // The titles sit in the middle of the space between the kicker and the site name.
  let cursor = top + Math.max(0, Math.round((bottom - top - height(size, blocks)) / 2));
  return blocks.map((lines, i) => {
    const blockSize = sizeOf(i, size);
    const lh = lineHeight(blockSize);
    if (i > 0) cursor += gap(size);
    // A line's baseline sits where the glyphs of its box are vertically centred (Noto's ascent ≈ 0.88 em).
    const baselines = lines.map((_, n) => Math.round(cursor + n * lh + (lh - blockSize) / 2 + blockSize * 0.88));
    cursor += lines.length * lh;
    return { font: fontOf(i, size), size: blockSize, lines, baselines };
  });
}

/** The width of a text in a CSS font as previews draw it, for `layoutTitles`. */
export function measureText(text: string, font: string): number {
  const ctx = (measuring ??= createCanvas(1, 1).getContext('2d'));
  ctx.font = font;
  return ctx.measureText(text).width;
}
let measuring: SKRSContext2D | undefined;

/**
 * A 1200×630 PNG link preview for a page, drawn from its title in its language; a card with
 * `otherTitles` carries every language's title (the first large).
 */
export function renderPreview({ title, otherTitles = [], kicker, siteName }: PreviewCard): Buffer {
  const canvas = createCanvas(OG_WIDTH, OG_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#0f2f47';
  ctx.fillRect(0, 0, OG_WIDTH, OG_HEIGHT);
  ctx.fillStyle = '#f2b134';
  ctx.fillRect(0, 0, 16, OG_HEIGHT);

  ctx.fillStyle = '#9cc7e6';
  ctx.font = `34px "${REGULAR}"`;
  ctx.fillText(kicker, LEFT, cardLayout.kickerBaseline);

  if (otherTitles.length > 0) drawEveryTitle(ctx, [title, ...otherTitles]);
  else drawTitle(ctx, title);

  ctx.fillStyle = '#c9d6df';
  ctx.font = `${cardLayout.siteNameSize}px "${BOLD}"`;
  ctx.fillText(siteName, LEFT, cardLayout.siteNameBaseline);
  return canvas.toBuffer('image/png');
}

function drawTitle(ctx: SKRSContext2D, title: string): void {
  let size = 68;
  let lines: string[] = [];
  for (; size >= 44; size -= 6) {
    ctx.font = `${size}px "${BOLD}"`;
    lines = wrapLines(title, MAX_WIDTH, (s) => ctx.measureText(s).width, 4);
    if (lines.length <= 3) break;
  }
  ctx.fillStyle = '#ffffff';
  const lineHeight = Math.round(size * 1.35);
  lines.forEach((line, i) => ctx.fillText(line, lineStart(line, size), 200 + size + i * lineHeight));
}

function drawEveryTitle(ctx: SKRSContext2D, titles: readonly string[]): void {
  const blocks = layoutTitles(titles, measureText);
  blocks.forEach((block, i) => {
    ctx.font = block.font;
    ctx.fillStyle = i === 0 ? '#ffffff' : '#e4edf3';
    block.lines.forEach((line, n) => ctx.fillText(line, lineStart(line, block.size), block.baselines[n]!));
  });
}
