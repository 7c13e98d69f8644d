import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { findDecline, type LookupEntry, type LookupMatch } from '../declines/lookup';
import { normalizeQuery } from './normalize';
import { analyzeQuery, type QueryTerm, type SearchVocabulary } from './analyze';
import { escapeHtml } from '../html';

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
  sections: { title: string; url: string; excerpt: string }[];
  /** Set when the decline lookup matched the text exactly, by code, or inside a longer paste. */
  exact?: LookupMatch['by'];
}

export interface SearchOutcome {
  /** The query after normalisation: what was actually searched. */
  query: string;
  /** Distinct pages found among the results loaded. */
  total: number;
  /** More results exist than were loaded: `total` is a lower bound. */
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

/**
 * The one query pipeline behind the search page, the decline lookup box and the tests:
 * normalise; match the decline catalogue without word segmentation; analyse the query into the
 * site's own terms; search Pagefind (relaxing to single terms when the whole query finds too
 * little); merge alias records into their pages; put the decline entry first.
 */
export async function runSearch(pagefind: PagefindApi, raw: string, options: SearchOptions): Promise<SearchOutcome> {
  const { locale, lookup, vocabulary, limit = 10, filters } = options;
  const query = normalizeQuery(raw);
  if (!query) return { query, total: 0, more: false, hits: [], decline: undefined };

  const decline = lookup ? findDecline(lookup.entries, raw) : undefined;
  const terms = analyzeQuery(query, vocabulary);
  const results = terms.length ? await rankedResults(pagefind, terms, filters, 3) : [];

  const hits: SearchHit[] = [];
  const byPage = new Map<string, SearchHit>();
  // A page can match through its own text and its alias records: load until `limit` distinct
  // pages are found (or the results run out), so the count shown is of pages, not records.
  // Fragments load in parallel: the first batch a couple more than the pages shown (a page and
  // its alias record often both match), then as many as pages are still missing.
  let loaded = 0;
  const batches = async function* () {
    while (hits.length < limit && loaded < results.length) {
      const batch = results.slice(loaded, loaded + limit - hits.length + (loaded ? 0 : 2));
      yield* await Promise.all(batch.map((r) => r.data()));
    }
  };
  for await (const d of batches()) {
    if (hits.length >= limit) break;
    loaded++;
    const page = pageOf(d.url);
    const alias = d.meta['kind'] === 'aliases';
    const hit: SearchHit = {
      url: alias ? page : d.url,
      title: d.meta['title'] ?? d.url,
      excerpt: alias ? escapeHtml(d.meta['description'] ?? '') : d.excerpt,
      topic: d.meta['topic'],
      sections: (d.sub_results ?? []).filter((sub) => sub.url !== d.url && sub.url.includes('#')).slice(0, 3),
    };
    const existing = byPage.get(page);
    if (existing) {
      // Keep the first rank; prefer the page's own excerpt and sections over alias text.
      if (!alias && existing.sections.length === 0) Object.assign(existing, { excerpt: hit.excerpt, sections: hit.sections });
      continue;
    }
    byPage.set(page, hit);
    hits.push(hit);
  }
  titleBoost(hits, terms);

  if (decline && lookup) {
    const url = localePath(locale, `declines/${decline.id}`);
    const own = byPage.get(url);
    const first: SearchHit = own ?? { url, title: lookup.titles[decline.id]?.[locale] ?? decline.id, excerpt: '', topic: undefined, sections: [] };
    first.exact = decline.by;
    const rest = hits.filter((h) => h !== own);
    const all = [first, ...rest];
    return { query, total: all.length, more: loaded < results.length, hits: all.slice(0, limit), decline };
  }
  return { query, total: hits.length, more: loaded < results.length, hits, decline };
}
