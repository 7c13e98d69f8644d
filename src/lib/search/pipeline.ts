import type { Locale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { findDecline, type LookupEntry, type LookupMatch } from '../declines/lookup';
import { normalizeQuery } from './normalize';
import { analyzeQuery, PRODUCT, readsAsQuestion, type QueryTerm, type SearchVocabulary } from './analyze';
import { scrubQuery, type Removed } from './scrub';
import { makeExcerpt, markTerms } from './excerpt';
import { isAlias, pageOf } from './aliases';
import * as ranking from './ranking';

/** The part of Pagefind's browser API the pipeline uses (the same object works in Node tests). */
export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] } | null>;
  /** Every filter value in the index with its page count (`{ topic: { Guides: 12 } }`): the topic filter's options. */
  filters?(): Promise<Record<string, Record<string, number>>>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text (Pagefind joins headings and blocks to what follows with ". "). */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: { title: string; url: string; excerpt: string }[];
  /** Every element with an id on the page: its section headings and FAQ questions among them. */
  anchors?: { element: string; id: string; text: string }[];
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
  /** The day the page was last reviewed (YYYY-MM-DD, its `reviewed` meta), when the index has it. */
  reviewed?: string | undefined;
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
    size = pagefind.search(null).then(
      (r) => r?.results.length ?? 0,
      () => 0,
    );
    sizes.set(pagefind, size);
  }
  return size;
}

/**
 * Term weights for a longer query, balanced around the query's median term (the caps are in
 * `ranking`). A product name or one of the site's own terms ("card", "declined", 被拒) counts at
 * least the median, however many pages use it (nearly every page here says "card declined", yet a
 * reader who writes it means it), and at most twice the median. A word of the reader's own counts
 * at most the median: a rare word used in passing ("trial", 翻倍) must not outweigh what the
 * question is about.
 * @example balance([0.5, 0.6, 3], [{ text: 'api', weight: 1 }, { text: '调用', weight: 0.5 }, { text: '收费', weight: 1 }]) // [0.6, 0.6, 1.2]
 * @example balance([0.2, 0.6, 3], [{ text: 'card', weight: 1 }, { text: 'declined', weight: 1 }, { text: 'trial', weight: 0.5 }]) // [0.6, 0.6, 0.6]
 */
export function balance(rarity: readonly number[], terms: readonly QueryTerm[], found?: readonly boolean[]): number[] {
  const sorted = rarity.filter((_, i) => found?.[i] ?? true).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  return rarity.map((r, i) => {
    const site = PRODUCT.test(terms[i]?.text ?? '') || (terms[i]?.weight ?? 0) >= ranking.siteTermWeight;
    return site
      ? Math.max(Math.min(r, ranking.siteTermCeiling * median), ranking.siteTermFloor * median)
      : Math.min(r, ranking.ownWordCeiling * median);
  });
}

/**
 * Results for the whole query; when it finds fewer than `ranking.enough`, or the query has
 * `ranking.relaxFrom` terms or more, a relaxed ranking over each term alone: a page matching more, and rarer, terms ranks
 * higher. Each term counts by its inverse document frequency (a word on every page counts for
 * almost nothing) times its weight, balanced (see `balance`), scaled by how central it is to
 * the page (its Pagefind score against the term's best page).
 */
async function rankedResults(pagefind: PagefindApi, terms: QueryTerm[], filters: SearchOptions['filters']): Promise<Ranked> {
  const options = filters ? { filters } : {};
  const all = (await pagefind.search(terms.map((t) => t.text).join(' '), options))?.results ?? [];
  if (terms.length < 2 || (all.length >= ranking.enough && terms.length < ranking.relaxFrom)) {
    const top = all[0]?.score || 1;
    return { results: all.map((result) => ({ result, score: result.score / top })), importance: terms.map((t) => t.weight) };
  }
  const perTerm = await Promise.all(terms.map((term) => searchTerm(pagefind, term, options)));
  const docs = Math.max(ranking.minIndexSize, ...perTerm.map((r) => r.length), await indexSize(pagefind));
  // BM25's inverse document frequency: never negative, and a term on half the pages still counts a little.
  const rarity = perTerm.map((results, i) => terms[i]!.weight * Math.log(1 + (docs - results.length + 0.5) / (results.length + 0.5)));
  // A term that finds nothing neither scores nor sets the median the others are held to.
  const importance = balance(
    rarity,
    terms,
    perTerm.map((r) => r.length > 0),
  );
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
 * The results for one term and the site's words for it (`also`), each result once, scored
 * against its own word's best page (a synonym's at `ranking.synonymWeight`), best first.
 */
