import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { searchSite } from '../helpers/pagefind';
import { hitAt, hitGroups, hitTable } from '../helpers/recall';
import { root } from '../helpers/paths';

interface Query {
  id: string;
  lang: Locale;
  q: string;
  expect: string[];
  category: string;
}

const suite = JSON.parse(readFileSync(path.join(root, 'tests/search/queries.json'), 'utf8')) as { queries: Query[] };

describe('search recall on the built index (same pipeline as the search page)', () => {
  it('finds the right page in the first three results for at least 97% of queries in each language', async () => {
    const rows: { q: Query; urls: string[] }[] = [];
    for (const q of suite.queries) {
      const outcome = await searchSite(q.lang, q.q, { limit: 5 });
      rows.push({ q, urls: outcome.hits.map((h) => h.url) });
    }

    const groups = hitGroups(rows, (q) => [`${q.lang} all`, `${q.lang} ${q.category}`]);
    const table = hitTable(groups, 24);
    const misses = rows
      .filter(({ q, urls }) => !hitAt(urls, q.expect, 3))
      .map(
        ({ q, urls }) =>
          `  MISS ${q.id} [${q.lang}/${q.category}] ${JSON.stringify(q.q)} → ${urls.slice(0, 3).join(' ') || '(nothing)'}; expected ${q.expect.join(' | ')}`,
      );
    const firstMisses = rows
      .filter(({ q, urls }) => hitAt(urls, q.expect, 3) && !hitAt(urls, q.expect, 1))
      .map(({ q, urls }) => `  not first ${q.id} ${JSON.stringify(q.q)} → ${urls[0]}`);
    console.log(
      ['Search recall', ...table, 'Misses at 3:', ...(misses.length ? misses : ['  none']), 'Right page not first:', ...firstMisses].join(
        '\n',
      ),
    );

    for (const lang of ['en', 'zh-cn']) {
      const g = groups.get(`${lang} all`)!;
      expect(g.n, `${lang} queries`).toBeGreaterThanOrEqual(60);
      expect(g.h3 / g.n, `${lang} hit@3`).toBeGreaterThanOrEqual(0.97);
    }
  }, 120_000);
});
