// Progressive enhancements shared by every page. Everything here is optional: the page works
// without it. Kept small because it ships on every page (the JS budget in README: 2 KB gzip).
import { highlightTerms, highlightPattern } from '../lib/highlightTerms';

const $ = <T extends Element>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);
const $$ = <T extends Element>(selector: string, root: ParentNode = document) => [...root.querySelectorAll<T>(selector)];
const root = document.documentElement;
const main = $<HTMLElement>('main')!;
const article = $<HTMLElement>('article.article');

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
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
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
}


// A FAQ question linked by #id opens, so the answer is visible; printing opens every answer.
function openTargetDetails(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const details = id ? document.getElementById(id)?.closest('details') : null;
  if (details) details.open = true;
}
openTargetDetails();
addEventListener('hashchange', openTargetDetails);
let closed: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
  closed = $$<HTMLDetailsElement>('.faq-item:not([open])');
  for (const d of closed) d.open = true;
});
addEventListener('afterprint', () => closed.forEach((d) => (d.open = false)));

// Copying: the page's status line (in Base) says "Link copied", to screen readers too.
const toast = $<HTMLElement>('[data-toast]')!;
let toastTimer: ReturnType<typeof setTimeout>;
const copy = (text: string) =>
  navigator.clipboard.writeText(text).then(() => {
    toast.textContent = main.dataset['copiedLabel']!;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (toast.textContent = ''), 2500);
  });

// Section links: a small # after every section heading. One click copies
// "section · page title — address#section" (a decline entry's short address) and puts #section
// in the address bar. Ids are identical in both languages.
const headings = article ? $$<HTMLElement>(':is(h2, h3)[id]', article) : [];
if (article) {
  const title = $('h1', article)?.textContent?.trim() ?? document.title;
  const base = $('.short-url')?.textContent ?? $<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];
  for (const h of headings) {
    if (h.closest('summary') || h.id === 'quick-answer') continue;
    const name = h.textContent!.trim();
    const wrap = document.createElement('div');
    wrap.className = `heading ${h.localName}`;
    const a = document.createElement('a');
    a.className = 'anchor';
    a.href = `#${h.id}`;
    a.textContent = '#';
    a.setAttribute('aria-label', (main.dataset['sectionLabel'] ?? '{section}').replace('{section}', name));
    a.dataset['copy'] = `${name} · ${title} — ${base}#${h.id}`;
    h.replaceWith(wrap);
    wrap.append(h, a);
  }
}
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  // The language switch takes the reader to the section in view as it is now.
  if (target.closest('a[data-keep-hash]')) track();
  const button = target.closest<HTMLElement>('[data-copy]');
  if (button && navigator.clipboard) {
    event.preventDefault();
    if (button instanceof HTMLAnchorElement) history.replaceState(history.state, '', button.hash);
    void copy(button.dataset['copy']!);
  }
  // An open menu or "On this page" closes when the reader picks a link or clicks elsewhere.
  for (const d of $$<HTMLDetailsElement>('details.menu[open], details.toc-menu[open]')) {
    if (!d.contains(target) || target.closest('a')) d.open = false;
  }
  // The header's search button: on a phone the search row, scrolled away, sticks under the bar.
  const input = $<HTMLInputElement>('#header-search, main input[type="search"]');
  if (target.closest('[data-search-jump]') && input) {
    event.preventDefault();
    root.classList.add('search-open');
    // The header box is stuck under the bar now: no scrolling (the page keeps its place).
    input.focus({ preventScroll: input.id === 'header-search' });
  }
});
$<HTMLElement>('.header-search')?.addEventListener('focusout', (event) => {
  if (!(event.currentTarget as Element).contains(event.relatedTarget as Node)) root.classList.remove('search-open');
});

// The section in view: named in the phone "On this page" bar, marked in the side contents, and
// carried by the language switch, so the other language opens at the same section.
const switches = $$<HTMLAnchorElement>('a[data-keep-hash]');
const current = $('[data-toc-current]');
let scheduled = false;
function track(): void {
  scheduled = false;
  let section: HTMLElement | undefined;
  for (const h of headings) if (h.getBoundingClientRect().top < innerHeight / 4) section = h;
  const hash = section ? `#${section.id}` : location.hash;
  for (const link of switches) link.hash = hash;
  if (current) current.textContent = section?.textContent ?? '';
  for (const link of $$('.toc-side a[href^="#"]')) {
    if (link.getAttribute('href') === hash) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}
addEventListener('scroll', () => {
  if (!scheduled) requestAnimationFrame(track);
  scheduled = true;
}, { passive: true });
track();

// Colour theme: follows the system by default; a choice is remembered (and applied before the
// first paint by the inline script in <head>).
const toggle = $<HTMLElement>('[data-theme-toggle]');
if (toggle) {
  const order = ['auto', 'light', 'dark'];
  const names = toggle.dataset['modes']!.split('|');
  const mode = () => order.indexOf(root.dataset['theme'] ?? 'auto');
  const label = () => toggle.setAttribute('aria-label', toggle.dataset['label']!.replace('{mode}', names[mode()]!));
  label();
  toggle.addEventListener('click', () => {
    const next = order[(mode() + 1) % 3]!;
    if (next === 'auto') delete root.dataset['theme'];
    else root.dataset['theme'] = next;
    try {
      if (next === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    label();
  });
}
