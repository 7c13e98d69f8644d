import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoized, pagefindFor } from '../helpers/pagefind';
import { distDir, root } from '../helpers/paths';
import type { Locale } from '../../src/i18n/locales';
import { runSearch, type PagefindApi, type RecordTable } from '../../src/lib/search/pipeline';

// The browser ranks with the index's record table (kb-records.<lang>_<tag>.json) and loads only
// the fragments of the results it shows; the tests and a reader without the table read every
// ranked fragment. Both must give the same outcome, for every query of both suites.
const json = (file: string) =>
  JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { queries: { id: string; lang: Locale; q: string }[] };
const queries = [...json('tests/search/queries.json').queries, ...json('tests/search/real-world.json').queries];
const lookup = JSON.parse(readFileSync(path.join(distDir, 'declines-lookup.json'), 'utf8'));
const vocabulary = JSON.parse(readFileSync(path.join(distDir, 'search-vocab.json'), 'utf8'));
const table = (locale: Locale) => {
  const file = readdirSync(path.join(distDir, 'pagefind')).find((f) => f.startsWith(`kb-records.${locale}_`))!;
  return JSON.parse(readFileSync(path.join(distDir, 'pagefind', file), 'utf8')) as RecordTable;
};

describe('the record table ranks as the fragments do', () => {
  it('lists every fragment the index holds', () => {
    const fragments = readdirSync(path.join(distDir, 'pagefind/fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    const ids = [...Object.keys(table('en')), ...Object.keys(table('zh-cn'))];
    expect(ids.sort()).toEqual(fragments.sort());
  });

  it('loads the fragments of the results shown only', async () => {
    const pagefind = await pagefindFor('zh-cn');
    let loads = 0;
    const counting = {
      search: async (...args: Parameters<typeof pagefind.search>) => {
        const found = await pagefind.search(...args);
        return found && { ...found, results: found.results.map((r) => ({ ...r, data: () => (loads++, r.data()) })) };
      },
    };
    const plain = await runSearch(counting, '预授权', { locale: 'zh-cn', lookup, vocabulary, limit: 5 });
    const plainLoads = loads;
    loads = 0;
    const tabled = await runSearch(counting, '预授权', { locale: 'zh-cn', lookup, vocabulary, limit: 5, records: table('zh-cn') });
    expect(tabled).toEqual(plain);
    expect(loads).toBe(tabled.hits.length);
    expect(loads).toBeLessThan(plainLoads);
  });

  it(`gives the same results for ${queries.length} queries, at 10 and at 5 results`, async () => {
    const differences: string[] = [];
    // Each index answers a term once: the two ways of ranking differ in what they do with the
    // answers, which is what is compared here, not in what Pagefind returns.
    const indexes = new Map<Locale, PagefindApi>();
    for (const q of queries) {
      if (!indexes.has(q.lang)) indexes.set(q.lang, memoized(await pagefindFor(q.lang)));
      const pagefind = indexes.get(q.lang)!;
      for (const limit of [10, 5]) {
        const plain = await runSearch(pagefind, q.q, { locale: q.lang, lookup, vocabulary, limit });
        const tabled = await runSearch(pagefind, q.q, { locale: q.lang, lookup, vocabulary, limit, records: table(q.lang) });
        if (JSON.stringify(tabled) !== JSON.stringify(plain)) differences.push(`${q.id} (${limit}): ${JSON.stringify(q.q)}`);
      }
    }
    expect(differences).toEqual([]);
  }, 300_000);
});
