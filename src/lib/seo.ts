import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * hreflang links for a page that exists in `translations`, plus x-default (the default
 * locale's version, or `xDefaultPath` such as the language chooser at /). A page in a single language gets none: there is nothing to alternate with.
 * @example alternates('card-declined', ['en', 'zh-cn'], 'https://x.org')
 *   // [{hreflang:'en',href:'https://x.org/en/card-declined/'}, {hreflang:'zh-CN',…}, {hreflang:'x-default',…}]
 */
export function alternates(rest: string, translations: readonly Locale[], site: URL | string, xDefaultPath?: string): Alternate[] {
  if (translations.length < 2) return [];
  const links: Alternate[] = translations.map((l) => ({
    hreflang: locales[l].lang,
    href: new URL(localePath(l, rest), site).href,
  }));
  const fallback = translations.includes(defaultLocale) ? defaultLocale : translations[0]!;
  links.push({ hreflang: 'x-default', href: new URL(xDefaultPath ?? localePath(fallback, rest), site).href });
  return links;
}

/**
 * Serialises JSON-LD for a <script type="application/ld+json"> body; `<` is escaped so text
 * can never close the script element.
 * @example jsonLd({ a: '</script>' }) // '{"a":"\\u003c/script>"}'
 */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * The site's public address as Astro hands it to a page (`Astro.site`, from `site` in
 * astro.config.mjs, which SITE_URL sets and which always has a value). Read once per request by
 * src/middleware.ts into `Astro.locals.site`; a missing value is a configuration error, not
 * something to paper over with a made-up address.
 * @example siteUrl(new URL('https://example.org/')).href // 'https://example.org/'
 * @example siteUrl(undefined) // throws: `site` is not set in astro.config.mjs
 */
export function siteUrl(site: URL | undefined): URL {
  if (!site) throw new Error('`site` is not set in astro.config.mjs: canonical URLs, hreflang, feeds and previews need it (see SITE_URL)');
  return site;
}
