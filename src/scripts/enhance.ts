// Progressive enhancements shared by every page. Everything here is optional: the page
// works without it. Kept tiny because it ships on every page (see the JS budget in README).
import { highlightTerms, highlightPattern } from '../lib/highlightTerms';
import { quickScrub } from '../lib/search/quickScrub';

// The language switch keeps the reader's #section: ids are identical across languages.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-keep-hash]');
  if (link instanceof HTMLAnchorElement && location.hash && !link.hash) link.hash = location.hash;
});

// A search box outside the search panel (the header) submits to the search page: a pasted card or
// phone number or e-mail address is removed first, so it never reaches the address bar.
document.addEventListener('submit', (event) => {
  const form = event.target;
  const q = form instanceof HTMLFormElement && !form.closest('[data-search]') ? form.elements.namedItem('q') : null;
  if (q instanceof HTMLInputElement) q.value = quickScrub(q.value);
});

function highlight(root: Element, pattern: RegExp): Element | undefined {
  let first: Element | undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
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
const body = document.querySelector('[data-pagefind-body]');
if (query && body) {
  const pattern = highlightPattern(highlightTerms(query));
  const first = pattern && highlight(body, pattern);
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  // The marks stay; the parameter leaves the address bar, so a copied link carries no query.
  const url = new URL(location.href);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
}

// A FAQ question linked by #id opens, so the answer is visible.
function openTargetDetails(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const details = id ? document.getElementById(id)?.closest('details') : null;
  if (details) details.open = true;
}
openTargetDetails();
addEventListener('hashchange', openTargetDetails);

// Copy-link controls for forum posts: the page (next to its h1) and each section (h2 with an id).
// The copied line is "title — URL", or "section · title — URL#section".
const article = document.querySelector<HTMLElement>('article.article');
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
const labels = document.querySelector<HTMLElement>('main')?.dataset;
if (article && canonical && labels?.['copyLabel']) {
  const h1 = article.querySelector('h1');
  const pageTitle = h1?.textContent?.trim() ?? document.title;
  const headings = [h1, ...article.querySelectorAll<HTMLElement>('h2[id]:not(#quick-answer)')];
  for (const heading of headings) {
    if (!heading) continue;
    const section = heading === h1 ? undefined : heading;
    const line = section ? `${section.textContent?.trim()} · ${pageTitle} — ${canonical}#${section.id}` : `${pageTitle} — ${canonical}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = labels['copyLabel'];
    button.dataset['copy'] = line;
    if (section) button.setAttribute('aria-label', `${labels['copyLabel']}: ${section.textContent?.trim()}`);
    heading.after(button);
  }
  article.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-link');
    if (!button?.dataset['copy']) return;
    void navigator.clipboard.writeText(button.dataset['copy']).then(() => {
      button.textContent = labels['copiedLabel'] ?? '✓';
      setTimeout(() => (button.textContent = labels['copyLabel'] ?? ''), 2000);
    });
  });
}

// Colour theme: follows the system by default (pure CSS); a choice is remembered here.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
if (toggle) {
  const order = ['auto', 'light', 'dark'] as const;
  type Mode = (typeof order)[number];
  const names = JSON.parse(toggle.dataset['modes'] ?? '{}') as Record<Mode, string>;
  const stored = (): Mode => {
    try {
      const value = localStorage.getItem('theme');
      return value === 'light' || value === 'dark' ? value : 'auto';
    } catch {
      return 'auto';
    }
  };
  const apply = (mode: Mode) => {
    if (mode === 'auto') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = mode;
    toggle.textContent = (toggle.dataset['label'] ?? '{mode}').replace('{mode}', names[mode]);
  };
  apply(stored());
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    const next = order[(order.indexOf(stored()) + 1) % order.length]!;
    try {
      if (next === 'auto') localStorage.removeItem('theme');
      else localStorage.setItem('theme', next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    apply(next);
  });
}
