import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { localeCodes, type Locale } from '../../src/i18n/locales';
import { localePath } from '../../src/i18n/paths';
import { articlePagePlan, articleRegistry, pairTranslations, readDeclineFiles, type TranslationSet } from '../../src/lib/registry';
import { FrontmatterError, parseFrontmatter } from '../../src/lib/frontmatter';
import { mdxHeadings } from '../../src/lib/headings';
import { contentDir } from './paths';

export interface ArticleFile {
  /** Path relative to the project, for messages. */
  file: string;
  locale: Locale;
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
  raw: string;
}

export function loadArticles(dir = path.join(contentDir, 'articles')): ArticleFile[] {
  return localeCodes.flatMap((locale) => {
    const folder = path.join(dir, locale);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const file = path.relative(path.dirname(contentDir), path.join(folder, f));
        const raw = readFileSync(path.join(folder, f), 'utf8');
        try {
          const { data, body } = parseFrontmatter(raw);
          return { file, locale, slug: f.slice(0, -4), raw, frontmatter: data, body };
        } catch (error) {
          if (error instanceof FrontmatterError) throw new Error(`${file}:${error.line}: ${error.message}`, { cause: error });
          throw error;
        }
      });
  });
}

export interface DeclineFile {
  file: string;
  id: string;
  data: Record<string, any>;
  raw: string;
}

export function loadDeclines(dir = path.join(contentDir, 'declines')): DeclineFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(path.join(dir, f), 'utf8');
      return {
        file: `content/declines/${f}`,
        id: f.slice(0, -5),
        raw,
        data: loadYaml(raw, { filename: `content/declines/${f}` }) as Record<string, any>,
      };
    });
}

export function loadGlossary(file = path.join(contentDir, 'glossary.yaml')): Record<string, any> {
  return loadYaml(readFileSync(file, 'utf8'), { filename: path.relative(path.dirname(contentDir), file) }) as Record<string, any>;
}

/** `## Title {#id}` headings of an MDX body, in order, as the site's Markdown processor reads them (src/lib/headings.ts). */
export const headingsOf = mdxHeadings;

/** Internal links (/<locale>/…) written in Markdown, JSX attributes or YAML text. */
export function internalLinks(text: string): string[] {
  const prefix = localeCodes.map((l) => l.replace(/-/g, '\\-')).join('|');
  return [...text.matchAll(new RegExp(`(?:\\]\\(|href=["'{]*)(\\/(?:${prefix})\\/[^)\\s"'}]*)`, 'g'))].map((m) => m[1]!);
}

/**
 * The guides the content tree publishes, paired by the site's own registry (src/lib/registry.ts),
 * so a new guide gets every build check without a list to update.
 */
export function guideSets(dir = path.join(contentDir, 'articles')): TranslationSet[] {
  return articleRegistry(dir);
}

/** Site paths of the guide pages that are real translations (not fallbacks), in every locale. */
export function guidePaths(dir?: string): string[] {
  return articlePagePlan(guideSets(dir))
    .filter((p) => !p.isFallback)
    .map((p) => localePath(p.locale, p.slug));
}

/** Decline entries across the languages (the registry's view: a locale's block is its translation). */
export function declineSets(dir = path.join(contentDir, 'declines')): TranslationSet[] {
  return pairTranslations(readDeclineFiles(dir));
}

/** Site paths of the decline entry pages that are real translations (not fallbacks), in every locale. */
export function declinePaths(dir?: string): string[] {
  return articlePagePlan(declineSets(dir))
    .filter((p) => !p.isFallback)
    .map((p) => localePath(p.locale, p.slug));
}

/** A `reviewed` value as the content gives it (a YAML date, or the frontmatter's text) written YYYY-MM-DD. */
const dayOf = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/**
 * Every guide and decline entry page (fallbacks included) with the day its text was last reviewed
 * and the language of that text, from the content files: what the page, its home card and its
 * search records must say.
 */
export function reviewedPages(): Map<string, { reviewed: string; contentLocale: Locale }> {
  const guides = new Map(loadArticles().map((a) => [`${a.locale}/${a.slug}`, dayOf(a.frontmatter['reviewed'])]));
  const entries = new Map(loadDeclines().map((d) => [`declines/${d.id}`, dayOf(d.data['reviewed'])]));
  const pages = [
    ...articlePagePlan(guideSets()).map((p) => ({ ...p, reviewed: guides.get(`${p.contentLocale}/${p.slug}`) })),
    ...articlePagePlan(declineSets()).map((p) => ({ ...p, reviewed: entries.get(p.slug) })),
  ];
  return new Map(pages.map((p) => [localePath(p.locale, p.slug), { reviewed: p.reviewed!, contentLocale: p.contentLocale }]));
}
