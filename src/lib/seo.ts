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
