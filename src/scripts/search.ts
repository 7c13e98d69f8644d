// The search panel (search page, decline lookup box, and the header box's in-place results):
// one pipeline, src/lib/search/pipeline.ts, for ?q= and for typing. Results are rendered as a
// list carrying data-search-results (and data-query: the text they are for). What loads when is
// in search-engine.ts; an exact decline message shows its entry from the lookup table at once,
// before Pagefind has loaded, and the rest of the results follow.
import { runSearch, type DeclineLookupData, type PagefindApi, type SearchOutcome } from '../lib/search/pipeline';
import { findDecline, isExact } from '../lib/declines/lookup';
import { safeExcerpt } from '../lib/search/excerpt';
import { withHighlight } from '../lib/search/links';
import { scrubQuery } from '../lib/search/scrub';
import { isLocale, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import { reportUrl } from '../site.config';
import { loadEngine, preloadWhileTyping } from './search-engine';

for (const panel of document.querySelectorAll<HTMLElement>('[data-search]')) void init(panel);

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
  const strings = JSON.parse(panel.dataset['strings'] ?? '{}') as Record<string, string>;
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
  const say = (key: string, values: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (w, n: string) => String(values[n] ?? w));

  const limit = Number(panel.dataset['limit']) || undefined;

  // Search loads on the search page at once, elsewhere when the reader focuses a box (its files
  // are hinted by search-focus.ts); while they type, the index chunks their words need load.
  if (syncUrl) loadEngine(locale);
  input.addEventListener('focus', () => loadEngine(locale), { once: true });
  const preload = preloadWhileTyping(locale);
  input.addEventListener('input', () => preload(input.value));

  // Card numbers, security codes, e-mail addresses and phone numbers leave the box before the
  // text goes anywhere (address bar, history, result links, report link); the page says so.
  function clean(raw: string): string {
    const { text, removed } = scrubQuery(raw);
    if (removed.length) {
      if (input.value === raw) input.value = text;
      const items = removed.map((kind) => say(`search.removed.${kind}`)).join(say('search.removedJoin'));
      privacy.textContent = say('search.removed', { items });
      privacy.hidden = false;
    } else if (!raw.trim()) privacy.hidden = true;
    return text;
  }

  let latest = 0;
  // One history entry per query: Enter marks the current entry as submitted; typing after that
  // starts a new entry (then rewrites only that one), so Back returns to the query submitted
  // before, however long the reader paused while typing.
  const submitted = () => (history.state as { submitted?: boolean } | null)?.submitted === true;
  async function run(typed: string, { push = false, fromHistory = false } = {}): Promise<void> {
    const ticket = ++latest;
    const raw = clean(typed);
    if (syncUrl && !fromHistory) {
      const params = new URLSearchParams(location.search);
      if (raw.trim()) params.set('q', raw);
      else params.delete('q');
      if (topic.value) params.set('topic', topic.value);
      else params.delete('topic');
      const next = `${location.pathname}${params.size ? `?${params}` : ''}${location.hash}`;
      const same = next === location.pathname + location.search + location.hash;
      const fresh = !same && submitted();
      history[fresh ? 'pushState' : 'replaceState']({ submitted: push || (submitted() && same) }, '', next);
    }
    if (syncUrl) keepQueryOnLanguageSwitch();
    if (!raw.trim()) {
      list.replaceChildren();
      status.textContent = '';
      report.hidden = true;
      empty.hidden = true;
      return;
    }
    status.textContent = say('search.loading');
    try {
      const engine = loadEngine(locale);
      const lookup = await engine.lookup;
      if (ticket !== latest) return;
      // The lookup table alone knows an exact message's entry: show it now, the rest follows.
      const early = lookup && lookupOutcome(lookup, raw, locale);
      if (early) {
        render(early, raw);
        status.textContent = say('search.loading');
      }
      const [pagefind, vocabulary, records] = await Promise.all([engine.pagefind, engine.vocabulary, engine.records]);
      if (!panel.hasAttribute('data-no-filter')) void showFilters(pagefind);
      const filters = topic.value ? { topic: topic.value } : undefined;
      const outcome = await runSearch(pagefind, raw, {
        locale,
        lookup,
        vocabulary,
        records,
        ...(limit ? { limit } : {}),
        ...(filters ? { filters } : {}),
      });
      if (ticket === latest) render(outcome, raw);
    } catch {
      if (ticket === latest) status.textContent = say('search.error');
    }
  }

  function render({ total, more, hits, decline, terms }: SearchOutcome, raw: string): void {
    status.textContent =
      total === 0
        ? say('search.noResults', { query: raw.trim().slice(0, 100) })
        : more
          ? say('search.resultsMore', { count: total })
          : total === 1
            ? say('search.oneResult')
            : say('search.results', { count: total });
    list.replaceChildren(
      ...hits.map((hit) => {
        const li = document.createElement('li');
        li.className = hit.exact ? 'search-result exact' : 'search-result';
        if (hit.exact) {
          const badge = document.createElement('span');
          badge.className = isExact(hit.exact) ? 'badge badge-official' : 'badge';
          badge.textContent = say(isExact(hit.exact) ? 'decline.lookupMatch' : 'decline.lookupClose');
          li.append(badge, ' ');
        }
        const highlight = terms.join(' ');
        const a = document.createElement('a');
        a.href = hit.exact || !highlight ? hit.url : withHighlight(hit.url, highlight);
        a.textContent = hit.title;
        li.append(a);
        if (hit.topic) {
          const topic = document.createElement('span');
          topic.className = 'topic';
          topic.textContent = hit.topic;
          li.append(' ', topic);
        }
        if (hit.excerpt) {
          const p = document.createElement('p');
          p.innerHTML = safeExcerpt(hit.excerpt);
          li.append(p);
        }
        if (hit.sections.length) {
          const sub = document.createElement('ul');
          sub.className = 'search-sections';
          for (const section of hit.sections) {
            const item = document.createElement('li');
            const link = document.createElement('a');
            link.href = highlight ? withHighlight(section.url, highlight) : section.url;
            link.textContent = section.title;
            item.append(link);
            sub.append(item);
          }
          li.append(sub);
        }
        return li;
      }),
    );
    list.dataset['query'] = raw;
    empty.hidden = total > 0;
    // A message the catalogue lists exactly needs no report; anything else may be one we lack.
    report.hidden = Boolean(decline && isExact(decline.by));
    if (report.hidden === false) {
      const link = document.createElement('a');
      link.href = reportUrl(raw, panel.dataset['report']);
      link.textContent = say('decline.report');
      const warning = document.createElement('strong');
      warning.textContent = say('decline.reportWarning');
      report.replaceChildren(link, ' ', warning);
    }
  }

  // Topic filter: the topics Pagefind knows for this language, with their page counts. Filled
  // once the engine has loaded for the first search, so opening the page downloads nothing more.
  let filtersShown = false;
  async function showFilters(pagefind: PagefindApi): Promise<void> {
    if (filtersShown) return;
    filtersShown = true;
    const filters =
      (await (pagefind as PagefindApi & { filters?: () => Promise<Record<string, Record<string, number>>> }).filters?.()) ?? {};
    const topics = Object.entries(filters['topic'] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    if (topics.length < 2) return;
    for (const [name, count] of topics) topic.append(new Option(`${name} (${count})`, name));
    const wanted = syncUrl ? new URLSearchParams(location.search).get('topic') : null;
    filterBox.hidden = false;
    if (wanted && topics.some(([name]) => name === wanted)) {
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
    clean(input.value);
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 120);
  });
  // Back and Forward restore the query and its results (the address alone changes otherwise).
  if (syncUrl) {
    addEventListener('popstate', () => {
      const q = (new URLSearchParams(location.search).get('q') ?? '').slice(0, 500);
      input.value = q;
      void run(q, { fromHistory: true });
    });
  }
  const initial = syncUrl ? (new URLSearchParams(location.search).get('q') ?? '').slice(0, 500) : '';
  if (initial) {
    input.value = initial;
    await run(initial, { push: true }); // the query a link opened counts as submitted
  }
}

/** The decline entry an exact message names, as a first result, from the lookup table alone. */
function lookupOutcome(lookup: DeclineLookupData, raw: string, locale: Locale): SearchOutcome | undefined {
  const decline = findDecline(lookup.entries, raw);
  if (!decline) return undefined;
  const url = localePath(locale, `declines/${decline.id}`);
  const title = lookup.titles[decline.id]?.[locale] ?? decline.id;
  return {
    query: raw,
    terms: [],
    removed: [],
    total: 1,
    more: true,
    hits: [{ url, title, excerpt: '', topic: undefined, sections: [], exact: decline.by }],
    decline,
  };
}

// The language switch carries the query shown in the address bar (topics are named per language,
// so the topic filter is not carried).
function keepQueryOnLanguageSwitch(): void {
  const q = new URLSearchParams(location.search).get('q');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    link.search = params.size ? `?${params}` : '';
  }
}
