import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { splitArticleId } from './articleId';

export type ArticleEntry = CollectionEntry<'articles'>;

/** One page at /<locale>/<slug>/: the translation, or the original when there is none yet. */
export interface ArticlePage {
  locale: Locale;
  slug: string;
  entry: ArticleEntry;
  /** The language the rendered text is in (differs from `locale` for an untranslated page). */
  contentLocale: Locale;
  /** Locales in which this slug really exists. */
  translations: Locale[];
  /** The original (default-locale) version when this page is a translation of it. */
  original: ArticleEntry | undefined;
}

let cache: Promise<ArticlePage[]> | undefined;

/** Every article page in every locale, built once per build. */
export function getArticlePages(): Promise<ArticlePage[]> {
  cache ??= buildPages();
  return cache;
}

async function buildPages(): Promise<ArticlePage[]> {
  const entries = await getCollection('articles', (e) => !e.data.draft);
  const bySlug = new Map<string, Map<Locale, ArticleEntry>>();
  for (const entry of entries) {
    const { locale, slug } = splitArticleId(entry.id);
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)!.set(locale, entry);
  }
  const pages: ArticlePage[] = [];
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const translations = localeCodes.filter((l) => versions.has(l));
    const originalLocale = versions.has(defaultLocale) ? defaultLocale : translations[0]!;
    for (const locale of localeCodes) {
      const own = versions.get(locale);
      const contentLocale = own ? locale : originalLocale;
      const original = own && locale !== originalLocale ? versions.get(originalLocale) : undefined;
      pages.push({ locale, slug, entry: own ?? versions.get(originalLocale)!, contentLocale, translations, original });
    }
  }
  return pages;
}

/** Pages of one locale that are real translations (not fallbacks). */
export async function getLocaleArticles(locale: Locale): Promise<ArticlePage[]> {
  return (await getArticlePages()).filter((p) => p.locale === locale);
}

/**
 * The page for a slug in a locale; throws with the slug and the caller's context when it does
 * not exist, so a related-reading or link typo fails the build instead of rendering nothing.
 */
export async function requireArticle(locale: Locale, slug: string, context: string): Promise<ArticlePage> {
  const page = (await getArticlePages()).find((p) => p.locale === locale && p.slug === slug);
  if (!page) {
    const known = [...new Set((await getArticlePages()).map((p) => p.slug))].join(', ');
    throw new Error(`${context}: unknown article slug "${slug}". Expected one of: ${known}`);
  }
  return page;
}
