// The header box searches in place: its results open under the box, on the page the reader is
// reading, with no page to load first (for a reader abroad, the search page's HTML is a round
// trip before anything else can start). Loaded (header-entry.ts) when the box is first focused;
// the search page keeps serving /<lang>/search/?q= links and readers without JavaScript.
import { init } from './search';
import { loadEngine } from './search-engine';
import { isLocale } from '../i18n/locales';
import { localePath, withBase } from '../i18n/paths';
import { noResultLinks, type HeaderKey, type Strings } from '../lib/search/strings';
import css from './header-search.css?raw';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
};

/** Turns the header form into a search panel with a results dropdown. False if it cannot. */
export async function mount(form: HTMLFormElement, input: HTMLInputElement): Promise<boolean> {
  const locale = form.dataset['locale'];
  const host = form.parentElement;
  if (!isLocale(locale) || !host) return false;
  loadEngine(locale);
  const strings = await fetch(withBase(`/${locale}/search-ui.json`))
    .then((r) => (r.ok ? (r.json() as Promise<Strings<HeaderKey>>) : undefined))
    .catch(() => undefined);
  if (!strings) return false;
  const say = (key: HeaderKey) => strings[key];

  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

  const results = el('div', { class: 'header-results', 'data-header-results': '' });
  results.hidden = true;
  const close = el('button', { type: 'button', class: 'header-results-close', 'aria-label': say('search.close') }, '×');
  const filter = el('div', { 'data-search-filter': '' });
  filter.hidden = true;
  filter.append(el('select', { 'aria-hidden': 'true' }));
  const removed = el('p', { class: 'search-removed', 'data-search-removed': '' });
  removed.hidden = true;
  const empty = el('div', { class: 'search-empty', 'data-search-empty': '' });
  empty.hidden = true;
  const suggestions = el('ul');
  for (const [rest, key] of noResultLinks) {
    const li = el('li');
    li.append(el('a', { href: localePath(locale, rest) }, say(key)));
    suggestions.append(li);
  }
  empty.append(el('p', {}, say('search.zeroResultsHelp')), suggestions);
  const all = el('a', { class: 'header-results-all', href: localePath(locale, 'search') }, say('search.allResults'));
  const list = el('ol', { class: 'search-results', 'data-search-results': '' });
  // "All results" opens the search page for the query these results are for (as the panel
  // searched it: never text the panel removed from the box).
  new MutationObserver(() => {
    const q = list.dataset['query']?.trim();
    all.href = `${localePath(locale, 'search')}${q ? `?${new URLSearchParams({ q })}` : ''}`;
  }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
  results.append(
    close,
    filter,
    el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite', 'data-search-status': '' }),
    removed,
    list,
    empty,
    el('p', { class: 'search-report', 'data-search-report': '', hidden: '' }),
    all,
  );
  host.append(results);
  Object.assign(host.dataset, {
    search: '',
    locale,
    strings: JSON.stringify(strings),
    limit: '5',
    noFilter: '',
  });
  host.classList.add('has-header-results');
  void init(host);

  // Open while there is a query; closed by Escape, the close button or a click elsewhere.
  const show = () => (results.hidden = !input.value.trim());
  form.addEventListener('submit', show);
  input.addEventListener('input', show);
  input.addEventListener('focus', show);
  close.addEventListener('click', () => {
    results.hidden = true;
    input.focus();
  });
  host.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') results.hidden = true;
  });
  document.addEventListener('click', (event) => {
    if (!host.contains(event.target as Node)) results.hidden = true;
  });
  return true;
}
