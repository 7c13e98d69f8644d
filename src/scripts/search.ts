// The search panel (search page, decline lookup box, and the header box's in-place results): the
// DOM layer. What it shows is decided in src/lib/search/present.ts, the search itself in
// src/lib/search/pipeline.ts (one pipeline for ?q= and for typing). Results are rendered as a
// list carrying data-search-results (and data-query: the text they are for). What loads when is
// in search-engine.ts; an exact decline message shows its entry from the lookup table at once,
// before Pagefind has loaded, and the rest of the results follow.
import { runSearch, type PagefindApi } from '../lib/search/pipeline';
import {
  addressStep,
  clean,
  languageSearch,
  lookupOutcome,
  present,
  queryFromAddress,
  topicOptions,
  type PanelView,
  type Phase,
} from '../lib/search/present';
import { sayFrom, type Strings } from '../lib/search/strings';
import { isLocale, type Locale } from '../i18n/locales';
import { formatDate } from '../i18n/format';
import { loadEngine, preloadWhileTyping } from './search-engine';

for (const panel of document.querySelectorAll<HTMLElement>('[data-search]')) void init(panel);

const el = (tag: string, className = '', text = '', href = ''): HTMLElement => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  if (href) (node as HTMLAnchorElement).href = href;
  return node;
};

/**
 * Wires a panel: a [data-search] element holding the form, [data-search-status],
 * [data-search-results], [data-search-report], [data-search-empty] and [data-search-filter].
 * Optional: data-sync-url (the search page), data-limit (results shown), data-no-filter.
 */
