import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { findDecline, type LookupEntry, type LookupMatch } from '../declines/lookup';
import { normalizeQuery } from './normalize';
import { analyzeQuery, type QueryTerm, type SearchVocabulary } from './analyze';
import { scrubQuery, type Removed } from './scrub';
import { makeExcerpt, markTerms } from './excerpt';

/** The part of Pagefind's browser API the pipeline uses (the same object works in Node tests). */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string | string[]> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (Pagefind joins headings and blocks to what follows with ". "). */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

/** /declines-lookup.json: the exact-text lookup table and each entry's title per locale. */
export interface DeclineLookupData {
  entries: LookupEntry[];
  titles: Record<string, Record<Locale, string>>;
}

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  topic: string | undefined;
  sections: { title: string; url: string }[];
  /** Set on the decline entry the lookup matched, with how it matched (see `isExact`). */
  exact?: LookupMatch['by'];
}

export interface SearchOutcome {
  /** The query after personal data was removed and the text normalised: what was actually searched. */
  query: string;
  /** The terms searched for (what result links ask the target page to highlight). */
  terms: string[];
  /** Personal data removed from the query before anything else saw it. */
  removed: Removed[];
  /** Results shown: always `hits.length`. */
  total: number;
  /** More results exist than are shown. */
  more: boolean;
  hits: SearchHit[];
  /** The decline entry the text matched, if any. */
  decline: LookupMatch | undefined;
}

export interface SearchOptions {
  locale: Locale;
  lookup?: DeclineLookupData | undefined;
  vocabulary?: SearchVocabulary | undefined;
  limit?: number;
  filters?: Record<string, string | string[]>;
}

type PagefindResult = NonNullable<Awaited<ReturnType<PagefindApi['search']>>>['results'][number];

/**
 * Results for the whole query; when it finds fewer than `enough`, a relaxed ranking over each
 * term alone: a page matching more, and rarer, terms ranks higher. Each term counts by its
 * inverse document frequency (a word on every page counts for almost nothing) times its weight,
 * scaled by how central it is to the page (its Pagefind score against the term's best page).
 * A page matching every term already collects every weight, so the whole-query results need no bonus.
 */
async function rankedResults(
  pagefind: PagefindApi,
  terms: QueryTerm[],
  filters: SearchOptions['filters'],
  enough: number,
): Promise<PagefindResult[]> {
  const options = filters ? { filters } : {};
  const all = (await pagefind.search(terms.map((t) => t.text).join(' '), options))?.results ?? [];
  if (terms.length < 2 || (all.length >= enough && terms.length < 3)) return all;
  const perTerm = await Promise.all(terms.map(async (term) => (await pagefind.search(term.text, options))?.results ?? []));
  const pages = Math.max(40, ...perTerm.map((r) => r.length));
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  const add = (result: PagefindResult, score: number) => {
    const entry = scores.get(result.id) ?? { result, score: 0 };
    entry.score += score;
    scores.set(result.id, entry);
  };
  perTerm.forEach((results, i) => {
    const weight = terms[i]!.weight * Math.log((pages + 1) / (results.length + 0.5));
    const top = results[0]?.score || 1;
    for (const result of results) add(result, weight * (0.5 + 0.5 * (result.score / top)));
  });
  return [...scores.values()].sort((a, b) => b.score - a.score).map((e) => e.result);
}

/**
 * Titles weigh more than body mentions: among the first results, a page whose title holds more
 * of the query's terms moves up, by at most a couple of places (a stable re-rank, in place).
 */
function titleBoost(hits: SearchHit[], terms: QueryTerm[], window = 5, placesPerTitleMatch = 1.5): void {
  if (terms.length === 0 || hits.length < 2) return;
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  const head = hits.slice(0, window).map((hit, rank) => {
    const title = hit.title.toLowerCase();
    const covered = terms.reduce((sum, t) => sum + (title.includes(t.text) ? t.weight : 0), 0) / total;
    return { hit, key: rank - placesPerTitleMatch * covered };
  });
  head.sort((a, b) => a.key - b.key);
  hits.splice(0, head.length, ...head.map((h) => h.hit));
}

/** The page a result belongs to: alias records carry their page's URL plus a #search-… fragment. */
const pageOf = (url: string) => url.split('#')[0]!;
/** Decline entries are short: their sections ("What it means", "What to do") add nothing to a result. */
const isDeclineEntry = (url: string) => /\/declines\/[^/]+\/$/.test(pageOf(url));

