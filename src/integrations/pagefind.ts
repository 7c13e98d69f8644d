import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/indexHtml.ts';
import { withoutBase } from '../i18n/paths.ts';

/** Written by src/pages/search-records.json.ts: alias text indexed under existing pages. */
const RECORDS_FILE = 'search-records.json';

/**
 * Builds the Pagefind index from the built HTML through Pagefind's Node API. Pagefind splits
 * the index by each page's <html lang>, so every locale gets its own index; alias records
 * (decline message variants, glossary aliases) are added to each language's index under the
 * page they belong to. Any error, or an index with no pages, fails the build: a site whose
 * search is silently empty is broken.
 *
 * Under a base (/kb/) the index stores paths from the output root (/en/x/), like the pages it
 * reads; Pagefind's script puts the base it is served from back in front of every result URL.
 */
export default function pagefindIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Each page is read, prepared for the index (see prepareForIndex) and added as HTML.
          const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
          const added = { page_count: 0 };
          for (const file of files) {
            const content = prepareForIndex(await readFile(path.join(outDir, file), 'utf8'));
            const result = await index.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
            if (result.errors.length) throw new Error(`Pagefind failed to index ${file}: ${result.errors.join('; ')}`);
            if (result.file) added.page_count++;
          }
          if (added.page_count === 0) {
            throw new Error('Pagefind indexed 0 pages: no page carries data-pagefind-body, or the HTML was not found');
          }
          const recordsPath = path.join(outDir, RECORDS_FILE);
          const records = JSON.parse(await readFile(recordsPath, 'utf8')) as pagefind.CustomRecord[];
          for (const record of records) {
            record.url = withoutBase(record.url, base);
            const result = await index.addCustomRecord(record);
            if (result.errors.length) throw new Error(`Pagefind rejected the alias record for ${record.url}: ${result.errors.join('; ')}`);
          }
          await rm(recordsPath);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind failed to write its files: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages and ${records.length} alias records in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

