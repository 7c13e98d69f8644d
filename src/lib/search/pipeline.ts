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
    term: string | null,
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
  /** The index's record table: with it, only the fragments of the results shown are loaded. */
  records?: RecordTable | undefined;
  limit?: number;
  filters?: Record<string, string | string[]>;
}

/**
 * /pagefind/kb-records.<lang>_<tag>.json (written by src/integrations/pagefind.ts): what the
 * ranking needs of each index record (its URL, title, topic and whether it is an alias record),
 * by Pagefind's result id. Without it the ranking reads the same from the records' fragments,
 * which are whole pages: 15 of them for a first screen of 5.
 */
export type RecordTable = Record<string, [url: string, title: string, topic: string, alias: 0 | 1]>;

type PagefindResult = NonNullable<Awaited<ReturnType<PagefindApi['search']>>>['results'][number];

interface Ranked {
  results: { result: PagefindResult; score: number }[];
  /** How much each term counts (its weight times its inverse document frequency), in query order. */
  importance: number[];
}

const sizes = new WeakMap<PagefindApi, Promise<number>>();
/** How many records the index holds (Pagefind returns every record for a null search). */
function indexSize(pagefind: PagefindApi): Promise<number> {
  let size = sizes.get(pagefind);
  if (!size) {
    size = pagefind.search(null).then((r) => r?.results.length ?? 0, () => 0);
    sizes.set(pagefind, size);
  }
  return size;
}

/** Product and plan names: common on the site, but a reader who types one says which product they mean. */
const PRODUCT = /^(?:openai|chatgpt|claude|anthropic|api|plus|pro|max|team)$/;

/**
 * Term weights for a longer query, balanced: no term counts more than twice the query's median
 * term (a rare word the reader used in passing, or a synonym the site does not use, must not
 * outweigh the rest of the question), and a product name counts at least as much as the median.
 * @example balance([0.5, 0.6, 3], [{ text: 'api', weight: 1 }, { text: '调用', weight: 1 }, { text: '收费', weight: 1 }]) // [0.6, 0.6, 1.2]
 */
export function balance(rarity: readonly number[], terms: readonly QueryTerm[]): number[] {
  const sorted = [...rarity].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return rarity.map((r, i) => Math.max(Math.min(r, 2 * median), PRODUCT.test(terms[i]?.text ?? '') ? median : 0));
}

/**
 * Results for the whole query; when it finds fewer than `enough`, or the query has three terms
 * or more, a relaxed ranking over each term alone: a page matching more, and rarer, terms ranks
 * higher. Each term counts by its inverse document frequency (a word on every page counts for
 * almost nothing) times its weight, balanced (see `balance`), scaled by how central it is to
 * the page (its Pagefind score against the term's best page).
 */
async function rankedResults(pagefind: PagefindApi, terms: QueryTerm[], filters: SearchOptions['filters'], enough: number): Promise<Ranked> {
  const options = filters ? { filters } : {};
  const all = (await pagefind.search(terms.map((t) => t.text).join(' '), options))?.results ?? [];
  if (terms.length < 2 || (all.length >= enough && terms.length < 3)) {
    const top = all[0]?.score || 1;
    return { results: all.map((result) => ({ result, score: result.score / top })), importance: terms.map((t) => t.weight) };
  }
  const perTerm = await Promise.all(terms.map(async (term) => (await pagefind.search(term.text, options))?.results ?? []));
  const docs = Math.max(40, ...perTerm.map((r) => r.length), await indexSize(pagefind));
  // BM25's inverse document frequency: never negative, and a term on half the pages still counts a little.
  const rarity = perTerm.map((results, i) => terms[i]!.weight * Math.log(1 + (docs - results.length + 0.5) / (results.length + 0.5)));
  const importance = balance(rarity, terms);
  const scores = new Map<string, { result: PagefindResult; score: number }>();
  perTerm.forEach((results, i) => {
    const top = results[0]?.score || 1;
    for (const result of results) {
      const entry = scores.get(result.id) ?? { result, score: 0 };
      entry.score += importance[i]! * (result.score / top);
      scores.set(result.id, entry);
    }
  });
  const ranked = [...scores.values()].sort((a, b) => b.score - a.score);
  const best = ranked[0]?.score || 1;
  return { results: ranked.map((e) => ({ result: e.result, score: e.score / best })), importance };
}

/**
 * A title says what a page is about: the share of the query's importance whose terms appear in
 * the title (a Latin term at the start of a word, a Chinese term anywhere).
 * @example titleCoverage('Card declined? Why payments fail', ['card', 'paypal'], [1, 3]) // 0.25
 * @example titleCoverage('Pre-paid cards are not supported', ['prepaid'], [1]) // 1
 */
export function titleCoverage(title: string, terms: readonly string[], importance: readonly number[]): number {
  const lower = title.toLowerCase();
  const total = importance.reduce((a, b) => a + b, 0);
  if (!total) return 0;
  // "Pre-paid cards" holds "prepaid".
  const forms = [lower, lower.replace(/(\p{L})-(?=\p{L})/gu, '$1')];
  const holds = (text: string, term: string) => {
    const at = text.indexOf(term);
    return at !== -1 && (/\p{Script=Han}/u.test(term) || at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!));
  };
  let covered = 0;
  terms.forEach((term, i) => {
    if (forms.some((text) => holds(text, term))) covered += importance[i] ?? 0;
  });
  return covered / total;
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

