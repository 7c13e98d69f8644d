// Ships on every page (with enhance.ts), so it stays tiny: nothing of search loads until a reader
// focuses a search box. Then Pagefind starts at once, with its WebAssembly, entry and metadata
// files hinted (searchFiles() in search-engine.ts, which this bundle may not import), so it has
// initialised by the time the reader has typed; and the header box gets its results in place
// (header-entry.ts) instead of opening the search page.
//
// header-entry.ts is bundled by Vite's worker bundler (the ?worker&url import) into one
// self-contained file, loaded here as a plain script: one request, no chain of imports, and no
// module-preload helper in this bundle (a dynamic import() of a bundled chunk adds about 0.7 KB).
import headerEntry from './header-entry?worker&url';

declare const __KB_SEARCH_TAG__: string;

const form = document.querySelector<HTMLInputElement>('#header-search')?.form;
const el = (tag: string, props: object) => Object.assign(document.createElement(tag), props);
let started = false;
/** hints: 0 on the search page (its HTML has them), 1 for a search box, 2 for the header box. */
function start(hints: number): void {
  if (started) return;
  started = true;
  const tag = __KB_SEARCH_TAG__;
  const lang = document.documentElement.lang == 'en' ? 'en' : 'zh-cn';
  const files = [`/pagefind/wasm.${lang == 'en' ? 'en' : 'unknown'}.pagefind`, `/pagefind/pagefind-entry.json?ts=${tag}`, `/pagefind/pagefind.${lang}_${tag}.pf_meta`, '/declines-lookup.json', '/search-vocab.json', `/${lang}/search-ui.json`];
  for (const href of files.slice(0, hints && hints + 4)) document.head.append(el('link', { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
  // The same start as loadEngine() in search-engine.ts, which takes this promise over.
  const script = '/pagefind/pagefind.js';
  window.kbPagefind ??= import(/* @vite-ignore */ script).then(async (pf: { options(o: object): Promise<void>; init(): void }) => {
    await pf.options({ noWorker: true, metaCacheTag: tag });
    pf.init();
    return pf;
  });
}
// The header box's results panel. If it cannot load after the reader pressed Enter, the form
// opens the search page as before.
const entry = form && el('script', { src: headerEntry, onerror: () => 'searchPending' in form.dataset && form.submit() });
// Appending it again only moves it: a script element runs once.
const mount = () => entry && document.head.append(entry);
document.addEventListener('focusin', (event) => {
  const box = event.target as HTMLInputElement;
  if (!box.matches('input[name=q]')) return;
  start(box.form == form ? 2 : 1);
  if (box.form == form) mount();
});
// The search page is opened to search: start now.
if (document.querySelector('[data-sync-url]')) start(0);
// Enter before the results panel is ready: header-entry.ts submits again once it is.
form?.addEventListener('submit', (event) => {
  if (form.dataset['searchReady']) return;
  event.preventDefault();
  form.dataset['searchPending'] = '';
  mount();
});

declare global {
  interface Window {
    kbPagefind?: Promise<unknown>;
  }
}
