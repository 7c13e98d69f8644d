import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { findDecline, type LookupEntry, type LookupMatch } from '../declines/lookup';
import { normalizeQuery } from './normalize';

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
  total: number;
  hits: SearchHit[];
  /** The decline entry the text matched, if any. */
  decline: LookupMatch | undefined;
}

export interface SearchOptions {
  locale: Locale;
  lookup?: DeclineLookupData | undefined;
  limit?: number;
  filters?: Record<string, string | string[]>;
}

/**
 * The one query pipeline behind the search page, the decline lookup box and the tests:
 * normalise; match the decline catalogue without word segmentation; search Pagefind; put the
 * decline entry first and drop its duplicate; load the first `limit` results in rank order.
 */
export async function runSearch(pagefind: PagefindApi, raw: string, options: SearchOptions): Promise<SearchOutcome> {
  const { locale, lookup, limit = 10, filters } = options;
  const query = normalizeQuery(raw);
  if (!query) return { query, total: 0, hits: [], decline: undefined };

  const decline = lookup ? findDecline(lookup.entries, raw) : undefined;
  const declineHit: SearchHit | undefined = decline && {
    url: localePath(locale, `declines/${decline.id}`),
    title: lookup!.titles[decline.id]?.[locale] ?? decline.id,
    excerpt: '',
    topic: undefined,
    sections: [],
    exact: decline.by,
  };

  const response = await pagefind.search(query, filters ? { filters } : {});
  const results = response?.results ?? [];
  const data = await Promise.all(results.slice(0, limit + 1).map((r) => r.data()));
  const found: SearchHit[] = data.map((d) => ({
    url: d.url,
    title: d.meta['title'] ?? d.url,
    excerpt: d.excerpt,
    topic: d.meta['topic'],
    sections: (d.sub_results ?? []).filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3),
  }));
  if (!declineHit) return { query, total: results.length, hits: found.slice(0, limit), decline };

  const own = found.find((h) => h.url === declineHit.url);
  const rest = found.filter((h) => h.url !== declineHit.url);
  const first = own ? { ...own, exact: declineHit.exact } : declineHit;
  return { query, total: results.length + (own ? 0 : 1), hits: [first, ...rest].slice(0, limit), decline };
}
