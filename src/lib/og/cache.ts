import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PreviewCard } from './render';

/**
 * Preview images are drawn once per content: a PNG is kept in the build cache under a hash of its
 * card (its titles, kicker and site name) and of the renderer (its source files and the versions of the
 * canvas and font packages), so an unchanged page is never drawn again and any change to the
 * drawing redraws every image. The cache sits in Astro's cache folder (KB_CACHE_DIR, as in
 * astro.config.mjs; node_modules/.astro by default, git-ignored), one per content tree.
 */
const dir = path.resolve(process.env['KB_CACHE_DIR'] ?? './node_modules/.astro', 'og-previews');

let renderer: string | undefined;
/** What the drawing depends on besides the card: changes when the renderer does. */
export function rendererVersion(): string {
  if (renderer) return renderer;
  const hash = createHash('sha256');
  for (const file of ['render.ts', 'wrap.ts', 'size.ts']) {
    const source = path.resolve('src/lib/og', file);
    hash.update(existsSync(source) ? readFileSync(source) : file);
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['@napi-rs/canvas', '@embedpdf/fonts-sc']) {
    try {
      hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}`);
    } catch {
      hash.update(`${pkg}@?`);
    }
  }
  renderer = hash.digest('hex');
  return renderer;
}

/** The cache key of a card: its text and the renderer. */
export const previewKey = (card: PreviewCard): string =>
  createHash('sha256')
    .update(rendererVersion())
    .update(JSON.stringify([card.title, card.otherTitles ?? [], card.kicker, card.siteName]))
    .digest('hex')
    .slice(0, 32);

const stats = { drawn: 0, cached: 0, used: new Set<string>() };

/**
 * The PNG for a card: from the cache, or drawn (the canvas and fonts load only then) and stored.
 * After the last of `total` images of a build it logs the counts and (with `prune`) drops cached
 * images no page used any more.
 */
export async function cachedPreview(card: PreviewCard, total: number, { prune = true } = {}): Promise<Buffer> {
  const key = previewKey(card);
  const file = path.join(dir, `${key}.png`);
  let png: Buffer;
  if (existsSync(file)) {
    png = readFileSync(file);
    stats.cached++;
  } else {
    const { renderPreview } = await import('./render');
    png = renderPreview(card);
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, png);
    stats.drawn++;
  }
  stats.used.add(`${key}.png`);
  if (stats.drawn + stats.cached === total) {
    if (prune && existsSync(dir))
      for (const name of readdirSync(dir)) if (!stats.used.has(name)) rmSync(path.join(dir, name), { force: true });
    console.log(`\n[kb:og] ${total} preview images: ${stats.drawn} drawn, ${stats.cached} from the cache`);
  }
  return png;
}
