import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index from the built HTML through Pagefind's Node API. Pagefind splits
 * the index by each page's <html lang>, so every locale gets its own index. Any error, or an
 * index with no pages, fails the build: a site whose search is silently empty is broken.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
          if (added.page_count === 0) {
            throw new Error('Pagefind indexed 0 pages: no page carries data-pagefind-body, or the HTML was not found');
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind failed to write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