export async function init(panel: HTMLElement): Promise<void> {
  // Two bundles carry this module (the page's, and the header box's own: header-entry.ts).
  if (panel.hasAttribute('data-search-ready')) return;
  panel.setAttribute('data-search-ready', '');
  const panelLocale = panel.dataset['locale'];
  if (!isLocale(panelLocale)) return;
  const locale: Locale = panelLocale;
  const say = sayFrom(JSON.parse(panel.dataset['strings'] ?? '{}') as Strings);
  const syncUrl = panel.hasAttribute('data-sync-url');
  const form = panel.querySelector('form')!;
  const input = panel.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
  const list = panel.querySelector<HTMLOListElement>('[data-search-results]')!;
  const report = panel.querySelector<HTMLElement>('[data-search-report]')!;
  const empty = panel.querySelector<HTMLElement>('[data-search-empty]')!;
  const privacy = panel.querySelector<HTMLElement>('[data-search-removed]')!;
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filter]')!;
  const topic = filterBox.querySelector('select')!;
  const limit = Number(panel.dataset['limit']) || undefined;

  // Search loads on the search page at once, elsewhere when the reader focuses a box (its files
  // are hinted by search-focus.ts); while they type, the index chunks their words need load.
  if (syncUrl) loadEngine(locale);
  input.addEventListener('focus', () => loadEngine(locale), { once: true });
  const preload = preloadWhileTyping(locale);
  input.addEventListener('input', () => preload(input.value));

  // Personal data leaves the box before the text goes anywhere; the page says so.
  function scrub(typed: string): string {
    const { query, note } = clean(typed, say);
    if (note && input.value === typed) input.value = query;
    if (note !== undefined) {
      privacy.textContent = note;
      privacy.hidden = note === null;
    }
    return query;
  }

  function show({ status: text, results }: PanelView): void {
    status.textContent = text;
    if (!results) return;
    list.replaceChildren(
      ...results.items.map((item) => {
        const li = el('li', item.badge ? 'search-result exact' : 'search-result');
        if (item.badge) li.append(el('span', item.badge.official ? 'badge badge-official' : 'badge', item.badge.text), ' ');
        li.append(el('a', '', item.title, item.url));
        if (item.topic) li.append(' ', el('span', 'topic', item.topic));
        if (item.reviewed) {
          const time = el(
            'time',
            'result-date',
            say('article.reviewed', { date: formatDate(item.reviewed, locale, { dateStyle: 'medium' }) }),
          );
          (time as HTMLTimeElement).dateTime = item.reviewed;
          li.append(' ', time);
        }
        if (item.excerpt) {
          const p = el('p');
          p.innerHTML = item.excerpt;
          li.append(p);
        }
        if (item.sections.length) {
          const sub = el('ul', 'search-sections');
          for (const section of item.sections) {
            const entry = el('li');
            entry.append(el('a', '', section.title, section.url));
            sub.append(entry);
          }
          li.append(sub);
        }
        return li;
      }),
    );
    if (results.query !== undefined) list.dataset['query'] = results.query;
    empty.hidden = !results.empty;
    report.hidden = !results.report;
    if (results.report) {
      const { text, href, warning } = results.report;
      report.replaceChildren(el('a', '', text, href), ' ', el('strong', '', warning));
    }
  }

  let latest = 0;
  const submitted = () => (history.state as { submitted?: boolean } | null)?.submitted === true;
  async function run(typed: string, { push = false, fromHistory = false } = {}): Promise<void> {
    const ticket = ++latest;
    const query = scrub(typed);
    const view = (phase: Phase) => show(present(phase, query, say));
    if (syncUrl) {
      if (!fromHistory) {
        const [method, state, url] = addressStep(location, query, topic.value, push, submitted());
        history[method](state, '', url);
      }
      const search = languageSearch(location.search);
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) link.search = search;
    }
    if (!query.trim()) return view('cleared');
    view('loading');
    try {
      const engine = loadEngine(locale);
      const lookup = await engine.lookup;
      if (ticket !== latest) return;
      // The lookup table alone knows an exact message's entry: show it now, the rest follows.
      const early = lookup && lookupOutcome(lookup, query, locale);
      if (early) view({ outcome: early, early: true });
      const [pagefind, vocabulary, records] = await Promise.all([engine.pagefind, engine.vocabulary, engine.records]);
      if (!panel.hasAttribute('data-no-filter')) void showFilters(pagefind);
      const filters = topic.value ? { topic: topic.value } : undefined;
      const outcome = await runSearch(pagefind, query, {
        locale,
        lookup,
        vocabulary,
        records,
        ...(limit ? { limit } : {}),
        ...(filters ? { filters } : {}),
      });
      if (ticket === latest) view({ outcome });
    } catch {
      if (ticket === latest) view('error');
    }
  }

  // Topic filter: the topics Pagefind knows for this language, with their page counts. Filled
  // once the engine has loaded for the first search, so opening the page downloads nothing more.
  let filtersShown = false;
  async function showFilters(pagefind: PagefindApi): Promise<void> {
    if (filtersShown) return;
    filtersShown = true;
    const filters = (await pagefind.filters?.()) ?? {};
    const options = topicOptions(filters);
    if (!options.length) return;
    for (const [name, label] of options) topic.append(new Option(label, name));
    const wanted = syncUrl ? new URLSearchParams(location.search).get('topic') : null;
    filterBox.hidden = false;
    if (wanted && options.some(([name]) => name === wanted)) {
      topic.value = wanted;
      void run(input.value);
    }
  }
  topic.addEventListener('change', () => void run(input.value));

  // Keyboard: ArrowDown from the box into the results, arrows between results, Escape back.
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  panel.addEventListener('keydown', (event) => {
    const current = links().indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (event.target === input || current !== -1)) {
      links()[current + 1]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && current !== -1) {
      (current === 0 ? input : links()[current - 1]!).focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      if (event.target === input && input.value) {
        input.value = '';
        void run('');
      }
      input.focus();
    }
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Enter searches now: the search-as-you-type run it would repeat is dropped.
    clearTimeout(timer);
    void run(input.value, { push: true });
  });
  input.addEventListener('input', () => {
    scrub(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  // Back and Forward restore the query and its results (the address alone changes otherwise).
  if (syncUrl) {
    addEventListener('popstate', () => {
      const q = queryFromAddress(location.search);
      input.value = q;
      void run(q, { fromHistory: true });
    });
  }
  const initial = syncUrl ? queryFromAddress(location.search) : '';
  if (initial) {
    input.value = initial;
    await run(initial, { push: true }); // the query a link opened counts as submitted
  }
}
