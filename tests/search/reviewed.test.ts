import { describe, expect, it } from 'vitest';
import { pagefindFor, searchSite } from '../helpers/pagefind';
import { reviewedPages } from '../helpers/content';
import { localeCodes } from '../../src/i18n/locales';
import { formatDate } from '../../src/i18n';
import { pageOf } from '../../src/lib/search/aliases';

// Search results show each page's review day, from its `reviewed` meta in the index.
const reviewed = reviewedPages();

describe('review days in the search index', () => {
  it.each(localeCodes)(
    '%s: every record of a guide or entry (its alias records too) carries its page’s day, never as text',
    async (locale) => {
      const pagefind = await pagefindFor(locale);
      const records = await Promise.all(((await pagefind.search(null))?.results ?? []).map((r) => r.data()));
      const dated = records.filter((d) => reviewed.has(pageOf(d.url)));
      expect(dated.length).toBeGreaterThan(0);
      for (const d of dated) {
        const { reviewed: day, contentLocale } = reviewed.get(pageOf(d.url))!;
        expect(d.meta['reviewed'], d.url).toBe(day);
        expect(d.content ?? '', d.url).not.toContain(formatDate(day, contentLocale));
      }
    },
  );

  it.each([
    ['en', 'card declined'],
    ['zh-cn', '预授权'],
  ] as const)('[%s] %s: each result has its page’s day', async (locale, query) => {
    const { hits } = await searchSite(locale, query);
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      expect(reviewed.has(hit.url), hit.url).toBe(true);
      expect(hit.reviewed, hit.url).toBe(reviewed.get(hit.url)!.reviewed);
    }
  });
});
