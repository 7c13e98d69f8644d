// Ships on every page (with enhance.ts), so it stays tiny: nothing of search loads until a reader
// focuses the header's search box. Then every file the first search needs starts downloading at
// once (searchFiles() in search-engine.ts, which this bundle may not import): Pagefind's script,
// its WebAssembly, entry and metadata files, the lookup table and the vocabulary; and the box
// gets its results in place (header-entry.ts, which starts Pagefind) instead of opening the
// search page. A page's own search box (search page, catalogue) does the same in search.ts.
//
// header-entry.ts is bundled by Vite's worker bundler (the ?worker&url import) into one
// self-contained file, loaded here as a plain script: one request, no chain of imports, and no
// module-preload helper in this bundle (a dynamic import() of a bundled chunk adds about 0.7 KB).
import headerEntry from './header-entry?worker&url';

declare const __KB_SEARCH_TAG__: string;
declare const __KB_BASE__: string;

const box = document.querySelector<HTMLInputElement>('#header-search');
const form = box?.form;
if (box && form) {
  const el = (tag: string, props: object) => document.head.append(Object.assign(document.createElement(tag), props));
  // The header box's results panel (searchReady: '' while it loads, then yes or no). If it
  // cannot load, the form opens the search page as before (through its submit handlers).
  const failed = () => {
    form.dataset['searchReady'] = 'no';
    if ('searchPending' in form.dataset) form.requestSubmit();
  };
  const mount = () => {
    if (form.dataset['searchReady'] == null) {
      form.dataset['searchReady'] = '';
      el('script', { src: headerEntry, onerror: failed });
    }
  };
  box.addEventListener(
    'focus',
    () => {
      mount();
      const tag = __KB_SEARCH_TAG__;
      const pf = `${__KB_BASE__}pagefind/`;
      // The names of this language's files come with the form (from the locale table).
      const { locale, pfLang, pfWasm } = form.dataset;
      el('link', { rel: 'modulepreload', href: `${pf}pagefind.js` });
      for (const href of [
        `${pf}wasm.${pfWasm}.pagefind`,
        `${pf}pagefind-entry.json?ts=${tag}`,
        `${pf}pagefind.${pfLang}_${tag}.pf_meta`,
        `${pf}kb-records.${pfLang}_${tag}.json`,
        `${__KB_BASE__}declines-lookup.json`,
        `${__KB_BASE__}search-vocab.json`,
        `${__KB_BASE__}${locale}/search-ui.json`,
      ]) {
        el('link', { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
      }
    },
    { once: true },
  );
  // Enter before the results panel is ready: header-entry.ts submits again once it is.
  form.addEventListener('submit', (event) => {
    if (form.dataset['searchReady']) return;
    event.preventDefault();
    form.dataset['searchPending'] = '';
    mount();
  });
}
