import { createRequire } from 'node:module';
import path from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { wrapLines } from './wrap';

// Noto Sans (Hans) ships with the npm package, so previews render Chinese the same on every
// machine, with no system font and no external service.
const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/fonts-sc')), '..', 'fonts');
GlobalFonts.registerFromPath(path.join(fonts, 'NotoSansHans-Bold.otf'), 'KB Preview Bold');
GlobalFonts.registerFromPath(path.join(fonts, 'NotoSansHans-Regular.otf'), 'KB Preview');

import { OG_HEIGHT, OG_WIDTH } from './size';

export interface PreviewCard {
  title: string;
  /** Small line above the title: the topic or section. */
  kicker: string;
  siteName: string;
}

/** A 1200×630 PNG link preview for a page, drawn from its title in its language. */
export function renderPreview({ title, kicker, siteName }: PreviewCard): Buffer {
  const canvas = createCanvas(OG_WIDTH, OG_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#0f2f47';
  ctx.fillRect(0, 0, OG_WIDTH, OG_HEIGHT);
  ctx.fillStyle = '#f2b134';
  ctx.fillRect(0, 0, 16, OG_HEIGHT);

  const left = 80;
  const maxWidth = OG_WIDTH - left * 2;
  ctx.fillStyle = '#9cc7e6';
  ctx.font = '34px "KB Preview"';
  ctx.fillText(kicker, left, 110);

  let size = 68;
  let lines: string[] = [];
  for (; size >= 44; size -= 6) {
    ctx.font = `${size}px "KB Preview Bold"`;
    lines = wrapLines(title, maxWidth, (s) => ctx.measureText(s).width, 4);
    if (lines.length <= 3) break;
  }
  ctx.fillStyle = '#ffffff';
  const lineHeight = Math.round(size * 1.35);
  lines.forEach((line, i) => ctx.fillText(line, left, 200 + size + i * lineHeight));

  ctx.fillStyle = '#c9d6df';
  ctx.font = '32px "KB Preview Bold"';
  ctx.fillText(siteName, left, OG_HEIGHT - 70);
  return canvas.toBuffer('image/png');
}
