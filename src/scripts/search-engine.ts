// Loading search, as early and as parallel as the network allows (a reader in China waits a
// round trip of about 200 ms for every request that waits on another). Everything the first
// search needs starts at once: Pagefind's script, its WebAssembly, entry and metadata files (as
// preloads Pagefind's own requests then reuse), the decline lookup table and the vocabulary.
// Pagefind runs on the page's own thread (its worker would be one more script to wait for before
// the index could even be asked for) and initialises straight away, while the reader types.
// Result fragments load in parallel (lib/search/pipeline.ts).
//
// The same URLs are hinted on a reader's first focus of a search box by search-focus.ts (which
// ships on every page and so may not import this module), and in the search page's HTML.
import type { DeclineLookupData, PagefindApi, RecordTable } from '../lib/search/pipeline';
import type { SearchVocabulary } from '../lib/search/analyze';
import { locales, type Locale } from '../i18n/locales';
import { withBase } from '../i18n/paths';

/** Set at build time (src/integrations/pagefind.ts): changes whenever the site's sources do. */
declare const __KB_SEARCH_TAG__: string | undefined;
const tag = typeof __KB_SEARCH_TAG__ === 'string' ? __KB_SEARCH_TAG__ : 'dev';

/** Every file the first search needs before it can ask the index anything (under the base). */
export function searchFiles(locale: Locale) {
  return {
    script: withBase('/pagefind/pagefind.js'),
    wasm: withBase(`/pagefind/wasm.${locales[locale].pagefindWasm}.pagefind`),
    // Pagefind adds ?ts= to its entry file to bypass caches; a tag per build keeps that true
    // while letting the request start before Pagefind's script has even arrived.
    entry: withBase(`/pagefind/pagefind-entry.json?ts=${tag}`),
    // Named after the tag by the build (src/integrations/pagefind.ts), not by its content hash.
    meta: withBase(`/pagefind/pagefind.${locales[locale].pagefindLang}_${tag}.pf_meta`),
    // What ranking needs of every record, so only the fragments of results shown load.
    records: withBase(`/pagefind/kb-records.${locales[locale].pagefindLang}_${tag}.json`),
    lookup: withBase('/declines-lookup.json'),
    vocabulary: withBase('/search-vocab.json'),
  };
}

/** Adds a hint once (search-focus.ts or the page may have); the request then reuses it. */
function hint(href: string, kind: 'fetch' | 'modulepreload'): void {
  if (document.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  Object.assign(link, kind === 'fetch' ? { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href } : { rel: 'modulepreload', href });
  document.head.append(link);
}

/** Pagefind's module API, with the calls the search page uses besides search() and filters(). */
export type PagefindModule = PagefindApi & {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
};

export interface Engine {
  pagefind: Promise<PagefindModule>;
  /** The decline lookup table: enough on its own to show an exact message's entry. */
  lookup: Promise<DeclineLookupData | undefined>;
  vocabulary: Promise<SearchVocabulary | undefined>;
  records: Promise<RecordTable | undefined>;
}

const json = <T>(url: string): Promise<T | undefined> =>
  fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<T>) : undefined))
    .catch(() => undefined);

/**
 * Starts loading everything search needs, once per page; every caller shares the same promises
 * (kept on window: the header box's bundle and the page's each carry this module). The lookup
 * table and the vocabulary only sharpen results: search works if either fails.
 */
export function loadEngine(locale: Locale): Engine {
  if (window.kbSearchEngine) return window.kbSearchEngine;
  const files = searchFiles(locale);
  hint(files.script, 'modulepreload');
  for (const file of [files.wasm, files.entry, files.meta, files.lookup, files.vocabulary, files.records]) hint(file, 'fetch');
  const pagefind = (import(/* @vite-ignore */ files.script) as Promise<PagefindModule>).then(async (pf) => {
    await pf.options({ noWorker: true, metaCacheTag: tag });
    void pf.init();
    return pf;
  });
  window.kbSearchEngine = {
    pagefind,
    lookup: json<DeclineLookupData>(files.lookup),
    vocabulary: json<SearchVocabulary>(files.vocabulary),
    records: json<RecordTable>(files.records),
  };
  return window.kbSearchEngine;
}

declare global {
  interface Window {
    kbSearchEngine?: Engine;
  }
}

/**
 * While the reader types, fetch the index chunks the words so far need (Pagefind's preload), at
 * most every 200 ms: by Enter the index is usually in memory.
 */
export function preloadWhileTyping(locale: Locale): (text: string) => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const go = (text: string) => {
    last = Date.now();
    const term = text.trim();
    if (term.length >= 2)
      void loadEngine(locale)
        .pagefind.then((pf) => pf.preload(term))
        .catch(() => undefined);
  };
  return (text) => {
    clearTimeout(timer);
    const wait = 200 - (Date.now() - last);
    if (wait <= 0) go(text);
    else timer = setTimeout(() => go(text), wait);
  };
}
