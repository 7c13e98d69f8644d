// The search panel's presenter: what the panel shows for a query, as data. No DOM, no `window`,
// no `location`: src/scripts/search.ts reads the page, asks these functions, and writes the page.
import { findDecline, isExact } from '../declines/lookup';
import { localePath } from '../../i18n/paths';
import type { Locale } from '../../i18n/locales';
import { reportUrl } from '../../site.config';
import { safeExcerpt } from './excerpt';
import { withHighlight } from './links';
import { scrubQuery } from './scrub';
import type { DeclineLookupData, SearchOutcome } from './pipeline';
import type { Say } from './strings';

/** The longest query taken from an address (the box's maxlength). */
const MAX_QUERY = 500;

export interface Cleaned {
  /** The query without personal data: the only text that goes anywhere (address, links, report). */
  query: string;
  /**
   * The privacy note: its text when something was removed (the box then shows `query`), `null`
   * to hide it (the box is empty), unset to leave it as it is.
   */
  note?: string | null;
}

/**
 * Removes card numbers, codes, e-mail addresses and phone numbers from the typed text, and says
 * so: the panel shows the note until the box is emptied.
 * @example clean('declined 4242 4242 4242 4242', say) // { query: 'declined', note: 'Removed from your search: a card number. Never paste these anywhere.' }
 * @example clean('declined', say) // { query: 'declined' }  (the note stays as it was)
 * @example clean('  ', say) // { query: '  ', note: null }
 */
export function clean(typed: string, say: Say): Cleaned {
  const { text, removed } = scrubQuery(typed);
  if (removed.length) {
    const items = removed.map((kind) => say(`search.removed.${kind}`)).join(say('search.removedJoin'));
    return { query: text, note: say('search.removed', { items }) };
  }
  return typed.trim() ? { query: text } : { query: text, note: null };
}

/** Where the panel is: nothing to search, waiting for the engine, an outcome, or a failure. */
export type Phase =
  | 'cleared'
  | 'loading'
  | 'error'
  /** `early`: the lookup table's hit, shown while the rest of the results load. */
  | { outcome: SearchOutcome; early?: boolean };

export interface ResultItem {
  title: string;
  /** The result's address, asking the page to highlight the terms searched (not for a decline hit). */
  url: string;
  /** How the lookup matched this decline entry: `official` when it is an exact match. */
  badge?: { text: string; official: boolean };
  topic?: string;
  /** The day the page was last reviewed, YYYY-MM-DD (the page formats it in its language). */
  reviewed?: string;
  /** The excerpt as safe HTML (only <mark>), or unset. */
  excerpt?: string;
  sections: { title: string; url: string }[];
}

export interface ResultsView {
  items: ResultItem[];
  /** The query the results are for (data-query on the list); unset leaves it as it was. */
  query?: string;
  /** Whether the "no results" help shows. */
  empty: boolean;
  /** The "report a message we do not list" link, unless the catalogue lists the message exactly. */
  report?: { href: string; text: string; warning: string };
}

export interface PanelView {
  status: string;
  /** What the list, the help and the report link show; unset leaves them as they are. */
  results?: ResultsView;
}

/**
 * What the panel shows in a phase for a (cleaned) query; the report link goes to the address
 * site.config.ts configures.
 * @example present('loading', 'card', say) // { status: 'Searching…' }
 * @example present({ outcome }, 'card', say).status // '3 results' (3 hits, more: false)
 */