async function searchTerm(
  pagefind: PagefindApi,
  term: QueryTerm,
  options: { filters?: Record<string, string | string[]> },
): Promise<PagefindResult[]> {
  const own = (await pagefind.search(term.text, options))?.results ?? [];
  if (!term.also?.length) return own;
  const lists = [own, ...(await Promise.all(term.also.map(async (s) => (await pagefind.search(s, options))?.results ?? [])))];
  const best = new Map<string, PagefindResult>();
  lists.forEach((results, i) => {
    const top = results[0]?.score || 1;
    for (const r of results) {
      const score = (r.score / top) * (i === 0 ? 1 : ranking.synonymWeight);
      if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { ...r, score });
    }
  });
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * A title says what a page is about: the share of the query's importance whose terms appear in
 * the title (a Latin term at the start of a word, a Chinese term anywhere).
 * @example titleCoverage('Card declined? Why payments fail', ['card', 'paypal'], [1, 3]) // 0.25
 * @example titleCoverage('Pre-paid cards are not supported', ['prepaid'], [1]) // 1
 */
export function titleCoverage(title: string, terms: readonly (string | readonly string[])[], importance: readonly number[]): number {
  const lower = title.toLowerCase();
  const total = importance.reduce((a, b) => a + b, 0);
  if (!total) return 0;
  // "Pre-paid cards" holds "prepaid".
  const forms = [lower, lower.replace(/(\p{L})-(?=\p{L})/gu, '$1')];
  const holds = (text: string, term: string) => {
    // A two-character Chinese term also as people split it (充钱 in 多充点钱, 扣钱 in 扣了钱).
    if (/^\p{Script=Han}{2}$/u.test(term) && new RegExp(`${term[0]}[了过点个次]${term[1]}`, 'u').test(text)) return true;
    const at = text.indexOf(term);
    return at !== -1 && (/\p{Script=Han}/u.test(term) || at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!));
  };
  let covered = 0;
  terms.forEach((term, i) => {
    // A term given with the site's words for it is in the title if any of them is.
    const words = typeof term === 'string' ? [term] : term;
    if (forms.some((text) => words.some((word) => holds(text, word)))) covered += importance[i] ?? 0;
  });
  return covered / total;
}

/**
 * The best share of the query's importance found in one section heading or FAQ question of the
 * page: a reader's question often has the words of the question the page answers.
 */
export function headingCoverage(
  d: Pick<PagefindResultData, 'anchors'>,
  terms: readonly (string | readonly string[])[],
  importance: readonly number[],
): number {
  // A heading that holds only product names ("开了 ChatGPT Plus…") says nothing about the question.
  const subject = terms.map((t) => (typeof t === 'string' ? [t] : t)).filter((t) => !PRODUCT.test(t[0]!));
  const subjectImportance = importance.filter((_, i) => !PRODUCT.test((typeof terms[i] === 'string' ? terms[i] : terms[i]![0]) as string));
  let best = 0;
  for (const a of d.anchors ?? []) {
    if (!/^h[2-4]$/.test(a.element) || !titleCoverage(a.text, subject, subjectImportance)) continue;
    best = Math.max(best, titleCoverage(a.text, terms, importance));
  }
  return best;
}

/** Decline entries are short: their sections ("What it means", "What to do") add nothing to a result. */
const isDeclineEntry = (url: string) => /\/declines\/[^/]+\/$/.test(pageOf(url));

