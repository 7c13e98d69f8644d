import { localeCodes, locales, type Locale } from '../i18n/locales';
import { localePath, siteBase, withBase } from '../i18n/paths';
import { OG_HEIGHT, OG_WIDTH } from './og/size';
import { ogImagePath } from './og/paths';
import type { PagePlan } from './registry';
import { alternates, jsonLd, structuredData, type Alternate } from './seo';

/** A page's title and description in one language, with the site's name in that language. */
export interface PageText {
  locale: Locale;
  title: string;
  description: string;
  siteName: string;
}

/** What a page tells src/components/site/Head.astro; everything else is derived (see `head`). */
export interface HeadInput {
  /**
   * The page's text in each language it shows: one entry for most pages; one per locale on a page
   * that carries every language at once (/, the /d/ short links, 404), its `<html lang>` first.
   */
  texts: readonly PageText[];
  /**
   * The page carries every language at once (/, /d/…, 404): its title is its texts' titles alone,
   * without the site's name, even when only one language has a text of its own.
   */
  everyLanguage?: boolean | undefined;
  /**
   * The language the title and description are written in when it is not the page's: an
   * untranslated original shown on another language's page. og:locale and the JSON-LD follow it.
   */
  textLocale?: Locale | undefined;
  /** Site path (with the base) of the canonical page, which may be another locale's original. */
  canonicalPath: string;
  /** Site path for og:url when the page keeps its own address there (a short link); else the canonical. */
  ogUrlPath?: string | undefined;
  alternates?: readonly Alternate[] | undefined;
  ogType?: 'website' | 'article' | undefined;
  /** Site path of the preview image (src/pages/og/); none for utility pages. */
  ogImage?: string | undefined;
  noindex?: boolean | undefined;
  /**
   * Structured data: 'WebSite' for a language's home page, an article type for a guide or entry
   * (in the language of its text: `textLocale` on a page showing an untranslated original).
   */
  schema?: { type: 'WebSite' } | { type: 'Article' | 'TechArticle'; modified: Date } | undefined;
  /** The site's public address (`Astro.locals.site`). */
  site: URL | string;
  /** The sub-path the site is served under (defaults to the build's). */
  base?: string;
}

/** Everything Head.astro prints, already resolved to strings. */
export interface HeadModel {
  /** The document <title>. */
  title: string;
  description: string;
  canonical: string;
  robots: 'noindex' | undefined;
  alternates: readonly Alternate[];
  feeds: { title: string; href: string }[];
  og: {
    type: 'website' | 'article';
    siteName: string;
    title: string;
    description: string;
    url: string;
    locale: string;
    localeAlternates: string[];
    image: { url: string; width: number; height: number; alt: string } | undefined;
  };
  twitter: { card: 'summary' | 'summary_large_image'; title: string; description: string; image: string | undefined };
  /** Bodies of the <script type="application/ld+json"> elements, safe to print raw. */
  jsonLd: string[];
}

/** The locale of the table with this hreflang (BCP 47 `lang`), if any. */
function localeOfLang(lang: string): Locale | undefined {
  return localeCodes.find((l) => locales[l].lang === lang);
}

/**
 * The head of a page from what the page knows. A page in one language gets "title · site name"
 * (or the site name alone on the home page); a page carrying every language joins each language's
 * title with " · " and description with " / ". og:locale is the first language's; og:locale:alternate
 * lists the page's other languages and the languages of its hreflang alternates, so a page with no
 * translation has none.
 * @example head({ texts: [{ locale: defaultLocale, title: 'Card declined', description: 'Why.', siteName: 'Help' }], canonicalPath: '/x/card-declined/', site: 'https://x.org' })
 *   // { title: 'Card declined · Help', canonical: 'https://x.org/x/card-declined/', og: { locale: locales[defaultLocale].ogLocale, localeAlternates: [], … }, … }
 */
export function head(input: HeadInput): HeadModel {
  const { texts, site, alternates = [], ogType = 'website', noindex = false, base = siteBase } = input;
  const first = texts[0];
  if (!first) throw new Error('head(): a page needs its text in at least one language');
  const joined = texts.length > 1 || input.everyLanguage === true;
  const textLocale = input.textLocale ?? first.locale;
  const title = texts.map((x) => x.title).join(' · ');
  const description = texts.map((x) => x.description).join(' / ');
  const siteName = [...new Set(texts.map((x) => x.siteName))].join(' · ');
  const documentTitle = joined || first.title === first.siteName ? title : `${first.title} · ${first.siteName}`;
  const url = (path: string) => new URL(path, site).href;
  const canonical = url(input.canonicalPath);

  const others = [...texts.slice(1).map((x) => x.locale), ...alternates.map((a) => localeOfLang(a.hreflang))];
  const localeAlternates = [...new Set(others)]
    .filter((l): l is Locale => l !== undefined && l !== textLocale)
    .map((l) => locales[l].ogLocale);

  const image = input.ogImage === undefined ? undefined : url(input.ogImage);
  const schema = input.schema;
  const data =
    schema === undefined
      ? []
      : [
          structuredData(
            schema.type === 'WebSite'
              ? { type: 'WebSite', name: first.siteName, url: canonical }
              : {
                  type: schema.type,
                  title: first.title,
                  description: first.description,
                  url: canonical,
                  lang: locales[textLocale].lang,
                  modified: schema.modified,
                  publisher: first.siteName,
                },
          ),
        ];

  return {
    title: documentTitle,
    description,
    canonical,
    robots: noindex ? 'noindex' : undefined,
    alternates,
    feeds: texts.map((x) => ({ title: x.siteName, href: withBase(`/${x.locale}/feed.xml`, base) })),
    og: {
      type: ogType,
      siteName,
      title,
      description,
      url: input.ogUrlPath === undefined ? canonical : url(input.ogUrlPath),
      locale: locales[textLocale].ogLocale,
      localeAlternates,
      image: image === undefined ? undefined : { url: image, width: OG_WIDTH, height: OG_HEIGHT, alt: title },
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title, description, image },
    jsonLd: data.map(jsonLd),
  };
}

/** What a guide or decline entry page tells its layout's `<Base>` about its head. */
export interface ContentPageHead {
  title: string;
  description: string;
  canonicalPath: string;
  alternates: Alternate[];
  ogType: 'article';
  ogImage: string;
  schema: { type: 'Article' | 'TechArticle'; modified: Date };
}

/**
 * The head of a guide (`Article`) or decline entry (`TechArticle`) page from its plan
 * (lib/registry.ts): canonical and preview on the page in its text's language (the original's on
 * a fallback page), hreflang alternates only for a translation, dated by its review.
 * @example contentPageHead({ slug: 'card-declined', contentLocale: 'en', isFallback: true, … }, text, 'Article', site).alternates // []
 */
export function contentPageHead(
  page: Pick<PagePlan, 'slug' | 'contentLocale' | 'isFallback' | 'translations'>,
  text: { title: string; description: string; reviewed: Date },
  type: 'Article' | 'TechArticle',
  site: URL | string,
): ContentPageHead {
  return {
    title: text.title,
    description: text.description,
    canonicalPath: localePath(page.contentLocale, page.slug),
    alternates: page.isFallback ? [] : alternates(page.slug, page.translations, site),
    ogType: 'article',
    ogImage: ogImagePath(page.contentLocale, page.slug),
    schema: { type, modified: text.reviewed },
  };
}
