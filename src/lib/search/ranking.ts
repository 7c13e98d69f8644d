/**
 * The tuning numbers of search ranking, in one place so a change to them is reviewed as data.
 * Read as one object, `import * as ranking from './ranking'` (a module of constants rather than
 * an object literal: the bundler then writes each number where it is used, and the search
 * scripts carry no table of names). Read by query analysis (analyze.ts) and the pipeline
 * (pipeline.ts); the recall suites
 * (tests/search/recall.test.ts on queries.json, real-world.test.ts on real-world.json) print
 * hit@1 and hit@3 per language and kind, and are how a change here is judged. The effects noted
 * below are from the commits that set each number (`git log -S`); where a commit changed several
 * things at once, the figures are for all of them together.
 *
 * Tests must not restate these numbers: a test that needs one imports this module.
 */
// Query analysis (analyze.ts): how much each term of the query counts.

/**
 * Weight of one of the site's own terms (glossary terms and short aliases, readers' keywords,
 * codes, product names), of a Chinese domain term, and of every term when the vocabulary has no
 * term list. A term at this weight or more also counts as a site term in `balance`.
 */
export const siteTermWeight = 1;
/**
 * Weight of a word of the reader's own, not one of the site's terms: in "两个 CC 账号 … 被封",
 * 被封 says what the question is about. Set with the site's term list and more filler in 1247f8e
 * (questions hit@3 en 78.9% → 84.2%, zh-cn 77.9% → 83.8%).
 */
export const ownWordWeight = 0.5;
/**
 * Weight of Chinese single characters joined by guess (no dictionary knew the run): they count,
 * but less than a known word. From the first ranking (7967133).
 */
export const guessWeight = 0.3;
/**
 * A long paste keeps this many terms (7967133); the most telling first (site terms, product
 * names and codes) since 3fe82d9.
 */
export const maxTerms = 10;

// Pagefind results (pipeline.ts, rankedResults).

/**
 * A query of fewer than `relaxFrom` terms that finds at least this many results takes
 * Pagefind's order for the whole query; otherwise each term is searched alone and the results
 * ranked over the terms (7967133).
 */
export const enough = 3;
/** A query of this many terms or more is always ranked over its terms, however much the whole query finds (7967133). */
export const relaxFrom = 3;
/**
 * The least number of records the inverse document frequency assumes the index holds, so a
 * term's rarity means something in a small index (the test fixtures): 7967133.
 */
export const minIndexSize = 40;
/**
 * How much a page found by the site's word for a reader's word (被封 → 封号) counts against one
 * found by the reader's own word. Set with `headingWeight` in 3abdd50 (questions hit@3 en
 * 84.2% → 86.0%, zh-cn 83.8% → 91.2%).
 */
export const synonymWeight = 0.8;

// balance (pipeline.ts): term importance around the query's median term, set in 056c24f with
// rarity times centrality (recall hit@1 en 89.7% → 93.1%, zh-cn 89.2% → 92.5%; real-world
// message hit@3 en 91% → 95.5%, zh-cn 92% → 93%).

/** A site term or product name counts at most this many times the median: a rare word cannot outweigh the rest. */
export const siteTermCeiling = 2;
/** A site term or product name counts at least this many times the median, however many pages use it ("card declined"). */
export const siteTermFloor = 1;
/** A word of the reader's own counts at most this many times the median: a rare word used in passing ("trial", 翻倍). */
export const ownWordCeiling = 1;

// Re-scoring the first results (pipeline.ts, runSearch and shownFromTable); the best page scores 1.

/**
 * Added to a page's score for the share of the query's importance found in its title (9655815,
 * which replaced moving the top five by a place or two).
 */
export const titleWeight = 1;
/**
 * Added to a page's score, for a question of `questionMinTerms` terms or more, for the share of
 * the query's importance found in its best section heading or FAQ question (3abdd50, with
 * `synonymWeight`).
 */
export const headingWeight = 0.6;
/** A question needs this many terms for its headings to count (3abdd50). */
export const questionMinTerms = 3;
/**
 * How many results are re-scored with their titles before the first are shown, whatever the
 * limit, so the page (limit 10), the header box (5) and the suites rank alike (47e31cb).
 */
export const rerankWindow = 15;
/** With a larger limit, the window is the limit plus this many (9655815). */
export const rerankBeyondLimit = 5;
/** How many results are shown when the caller does not say. */
export const limit = 10;
/** How many results of a search for the matched decline entry's title are checked for the entry, when the query's own results lack it (554dbbb). */
export const entryLookahead = 10;
