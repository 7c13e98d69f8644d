// Progressive enhancements shared by every page. Everything here is optional: the page works
// without it. Kept small because it ships on every page (the JS budget in README: 2 KB gzip).
import { highlightTerms, highlightPattern } from '../lib/highlightTerms';
import { quickScrub } from '../lib/search/quickScrub';

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const $$ = <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)];
const root = document.documentElement;
const main = $<HTMLElement>('main')!;
const article = $<HTMLElement>('article.article');

// A search box outside the search panel (the header) submits to the search page: a pasted card or
// phone number or e-mail address is removed first, so it never reaches the address bar.
document.addEventListener('submit', (event) => {
  const form = event.target;
  const q = form instanceof HTMLFormElement && !form.closest('[data-search]') ? form.elements.namedItem('q') : null;
  if (q instanceof HTMLInputElement) q.value = quickScrub(q.value);
});

function highlight(body: Element, pattern: RegExp): Element | undefined {
  let first: Element | undefined;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('script,style,mark,[data-pagefind-ignore]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const text = node.data;
    // matchAll, never test(): test() would move lastIndex past the node's first match.
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of matches) {
      frag.append(text.slice(last, m.index));
      const mark = document.createElement('mark');
      mark.dataset['highlight'] = '';
      mark.textContent = m[0];
      frag.append(mark);
      first ??= mark;
      last = m.index + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  return first;
}

const query = new URLSearchParams(location.search).get('highlight');
const body = $('[data-pagefind-body]');
if (query && body) {
  const pattern = highlightPattern(highlightTerms(query));
  const first = pattern && highlight(body, pattern);
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  // The marks stay; the parameter leaves the address bar, so a copied link carries no query.
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
}

// A FAQ question linked by #id opens, so the answer is visible (print opens them all: CSS).
function openTargetDetails(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const details = id ? document.getElementById(id)?.closest('details') : null;
  if (details) details.open = true;
}
openTargetDetails();
addEventListener('hashchange', openTargetDetails);

// Copying: the page's status line (in Base) says "Link copied", to screen readers too.
const toast = $<HTMLElement>('[data-toast]')!;
const copy = (text: string) =>
  navigator.clipboard.writeText(text).then(() => {
    toast.textContent = main.dataset['copiedLabel']!;
    setTimeout(() => (toast.textContent = ''), 2500);
  });

// Section links: a small # after every section heading. One click copies
// "section · page title — address#section" (a decline entry's short address) and puts #section
// in the address bar. Ids are identical in both languages.
const headings = article ? $$<HTMLElement>(':is(h2, h3)[id]:not(summary *, #quick-answer)', article) : [];
if (article) {
  const title = $('h1', article)!.textContent!.trim();
  const base = $('.short-url')?.textContent ?? $<HTMLLinkElement>('link[rel=canonical]')!.href;
  for (const h of headings) {
    const name = h.textContent!.trim();
    const wrap = document.createElement('div');
    wrap.className = `heading ${h.localName}`;
    const a = document.createElement('a');
    a.className = 'anchor';
    a.href = `#${h.id}`;
    a.textContent = '#';
    a.setAttribute('aria-label', main.dataset['sectionLabel']!.replace('{section}', name));
    a.dataset['copy'] = `${name} · ${title} — ${base}#${h.id}`;
    h.replaceWith(wrap);
    wrap.append(h, a);
  }
}
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const button = target.closest<HTMLElement>('[data-copy]');
  if (button && navigator.clipboard) {
    event.preventDefault();
    if ('hash' in button) history.replaceState(null, '', button.hash as string);
    void copy(button.dataset['copy']!);
  }
  // "On this page" closes when the reader picks a section.
  target.closest('a')?.closest('.toc-menu')?.removeAttribute('open');
  // The header's search button: on a phone the search row, scrolled away, sticks under the bar
  // (without scrolling the page) until the button is pressed again.
  const input = $<HTMLInputElement>('#header-search, main input[type="search"]');
  if (target.closest('[data-search-jump]') && input) {
    event.preventDefault();
    if (root.classList.toggle('search-open')) input.focus({ preventScroll: input.id === 'header-search' });
  }
});

// The section in view: named in the phone "On this page" bar, marked in the side contents, and
// carried by the language switch, so the other language opens at the same section.
const switches = $$<HTMLAnchorElement>('a[data-keep-hash]');
const current = $('[data-toc-current]');
function track(): void {
  let section: HTMLElement | undefined;
  for (const h of headings) if (h.getBoundingClientRect().top < innerHeight / 4) section = h;
  const hash = section ? `#${section.id}` : location.hash;
  for (const link of switches) link.hash = hash;
  if (current) current.textContent = section?.textContent ?? '';
  for (const link of $$('.toc-side li a')) link.ariaCurrent = link.getAttribute('href') === hash ? 'true' : null;
}
addEventListener('scroll', track, { passive: true });
track();

// Colour theme: follows the system by default; a choice is remembered (and applied before the
// first paint by the inline script in <head>).
const toggle = $<HTMLElement>('[data-theme-toggle]');
if (toggle) {
  const order = ['auto', 'light', 'dark'];
  const labels = toggle.dataset['labels']!.split('|');
  const mode = () => order.indexOf(root.dataset['theme'] ?? 'auto');
  const label = () => toggle.setAttribute('aria-label', labels[mode()]!);
  label();
  toggle.addEventListener('click', () => {
    const next = order[(mode() + 1) % 3]!;
    root.dataset['theme'] = next;
    if (next === 'auto') delete root.dataset['theme'];
    try {
      localStorage['theme'] = next; // 'auto' is ignored by the head script
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    label();
  });
}
