import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { locales, type Locale } from '../../src/i18n/locales';
import type { PagefindApi, PagefindResultData } from '../../src/lib/search/pipeline';
import { distDir } from './paths';

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindApi & { init(): Promise<void>; destroy(): Promise<void> };
}

let installed = false;
let currentLang = 'en';

/**
 * Lets the browser build of pagefind.js run in Node: `fetch` of /pagefind/… reads dist/, and a
 * minimal `document` reports the <html lang> Pagefind uses to pick the language index.
 */
function installShims(root: string): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('/pagefind/')) return realFetch(input, init);
    const file = path.join(root, decodeURIComponent(url.split('?')[0]!));
    try {
      const body = await readFile(file);
      const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  (globalThis as { document?: unknown }).document = {
    currentScript: null,
    querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => currentLang } : null),
  };
}

const instances = new Map<string, Promise<PagefindApi>>();

/** A Pagefind instance searching one locale's index of a built site (dist/ by default). */
export function pagefindFor(locale: Locale, root = distDir): Promise<PagefindApi> {
  const key = `${root}:${locale}`;
  let instance = instances.get(key);
  if (!instance) {
    instance = (async () => {
      installShims(root);
      const mod = (await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'pagefind/pagefind.js')).href)) as PagefindModule;
      currentLang = locales[locale].lang;
      const created = mod.createInstance({ basePath: '/pagefind/' });
      await created.init();
      return created;
    })();
    instances.set(key, instance);
  }
  return instance;
}

/**
 * Runs the search page's own pipeline (decline lookup, query analysis, Pagefind) against a
 * built site, with the same lookup table and vocabulary files the browser fetches.
 */
export async function searchSite(locale: Locale, query: string, options: { limit?: number; root?: string } = {}) {
  const root = options.root ?? distDir;
  const [{ runSearch }, lookup, vocabulary] = await Promise.all([
    import('../../src/lib/search/pipeline'),
    readFile(path.join(root, 'declines-lookup.json'), 'utf8').then(JSON.parse),
    readFile(path.join(root, 'search-vocab.json'), 'utf8').then(JSON.parse),
  ]);
  return runSearch(await pagefindFor(locale, root), query, { locale, lookup, vocabulary, limit: options.limit ?? 10 });
}

/**
 * The same index, answering each (term, options) and each result's data once: for suites that
 * put the same queries through the pipeline several ways and compare the outcomes. Every call
 * gets its own copy, so one run cannot change what the next one reads.
 */
export function memoized(api: PagefindApi): PagefindApi {
  type Found = Awaited<ReturnType<PagefindApi['search']>>;
  const searches = new Map<string, Promise<Found>>();
  const data = new Map<string, Promise<PagefindResultData>>();
  return {
    async search(term, options) {
      const key = JSON.stringify([term, options ?? {}]);
      let found = searches.get(key);
      if (!found) searches.set(key, (found = api.search(term, options)));
      const result = await found;
      if (!result) return result;
      return {
        ...result,
        results: result.results.map((r) => ({
          ...r,
          data: async () => {
            let d = data.get(r.id);
            if (!d) data.set(r.id, (d = r.data()));
            return structuredClone(await d);
          },
        })),
      };
    },
  };
}
