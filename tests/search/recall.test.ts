import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { searchSite } from '../helpers/pagefind';
import { root } from '../helpers/paths';

interface Query {
  id: string;
  lang: Locale;
  q: string;
  expect: string[];
  category: string;
}

const suite = JSON.parse(readFileSync(path.join(root, 'tests/search/queries.json'), 'utf8')) as { queries: Query[] };

/** hit@k for one query: one of the first k results is an expected page (by path prefix). */
const hitAt = (urls: string[], expected: string[], k: number) =>
  urls.slice(0, k).some((u) => expected.some((e) => new URL(u, 'http://x').pathname.startsWith(e)));

describe('search recall on the built index (same pipeline as the search page)', () => {
  it('finds the right page in the first three results for at least 97% of queries in each language', async () => {
    const rows: { q: Query; urls: string[] }[] = [];
    for (const q of suite.queries) {
      const outcome = await searchSite(q.lang, q.q, { limit: 5 });
      rows.push({ q, urls: outcome.hits.map((h) => h.url) });
    }

    const groups = new Map<string, { n: number; h1: number; h3: number }>();
    for (const { q, urls } of rows) {
      for (const key of [`${q.lang} all`, `${q.lang} ${q.category}`]) {
        const g = groups.get(key) ?? { n: 0, h1: 0, h3: 0 };
        g.n++;
        g.h1 += Number(hitAt(urls, q.expect, 1));
        g.h3 += Number(hitAt(urls, q.expect, 3));
        groups.set(key, g);
      }
    }
    const pct = (a: number, n: number) => `${((100 * a) / n).toFixed(1)}%`.padStart(6);
    const table = [...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, g]) => `${k.padEnd(24)} n=${String(g.n).padStart(3)}  hit@1 ${pct(g.h1, g.n)}  hit@3 ${pct(g.h3, g.n)}`);
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
