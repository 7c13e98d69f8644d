// The one registry of translation pairs: which guides and decline entries exist, in which
// languages, and which pages show an original because their translation is missing or still a
// draft. The pages (lib/articles.ts, lib/declines/pages.ts), the sitemap filter (astro.config.mjs),
// `npm run stale` and the tests all ask it, so a missing translation is treated the same way everywhere. Free of astro:content so Node
// scripts and the Astro config can use it; imports carry their .ts extension for the same reason.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { localePath } from '../i18n/paths.ts';
import { FrontmatterError, parseFrontmatter, readYaml } from './frontmatter.ts';

/** The content tree being built: KB_CONTENT_DIR (the tests point it at fixtures), else ./content. */
export function contentDir(): string {
  return process.env['KB_CONTENT_DIR'] ?? './content';
}

/**
 * One translation of a page: a guide file, content/articles/<locale>/<slug>.mdx, or a locale's
 * block in a decline entry, content/declines/<id>.yaml (slug `declines/<id>`).
 */
export interface ArticleFile {
  locale: Locale;
  /** The page's path after the locale: `card-declined`, `declines/do-not-honor`. */
  slug: string;
  /** `draft: true` in its frontmatter: not published, its page shows the original. */
  draft: boolean;
}

/** One guide or decline entry across the languages. */
export interface TranslationSet {
  slug: string;
  /** Locales with a published (non-draft) version, in table order. */
  published: Locale[];
  /** The text other locales fall back to: the default locale's, else the first published. */
  original: Locale;
}

/** One page at /<locale>/<slug>/. */
export interface PagePlan {
  locale: Locale;
  slug: string;
  /** The language the page's text is in. */
  contentLocale: Locale;
  /** The page shows another language's original (no translation yet, or only a draft). */
  isFallback: boolean;
  /** Locales in which the guide is published: the page's hreflang alternates. */
  translations: Locale[];
}

/**
 * Groups guide files by slug; a guide with no published version has no pages at all.
 * @example pairTranslations([{ locale: 'en', slug: 'a', draft: false }, { locale: 'zh-cn', slug: 'a', draft: true }])
 *   // [{ slug: 'a', published: ['en'], original: 'en' }]
 */
export function pairTranslations(files: readonly ArticleFile[]): TranslationSet[] {
  const bySlug = new Map<string, Set<Locale>>();
  for (const f of files) {
    if (!bySlug.has(f.slug)) bySlug.set(f.slug, new Set());
    if (!f.draft) bySlug.get(f.slug)!.add(f.locale);
  }
  return [...bySlug]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([slug, locales]) => ({ slug, published: localeCodes.filter((l) => locales.has(l)) }))
    .filter((s) => s.published.length > 0)
    .map((s) => ({ ...s, original: s.published.includes(defaultLocale) ? defaultLocale : s.published[0]! }));
}

/**
 * Every guide page in every locale: its own text where published, else the original's.
 * @example articlePagePlan([{ slug: 'a', published: ['en'], original: 'en' }])
 *   // [{ locale: 'en', slug: 'a', contentLocale: 'en', isFallback: false, … }, { locale: 'zh-cn', …, contentLocale: 'en', isFallback: true }]
 */
export function articlePagePlan(sets: readonly TranslationSet[]): PagePlan[] {
  return sets.flatMap((s) =>
    localeCodes.map((locale) => {
      const own = s.published.includes(locale);
      return { locale, slug: s.slug, contentLocale: own ? locale : s.original, isFallback: !own, translations: s.published };
    }),
  );
}

/** Site paths of pages showing another language's original: not alternates, not in the sitemap. */
export function fallbackPaths(sets: readonly TranslationSet[]): Set<string> {
  return new Set(
    articlePagePlan(sets)
      .filter((p) => p.isFallback)
      .map((p) => localePath(p.locale, p.slug)),
  );
}

/**
 * The translations of one decline entry: one per locale with a block of its own (`en:`, `zh-cn:`).
 * @example declineFiles('expired-card', { codes: [], en: { title: 'Expired' } }) // [{ locale: 'en', slug: 'declines/expired-card', draft: false }]
 */
export function declineFiles(id: string, data: Record<string, unknown>): ArticleFile[] {
  return localeCodes
    .filter((l) => data[l] !== null && typeof data[l] === 'object')
    .map((locale) => ({ locale, slug: declineSlug(id), draft: false }));
}

/** A decline entry's page path after the locale. */
function declineSlug(id: string): string {
  return `declines/${id}`;
}

/** The decline entries of a content tree (`<contentDir>/declines`); an unreadable file has none (the guard reports it). */
export function readDeclineFiles(declinesDir: string): ArticleFile[] {
  if (!existsSync(declinesDir)) return [];
  return readdirSync(declinesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => declineFiles(f.slice(0, -5), yamlFile(path.join(declinesDir, f))));
}

/** The registry of a content tree: its guides and its decline entries. */
export function contentRegistry(contentDir: string): TranslationSet[] {
  return [...articleRegistry(path.join(contentDir, 'articles')), ...pairTranslations(readDeclineFiles(path.join(contentDir, 'declines')))];
}

/** The guide files of a content tree (`<contentDir>/articles`), drafts included. */
function readArticleFiles(articlesDir: string): ArticleFile[] {
  return localeCodes.flatMap((locale) => {
    const dir = path.join(articlesDir, locale);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => ({ locale, slug: f.slice(0, -4), draft: frontmatter(path.join(dir, f))['draft'] === true }));
  });
}

/** The registry of a content tree's guides. */
export function articleRegistry(articlesDir: string): TranslationSet[] {
  return pairTranslations(readArticleFiles(articlesDir));
}

/** A guide's frontmatter as YAML's core schema reads it (dates stay text); {} when unreadable (the guard reports it). */
export function frontmatter(file: string): Record<string, unknown> {
  try {
    return parseFrontmatter(readFileSync(file, 'utf8')).data;
  } catch (error) {
    if (error instanceof FrontmatterError) return {};
    throw error;
  }
}

/** A YAML file's top-level mapping; {} when unreadable (the guard reports it). */
function yamlFile(file: string): Record<string, unknown> {
  return readYaml(readFileSync(file, 'utf8')).data;
}
