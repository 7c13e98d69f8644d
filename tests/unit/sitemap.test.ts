import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { localePath } from '../../src/i18n/paths';
import { sitemapOptions } from '../../src/lib/sitemap';

const other = localeCodes.find((l) => l !== defaultLocale)!;
const site = 'https://example.org';

describe('sitemap options', () => {
  it('lists pages and leaves out fallbacks, short-link stubs and the 404, under a sub-path too', () => {
    for (const base of ['/', '/kb/']) {
      const at = (path: string) => `${site}${base.slice(0, -1)}${path}`;
      const { filter } = sitemapOptions(new Set([localePath(other, 'english-only')]), base);
      expect(filter(at(localePath(defaultLocale, 'english-only')))).toBe(true);
      expect(filter(at(localePath(other, 'card-declined')))).toBe(true);
      expect(filter(at(localePath(other, 'english-only')))).toBe(false);
      expect(filter(at('/d/do-not-honor/'))).toBe(false);
      expect(filter(at('/404.html'))).toBe(false);
    }
  });
});