/**
 * A result as the page shows it: a readable excerpt (see makeExcerpt), the page's sections.
 * With `lead` (the decline entry a pasted message matched), the excerpt is the entry's summary.
 */
function toHit(d: PagefindResultData, terms: string[], lead = false): SearchHit {
  const alias = isAlias(d.meta);
  const title = d.meta['title'] ?? d.url;
  const url = alias ? pageOf(d.url) : d.url;
  return {
    url,
    title,
    // An alias record's text is a list of phrasings, never shown: its page's description stands in.
    excerpt: alias || !d.content ? markTerms(d.meta['description'] ?? '', terms) : makeExcerpt(d.content, terms, title, { lead }),
    topic: d.meta['topic'],
    reviewed: d.meta['reviewed'],
    sections: isDeclineEntry(url)
      ? []
      : (d.sub_results ?? [])
          .filter((sub) => sub.url !== d.url && sub.url.includes('#'))
          .slice(0, 3)
          .map(({ title, url }) => ({ title, url })),
  };
}

/** How many results are re-scored with their titles before the first are shown (see `ranking`). */
const windowFor = (limit: number) => Math.max(ranking.rerankWindow, limit + ranking.rerankBeyondLimit);

const EMPTY = { more: false, hits: [], decline: undefined, terms: [] };

/**
 * The one query pipeline behind the search page, the decline lookup box and the tests:
 * remove personal data; normalise; match the decline catalogue without word segmentation;
 * analyse the query into the site's own terms (a query with none finds nothing rather than
 * something unrelated); search Pagefind (relaxing to single terms when the whole query finds
 * too little); merge alias records into their pages; put the decline entry first.
 */
export async function runSearch(pagefind: PagefindApi, raw: string, options: SearchOptions): Promise<SearchOutcome> {
  const { locale, lookup, vocabulary, limit = ranking.limit, filters } = options;
  const { text, removed } = scrubQuery(raw.slice(0, 2000));
  const query = normalizeQuery(text);
  if (!query) return { query, removed, ...EMPTY };

  const decline = lookup ? findDecline(lookup.entries, text) : undefined;
  const analyzed = analyzeQuery(query, vocabulary);
  const terms = analyzed.map((t) => t.text);
  const forms = analyzed.map((t) => [t.text, ...(t.also ?? [])]);
  const question = analyzed.length >= ranking.questionMinTerms && readsAsQuestion(query);
  const { results, importance } = analyzed.length ? await rankedResults(pagefind, analyzed, filters) : { results: [], importance: [] };

  // The record table knows each record's title but not its headings, so a question (which also
  // scores a page's headings and FAQ questions) is ranked from the fragments.
  if (options.records && !question && results.every((r) => options.records![r.result.id])) {
    return shownFromTable(pagefind, options.records, { query, terms, forms, removed, decline, results, importance, locale, lookup, limit });
  }

  // A page can match through its own text and its alias records: results are loaded (the first
  // windowFor(limit) at once, whatever the limit, so a page shows the same order as the tests) until
  // `limit` distinct pages are found, so the count is of pages. Each page keeps its best score,
  // plus up to ranking.titleWeight for the query's terms in its title and, for a question, up to
  // ranking.headingWeight for them in one of its headings or FAQ questions (from the page's own record,
  // whichever of its records comes first).
  const byPage = new Map<string, { hit: SearchHit; score: number; heading: number }>();
  const pageData = new Map<string, PagefindResultData>();
  const add = (d: PagefindResultData, score: number) => {
    const hit = toHit(d, terms);
    const own = !isAlias(d.meta);
    if (own) pageData.set(hit.url, d);
    const heading = question && own ? ranking.headingWeight * headingCoverage(d, forms, importance) : 0;
    const existing = byPage.get(hit.url);
    if (!existing) {
      byPage.set(hit.url, { hit, score: score + ranking.titleWeight * titleCoverage(hit.title, forms, importance) + heading, heading });
      return;
    }
    if (heading > existing.heading) Object.assign(existing, { score: existing.score + heading - existing.heading, heading });
    // Prefer the page's own excerpt and sections over its alias record's.
    if (own && existing.hit.sections.length === 0) Object.assign(existing.hit, { excerpt: hit.excerpt, sections: hit.sections });
  };
  const first = results.slice(0, windowFor(limit));
  (await Promise.all(first.map((r) => r.result.data()))).forEach((d, i) => add(d, first[i]!.score));
  let loaded = first.length;
  for (; loaded < results.length && byPage.size < limit; loaded++) add(await results[loaded]!.result.data(), results[loaded]!.score);
  const ranked = [...byPage.values()].sort((a, b) => b.score - a.score).map((p) => p.hit);
  const hits = ranked.slice(0, limit);
  const more = ranked.length > limit || loaded < results.length;

  if (decline && lookup) {
    const url = localePath(locale, `declines/${decline.id}`);
    const entry = await matchedEntry(pagefind, url, decline, lookup, locale, pageData.get(url), terms);
    const all = [entry, ...ranked.filter((h) => h.url !== url)];
    return { query, terms, removed, more: more || all.length > limit, hits: all.slice(0, limit), decline };
  }
  return { query, terms, removed, more, hits, decline };
}

