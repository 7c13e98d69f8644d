import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { splitArticleId } from './articleId';
import { articlePagePlan, pairTranslations, type PagePlan } from './registry';

export type ArticleEntry = CollectionEntry<'articles'>;

/** One page at /<locale>/<slug>/: the translation, or the original when there is none yet (or only a draft). */
export interface ArticlePage extends PagePlan {
  /** The entry whose text the page shows (the original's on a fallback page). */
  entry: ArticleEntry;
  /** The original (its `original` locale's version) when this page is a real translation of it. */
  original: ArticleEntry | undefined;
}

let cache: Promise<ArticlePage[]> | undefined;

/** Every article page in every locale, built once per build, paired by the registry (lib/registry.ts). */
export function getArticlePages(): Promise<ArticlePage[]> {
  cache ??= buildPages();
  return cache;
}

async function buildPages(): Promise<ArticlePage[]> {
  const entries = await getCollection('articles');
  const byKey = new Map<string, ArticleEntry>();
  const files = entries.map((entry) => {
    const { locale, slug } = splitArticleId(entry.id);
    byKey.set(`${locale}/${slug}`, entry);
    return { locale, slug, draft: entry.data.draft };
  });
  const sets = pairTranslations(files);
  const originalOf = new Map(sets.map((s) => [s.slug, s.original]));
  return articlePagePlan(sets).map((plan) => {
    const originalLocale = originalOf.get(plan.slug)!;
    const original = byKey.get(`${originalLocale}/${plan.slug}`)!;
    return {
      ...plan,
      entry: byKey.get(`${plan.contentLocale}/${plan.slug}`)!,
      original: !plan.isFallback && plan.locale !== originalLocale ? original : undefined,
    };
  });
}

/** Pages of one locale that are real translations (not fallbacks): home page, feed, search topics. */
export async function getLocaleArticles(locale: Locale): Promise<ArticlePage[]> {
  return (await getArticlePages()).filter((p) => p.locale === locale && !p.isFallback);
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