/** How much a title holding every query term adds to a page's score (the best page scores 1). */
const TITLE_WEIGHT = 1;
/** How many results are scored with their titles before the first are shown. */
const RERANK_WINDOW = 15;

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
  const { results, importance } = analyzed.length ? await rankedResults(pagefind, analyzed, filters, 3) : { results: [], importance: [] };

  if (options.records && results.every((r) => options.records![r.result.id])) {
    return shownFromTable(pagefind, options.records, { query, terms, removed, decline, results, importance, locale, lookup, limit });
  }

  // A page can match through its own text and its alias records: results are loaded (the first
  // RERANK_WINDOW at once, whatever the limit, so a page shows the same order as the tests) until
  // `limit` distinct pages are found, so the count is of pages. Each page keeps its best score,
  // plus up to TITLE_WEIGHT for the query's terms in its title.
  const byPage = new Map<string, { hit: SearchHit; score: number }>();
  const pageData = new Map<string, PagefindResultData>();
  const add = (d: PagefindResultData, score: number) => {
    const hit = toHit(d, terms);
    if (d.meta['kind'] !== 'aliases') pageData.set(hit.url, d);
    const existing = byPage.get(hit.url);
    if (!existing) byPage.set(hit.url, { hit, score: score + TITLE_WEIGHT * titleCoverage(hit.title, terms, importance) });
    // Prefer the page's own excerpt and sections over its alias record's.
    else if (d.meta['kind'] !== 'aliases' && existing.hit.sections.length === 0) Object.assign(existing.hit, { excerpt: hit.excerpt, sections: hit.sections });
  };
  const first = results.slice(0, Math.max(RERANK_WINDOW, limit + 5));
  (await Promise.all(first.map((r) => r.result.data()))).forEach((d, i) => add(d, first[i]!.score));
  let loaded = first.length;
  for (; loaded < results.length && byPage.size < limit; loaded++) add(await results[loaded]!.result.data(), results[loaded]!.score);
  const ranked = [...byPage.values()].sort((a, b) => b.score - a.score).map((p) => p.hit);
  const hits = ranked.slice(0, limit);
  const more = ranked.length > limit || loaded < results.length;

  if (decline && lookup) {
    const url = localePath(locale, `declines/${decline.id}`);
    const title = lookup.titles[decline.id]?.[locale] ?? decline.id;
    const own = pageData.get(url);
    const entry = (own && toHit(own, terms, true)) ?? (await entryHit(pagefind, url, title, terms)) ?? { url, title, excerpt: '', topic: undefined, sections: [] };
    entry.exact = decline.by;
    const all = [entry, ...ranked.filter((h) => h.url !== url)];
    const shown = all.slice(0, limit);
    return { query, terms, removed, total: shown.length, more: more || all.length > limit, hits: shown, decline };
  }
  return { query, terms, removed, total: hits.length, more, hits, decline };
}

/**
 * runSearch's ranking and outcome, read from the record table instead of the fragments: the same
 * pages in the same order with the same text, but only the fragments of the pages shown (and of
 * the matched decline entry) are loaded, in parallel.
 */
async function shownFromTable(
  pagefind: PagefindApi,
  records: RecordTable,
  context: Pick<SearchOutcome, 'query' | 'terms' | 'removed' | 'decline'> & Ranked & { locale: Locale; lookup: DeclineLookupData | undefined; limit: number },
): Promise<SearchOutcome> {
  const { query, terms, removed, decline, results, importance, locale, lookup, limit } = context;
  type Result = Ranked['results'][number];
  // Per page: the first record found (its score, title and topic) and the page's own record,
  // whose excerpt and sections are shown when it was found too.
  const pages = new Map<string, { first: Result; own: Result | undefined; title: string; topic: string; score: number }>();
  const note = (r: Result) => {
    const [url, title, topic, alias] = records[r.result.id]!;
    const page = alias ? pageOf(url) : url;
    const known = pages.get(page);
    if (!known) pages.set(page, { first: r, own: alias ? undefined : r, title: title || url, topic, score: r.score + TITLE_WEIGHT * titleCoverage(title || url, terms, importance) });
    else if (!alias) known.own ??= r;
  };
  const window = Math.min(results.length, Math.max(RERANK_WINDOW, limit + 5));
  results.slice(0, window).forEach(note);
  let loaded = window;
  for (; loaded < results.length && pages.size < limit; loaded++) note(results[loaded]!);
  const order = [...pages.entries()].sort((a, b) => b[1].score - a[1].score);
  const more = order.length > limit || loaded < results.length;
  const entryUrl = decline && lookup ? localePath(locale, `declines/${decline.id}`) : undefined;
  const shown = order.filter(([url]) => url !== entryUrl).slice(0, entryUrl ? limit - 1 : limit);
  const entryOwn = entryUrl ? pages.get(entryUrl)?.own : undefined;
  const [entryData, ...data] = await Promise.all([entryOwn?.result.data(), ...shown.map(([, p]) => (p.own ?? p.first).result.data())]);
  const hits = shown.map(([, p], i): SearchHit => ({ ...toHit(data[i]!, terms), title: p.title, topic: p.topic || undefined }));

  if (decline && lookup && entryUrl) {
    const title = lookup.titles[decline.id]?.[locale] ?? decline.id;
    const entry = (entryData && toHit(entryData, terms, true)) ?? (await entryHit(pagefind, entryUrl, title, terms)) ?? { url: entryUrl, title, excerpt: '', topic: undefined, sections: [] };
    entry.exact = decline.by;
    const all = 1 + order.filter(([url]) => url !== entryUrl).length;
    const list = [entry, ...hits].slice(0, limit);
    return { query, terms, removed, total: list.length, more: more || all > limit, hits: list, decline };
  }
  return { query, terms, removed, total: hits.length, more, hits, decline };
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