/**
 * runSearch's ranking and outcome, read from the record table instead of the fragments: the same
 * pages in the same order with the same text, but only the fragments of the pages shown (and of
 * the matched decline entry) are loaded, in parallel.
 */
async function shownFromTable(
  pagefind: PagefindApi,
  records: RecordTable,
  context: Pick<SearchOutcome, 'query' | 'terms' | 'removed' | 'decline'> &
    Ranked & { forms: string[][]; locale: Locale; lookup: DeclineLookupData | undefined; limit: number },
): Promise<SearchOutcome> {
  const { query, terms, forms, removed, decline, results, importance, locale, lookup, limit } = context;
  type Result = Ranked['results'][number];
  // Per page: the first record found (its score, title and topic) and the page's own record,
  // whose excerpt and sections are shown when it was found too.
  const pages = new Map<string, { first: Result; own: Result | undefined; title: string; topic: string; score: number }>();
  const note = (r: Result) => {
    const [url, title, topic, alias] = records[r.result.id]!;
    const page = alias ? pageOf(url) : url;
    const known = pages.get(page);
    if (!known)
      pages.set(page, {
        first: r,
        own: alias ? undefined : r,
        title: title || url,
        topic,
        score: r.score + ranking.titleWeight * titleCoverage(title || url, forms, importance),
      });
    else if (!alias) known.own ??= r;
  };
  const window = Math.min(results.length, windowFor(limit));
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
    const entry = await matchedEntry(pagefind, entryUrl, decline, lookup, locale, entryData, terms);
    const all = 1 + order.filter(([url]) => url !== entryUrl).length;
    return { query, terms, removed, more: more || all > limit, hits: [entry, ...hits].slice(0, limit), decline };
  }
  return { query, terms, removed, more, hits, decline };
}

/**
 * The matched decline entry, to be shown first: from its own record when the query found it, else
 * found by its title, else its title alone; labelled with how the lookup matched it.
 */
async function matchedEntry(
  pagefind: PagefindApi,
  url: string,
  decline: NonNullable<SearchOutcome['decline']>,
  lookup: DeclineLookupData,
  locale: Locale,
  own: PagefindResultData | undefined,
  terms: string[],
): Promise<SearchHit> {
  const title = lookup.titles[decline.id]?.[locale] ?? decline.id;
  const entry = (own && toHit(own, terms, true)) ??
    (await entryHit(pagefind, url, title, terms)) ?? { url, title, excerpt: '', topic: undefined, sections: [] };
  entry.exact = decline.by;
  return entry;
}

/** The matched decline entry as a result, when the query's own results did not include it: found by its title. */
async function entryHit(pagefind: PagefindApi, url: string, title: string, terms: string[]): Promise<SearchHit | undefined> {
  const results = (await pagefind.search(title))?.results ?? [];
  for (const result of results.slice(0, ranking.entryLookahead)) {
    const d = await result.data();
    if (d.url === url) return toHit(d, terms, true);
  }
  return undefined;
}
