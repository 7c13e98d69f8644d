import { crc32, deflateSync } from 'node:zlib';
import { OG_HEIGHT, OG_WIDTH } from './size';

/**
 * KB_OG_PREVIEWS=sample (set by the test builds, tests/helpers/build.ts): only a sample of the
 * preview images is drawn (see the og route); every other page gets a plain image of the right
 * size, which costs nothing to make. Drawing all of them is most of a build's rendering time and
 * is not what those builds test. `npm run build` always draws every image.
 */
export const drawSampleOnly = (env: Record<string, string | undefined> = process.env): boolean => env['KB_OG_PREVIEWS'] === 'sample';

let png: Buffer | undefined;

/** A plain 1200×630 PNG in the previews' background colour, made once (no canvas needed). */
export function placeholderPreview(): Buffer {
  if (png) return png;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(OG_WIDTH, 0);
  header.writeUInt32BE(OG_HEIGHT, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.alloc(1 + OG_WIDTH * 3);
  for (let x = 0; x < OG_WIDTH; x++) row.set([0x0f, 0x2f, 0x47], 1 + x * 3);
  const pixels = Buffer.concat(Array.from({ length: OG_HEIGHT }, () => row));
  png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return png;
}