/**
 * A result as the page shows it: a readable excerpt (see makeExcerpt), the page's sections.
 * With `lead` (the decline entry a pasted message matched), the excerpt is the entry's summary.
 */
function toHit(d: PagefindResultData, terms: string[], lead = false): SearchHit {
  const alias = d.meta['kind'] === 'aliases';
  const title = d.meta['title'] ?? d.url;
  const url = alias ? pageOf(d.url) : d.url;
  return {
    url,
    title,
    // An alias record's text is a list of phrasings, never shown: its page's description stands in.
    excerpt: alias || !d.content ? markTerms(d.meta['description'] ?? '', terms) : makeExcerpt(d.content, terms, title, { lead }),
    topic: d.meta['topic'],
    sections: isDeclineEntry(url)
      ? []
      : (d.sub_results ?? []).filter((sub) => sub.url !== d.url && sub.url.includes('#')).slice(0, 3).map(({ title, url }) => ({ title, url })),
  };
}

const EMPTY = { total: 0, more: false, hits: [], decline: undefined, terms: [] };

/**
 * The one query pipeline behind the search page, the decline lookup box and the tests:
 * remove personal data; normalise; match the decline catalogue without word segmentation;
 * analyse the query into the site's own terms (a query with none finds nothing rather than
 * something unrelated); search Pagefind (relaxing to single terms when the whole query finds
 * too little); merge alias records into their pages; put the decline entry first.
 */
export async function runSearch(pagefind: PagefindApi, raw: string, options: SearchOptions): Promise<SearchOutcome> {
  const { locale, lookup, vocabulary, limit = 10, filters } = options;
  const { text, removed } = scrubQuery(raw.slice(0, 2000));
  const query = normalizeQuery(text);
  if (!query) return { query, removed, ...EMPTY };

  const decline = lookup ? findDecline(lookup.entries, text) : undefined;
  const analyzed = analyzeQuery(query, vocabulary);
  const terms = analyzed.map((t) => t.text);
  const results = analyzed.length ? await rankedResults(pagefind, analyzed, filters, 3) : [];

  const hits: SearchHit[] = [];
  const byPage = new Map<string, SearchHit>();
  const pageData = new Map<string, PagefindResultData>();
  // A page can match through its own text and its alias records: load until `limit` distinct
  // pages are found (or the results run out), so the count shown is of pages, not records.
  let loaded = 0;
  for (const result of results) {
    if (hits.length >= limit) break;
    loaded++;
    const d = await result.data();
    const hit = toHit(d, terms);
    if (d.meta['kind'] !== 'aliases') pageData.set(hit.url, d);
    const existing = byPage.get(hit.url);
    if (existing) {
      // Keep the first rank; prefer the page's own excerpt and sections over its alias record's.
      if (d.meta['kind'] !== 'aliases' && existing.sections.length === 0) Object.assign(existing, { excerpt: hit.excerpt, sections: hit.sections });
      continue;
    }
    byPage.set(hit.url, hit);
    hits.push(hit);
  }
  titleBoost(hits, analyzed);

  if (decline && lookup) {
    const url = localePath(locale, `declines/${decline.id}`);
    const title = lookup.titles[decline.id]?.[locale] ?? decline.id;
    const own = pageData.get(url);
    const first = (own && toHit(own, terms, true)) ?? (await entryHit(pagefind, url, title, terms)) ?? { url, title, excerpt: '', topic: undefined, sections: [] };
    first.exact = decline.by;
    const all = [first, ...hits.filter((h) => h.url !== url)];
    const shown = all.slice(0, limit);
    return { query, terms, removed, total: shown.length, more: all.length > limit || loaded < results.length, hits: shown, decline };
  }
  return { query, terms, removed, total: hits.length, more: loaded < results.length, hits, decline };
}

/** The matched decline entry as a result, when the query's own results did not include it: found by its title. */
async function entryHit(pagefind: PagefindApi, url: string, title: string, terms: string[]): Promise<SearchHit | undefined> {
  const results = (await pagefind.search(title))?.results ?? [];
  for (const result of results.slice(0, 10)) {
    const d = await result.data();
    if (d.url === url) return toHit(d, terms, true);
  }
  return undefined;
}