export function present(phase: Phase, query: string, say: Say): PanelView {
  if (phase === 'cleared') return { status: '', results: { items: [], empty: false } };
  if (phase === 'loading') return { status: say('search.loading') };
  if (phase === 'error') return { status: say('search.error') };
  const { more, hits, decline, terms } = phase.outcome;
  const total = hits.length;
  const status = phase.early
    ? say('search.loading')
    : total === 0
      ? say('search.noResults', { query: query.trim().slice(0, 100) })
      : more
        ? say('search.resultsMore', { count: total })
        : total === 1
          ? say('search.oneResult')
          : say('search.results', { count: total });
  const highlight = terms.join(' ');
  const items = hits.map((hit): ResultItem => {
    const item: ResultItem = {
      title: hit.title,
      url: hit.exact || !highlight ? hit.url : withHighlight(hit.url, highlight),
      reviewed: hit.reviewed,
      sections: hit.sections.map((s) => ({ title: s.title, url: highlight ? withHighlight(s.url, highlight) : s.url })),
    };
    if (hit.exact) {
      const official = isExact(hit.exact);
      item.badge = { text: say(official ? 'decline.lookupMatch' : 'decline.lookupClose'), official };
    }
    if (hit.topic) item.topic = hit.topic;
    if (hit.excerpt) item.excerpt = safeExcerpt(hit.excerpt);
    return item;
  });
  const results: ResultsView = { items, query, empty: total === 0 };
  // A message the catalogue lists exactly needs no report; anything else may be one we lack.
  if (!(decline && isExact(decline.by))) {
    results.report = { href: reportUrl(query), text: say('decline.report'), warning: say('decline.reportWarning') };
  }
  return { status, results };
}

/**
 * The decline entry an exact message names, as a first result, from the lookup table alone
 * (before Pagefind has loaded). `more` is set: the rest of the results follow.
 * @example lookupOutcome(lookup, 'card_declined', 'en')?.hits[0] // { url: '/en/declines/generic-decline/', title: 'Your card was declined.', exact: 'code', … }
 */
export function lookupOutcome(lookup: DeclineLookupData, query: string, locale: Locale): SearchOutcome | undefined {
  const decline = findDecline(lookup.entries, query);
  if (!decline) return undefined;
  const url = localePath(locale, `declines/${decline.id}`);
  const title = lookup.titles[decline.id]?.[locale] ?? decline.id;
  return {
    query,
    terms: [],
    removed: [],
    more: true,
    hits: [{ url, title, excerpt: '', topic: undefined, sections: [], exact: decline.by }],
    decline,
  };
}

/** The address as the page has it (`location`'s parts). */
export interface Address {
  pathname: string;
  search: string;
  hash: string;
}

/** A history write: `history[method](state, '', url)`. */
export type HistoryWrite = [method: 'pushState' | 'replaceState', state: { submitted: boolean }, url: string];

/**
 * What the address and the history should carry for a query and topic. One history entry per
 * query: Enter (`push`) marks the current entry as submitted; a different query after that starts
 * a new entry (then rewrites only that one), so Back returns to the query submitted before,
 * however long the reader paused while typing.
 * @example addressStep({ pathname: '/en/search/', search: '?q=card', hash: '' }, 'card declined', '', false, true) // ['pushState', { submitted: false }, '/en/search/?q=card+declined']
 */
export function addressStep(current: Address, query: string, topic: string, push: boolean, submitted: boolean): HistoryWrite {
  const params = new URLSearchParams(current.search);
  if (query.trim()) params.set('q', query);
  else params.delete('q');
  if (topic) params.set('topic', topic);
  else params.delete('topic');
  const url = `${current.pathname}${params.size ? `?${params}` : ''}${current.hash}`;
  const same = url === current.pathname + current.search + current.hash;
  return [!same && submitted ? 'pushState' : 'replaceState', { submitted: push || (submitted && same) }, url];
}

/**
 * The search part the language switch links carry: the query only (topics are named per language).
 * @example languageSearch('?q=card&topic=API') // '?q=card'
 */
export function languageSearch(search: string): string {
  const q = new URLSearchParams(search).get('q');
  return q ? `?${new URLSearchParams({ q })}` : '';
}

/**
 * The query an address carries (at most 500 characters, as the box takes).
 * @example queryFromAddress('?q=card+declined&topic=API') // 'card declined'
 */
export function queryFromAddress(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_QUERY);
}

/**
 * The topics to offer, sorted, from Pagefind's filter counts; none when fewer than two.
 * @example topicOptions({ topic: { cards: 4, api: 2 } }) // [['api', 'api (2)'], ['cards', 'cards (4)']]
 */
export function topicOptions(filters: Record<string, Record<string, number>>): [name: string, label: string][] {
  const topics = Object.entries(filters['topic'] ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return topics.length < 2 ? [] : topics.map(([name, count]) => [name, `${name} (${count})`]);
}
