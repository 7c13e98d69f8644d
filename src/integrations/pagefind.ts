import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { prepareForIndex } from '../lib/search/indexHtml.ts';
import { contentDir } from '../lib/registry.ts';
import { isAlias } from '../lib/search/aliases.ts';
import { withBase, withoutBase } from '../i18n/paths.ts';

/** The route this integration adds (./pagefind-records.ts): alias text indexed under existing pages. */
export const RECORDS_FILE = 'search-records.json';

/**
 * A tag that changes whenever anything the index is built from changes (content, sources,
 * dependencies, the site's address and base path). Pagefind adds it to its entry file's URL (?ts=) instead of
 * the time of each search, and it names the metadata files, so both requests can be hinted
 * before Pagefind's script has loaded while no cache serves an old file after a deploy
 * (src/scripts/search-engine.ts).
 */
function searchTag(root: string, contentDir: string, base: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else hash.update(`${path.relative(root, full)}\n`).update(readFileSync(full));
    }
  };
  walk(path.resolve(root, contentDir));
  walk(path.join(root, 'src'));
  for (const file of ['package-lock.json', 'astro.config.mjs'])
    if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)));
  // The record tables hold URLs under the base, so the base names the files too.
  hash.update(`${process.env['SITE_URL'] ?? ''}\n${base}`);
  return hash.digest('hex').slice(0, 12);
}

/**
 * Names each language's metadata file after the build's search tag (pagefind.en_<tag>.pf_meta)
 * instead of its content hash, so a page can hint it when a reader focuses a search box, before
 * Pagefind's entry file has said its name: the first search then waits for no request but the
 * index chunk its words need and the fragments of the results shown. The tag changes whenever the
 * sources do, as the content hash would (the index is rebuilt the same from the same sources).
 */
async function nameMetadataByTag(outDir: string, tag: string): Promise<void> {
  const entryPath = path.join(outDir, 'pagefind/pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryPath, 'utf8')) as { languages: Record<string, { hash: string }> };
  for (const [language, index] of Object.entries(entry.languages)) {
    const named = `${language}_${tag}`;
    await rename(path.join(outDir, `pagefind/pagefind.${index.hash}.pf_meta`), path.join(outDir, `pagefind/pagefind.${named}.pf_meta`));
    index.hash = named;
  }
  await writeFile(entryPath, JSON.stringify(entry));
}

/**
 * The record table of each language (lib/search/pipeline.ts, RecordTable): every index record's
 * URL, title, topic and kind by Pagefind's result id, read back from the fragments just written.
 * The first results are ranked by their titles; with this table the browser loads the fragments
 * (whole pages) of the results it shows only, not of every result it ranks.
 */
async function writeRecordTables(outDir: string, tag: string, base: string): Promise<void> {
  const dir = path.join(outDir, 'pagefind/fragment');
  const tables = new Map<string, Record<string, [string, string, string, 0 | 1]>>();
  for (const name of (await readdir(dir)).sort()) {
    const id = name.replace(/\.pf_fragment$/, '');
    const language = id.slice(0, id.lastIndexOf('_'));
    const raw = gunzipSync(await readFile(path.join(dir, name)));
    const fragment = JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as {
      url: string;
      meta: Record<string, string | undefined>;
    };
    const table = tables.get(language) ?? {};
    // As Pagefind's script returns it: under the base the site is served from.
    table[id] = [withBase(fragment.url, base), fragment.meta['title'] ?? '', fragment.meta['topic'] ?? '', isAlias(fragment.meta) ? 1 : 0];
    tables.set(language, table);
  }
  for (const [language, table] of tables)
    await writeFile(path.join(outDir, `pagefind/kb-records.${language}_${tag}.json`), JSON.stringify(table));
}

/**
 * The search page runs its script at once, and a module's imports are only requested once the
 * module itself has arrived: one more round trip each. Its HTML gets a modulepreload hint for every
 * module its scripts import, so they all load with the script itself.
 */
async function preloadSearchPageModules(outDir: string, base: string, pages: string[]): Promise<void> {
  const importsOf = (file: string, seen: Set<string>): Set<string> => {
    const code = readFileSync(path.join(outDir, withoutBase(file, base)), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
      const dep = m[1]!.startsWith('/') ? m[1]! : path.posix.join(path.posix.dirname(file), m[1]!);
      if (withoutBase(dep, base).startsWith('/pagefind/') || seen.has(dep)) continue;
      seen.add(dep);
      importsOf(dep, seen);
    }
    return seen;
  };
  for (const page of pages) {
    const file = path.join(outDir, page);
    const html = await readFile(file, 'utf8');
    const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const deps = new Set<string>();
    for (const script of scripts) importsOf(script, deps);
    const links = [...deps]
      .filter((d) => !scripts.includes(d) && !html.includes(`href="${d}"`))
      .map((d) => `<link rel="modulepreload" href="${d}">`);
    if (links.length) await writeFile(file, html.replace('</head>', `${links.join('')}</head>`));
  }
}

/**
 * Builds the Pagefind index from the built HTML through Pagefind's Node API. It owns both ends of
 * the alias records: it adds the route that writes them (./pagefind-records.ts) and reads and
 * removes that file once the pages are built. Pagefind splits
 * the index by each page's <html lang>, so every locale gets its own index; alias records
 * (decline message variants, glossary aliases) are added to each language's index under the
 * page they belong to. Any error, or an index with no pages, fails the build: a site whose
 * search is silently empty is broken.
 *
 * Under a base (/kb/) the index stores paths from the output root (/en/x/), like the pages it
 * reads; Pagefind's script puts the base it is served from back in front of every result URL.
 */
export default function pagefindIntegration(): AstroIntegration {
  let tag = 'dev';
  let base = '/';
  return {
    name: 'kb:pagefind',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        injectRoute({ pattern: `/${RECORDS_FILE}`, entrypoint: new URL('./pagefind-records.ts', import.meta.url), prerender: true });
        tag = searchTag(fileURLToPath(config.root), contentDir(), config.base);
        updateConfig({ vite: { define: { __KB_SEARCH_TAG__: JSON.stringify(tag) } } });
      },
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
          await nameMetadataByTag(outDir, tag);
          await writeRecordTables(outDir, tag, base);
          await preloadSearchPageModules(
            outDir,
            base,
            files.filter((f) => /(^|\/)search\/index\.html$/.test(f.split(path.sep).join('/'))),
          );
          logger.info(
            `indexed ${added.page_count} pages and ${records.length} alias records in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
