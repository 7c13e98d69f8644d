import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';
import { isoDay } from './freshness';

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

/** What a page says about itself in structured data (schema.org), before serialisation. */
export type StructuredData =
  | {
      /** A guide is an Article, a decline entry a TechArticle. */
      type: 'Article' | 'TechArticle';
      title: string;
      description: string;
      /** Absolute URL of the page the article lives on (its canonical). */
      url: string;
      /** BCP 47 tag of the text (the locale table's `lang`). */
      lang: string;
      modified: Date;
      /** The site's name in the page's language. */
      publisher: string;
    }
  | { type: 'WebSite'; name: string; url: string }
  | { type: 'FAQPage'; questions: readonly { q: string; a: string }[] };

/**
 * The site's one JSON-LD builder: a schema.org object for a guide, a decline entry, a language's
 * home page or a FAQ. Serialise it with `jsonLd`.
 * @example structuredData({ type: 'WebSite', name: 'Help', url: 'https://x.org/en/' })
 *   // { '@context': 'https://schema.org', '@type': 'WebSite', name: 'Help', url: 'https://x.org/en/' }
 * @example structuredData({ type: 'TechArticle', title: 'T', description: 'D', url: 'https://x.org/d/x/', lang: 'de', modified: new Date('2026-11-21'), publisher: 'Help' })
 *   // { '@type': 'TechArticle', headline: 'T', inLanguage: 'de', dateModified: '2026-11-21', mainEntityOfPage: 'https://x.org/d/x/', publisher: {…}, … }
 */
export function structuredData(node: StructuredData): Record<string, unknown> {
  const context = 'https://schema.org';
  switch (node.type) {
    case 'WebSite':
      return { '@context': context, '@type': 'WebSite', name: node.name, url: node.url };
    case 'FAQPage':
      return {
        '@context': context,
        '@type': 'FAQPage',
        mainEntity: node.questions.map((item) => ({
          '@type': 'Question',
          name: item.q,
          acceptedAnswer: { '@type': 'Answer', text: item.a },
        })),
      };
    default:
      return {
        '@context': context,
        '@type': node.type,
        headline: node.title,
        description: node.description,
        inLanguage: node.lang,
        dateModified: isoDay(node.modified),
        mainEntityOfPage: node.url,
        publisher: { '@type': 'Organization', name: node.publisher },
      };
  }
}
