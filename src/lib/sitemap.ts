// The sitemap's options (@astrojs/sitemap), derived from the locale table and the registry, as a
// pure function so the rules are tested without a build. Imports carry their .ts extension: the
// Astro config imports this file directly.
import { defaultLocale, localeCodes, locales } from '../i18n/locales.ts';
import { withoutBase } from '../i18n/paths.ts';

export interface SitemapOptions {
  i18n: { defaultLocale: string; locales: Record<string, string> };
  filter: (url: string) => boolean;
}

/**
 * Every page in the sitemap with its language alternates, except the pages that are not pages of
 * their own: fallbacks (an untranslated original, whose canonical is the original, so it is no
 * one's alternate), the /d/ short-link stubs and the 404.
 * @example sitemapOptions(new Set(['/zh-cn/x/']), '/').filter('https://x.org/zh-cn/x/') // false
 */
export function sitemapOptions(fallbacks: ReadonlySet<string>, base: string): SitemapOptions {
  return {
    i18n: { defaultLocale, locales: Object.fromEntries(localeCodes.map((l) => [l, locales[l].lang])) },
    filter: (url) => {
      const pathname = withoutBase(new URL(url).pathname, base);
      return !fallbacks.has(pathname) && !pathname.startsWith('/d/') && !pathname.startsWith('/404');
    },
  };
}
