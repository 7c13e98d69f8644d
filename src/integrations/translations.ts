import { readdirSync } from 'node:fs';
import path from 'node:path';
import { localeCodes, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/paths';

/**
 * Site paths of article pages that show another language's original because the translation
 * does not exist yet. Read from the file system so astro.config.mjs can keep them out of the
 * sitemap before any page is rendered.
 */
export function untranslatedArticlePaths(articlesDir: string): Set<string> {
  const slugsByLocale = new Map<Locale, Set<string>>(
    localeCodes.map((l) => {
      let files: string[];
      try {
        files = readdirSync(path.join(articlesDir, l));
      } catch {
        files = [];
      }
      return [l, new Set(files.filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)))];
    }),
  );
  const all = new Set([...slugsByLocale.values()].flatMap((s) => [...s]));
  const missing = new Set<string>();
  for (const l of localeCodes) {
    for (const slug of all) if (!slugsByLocale.get(l)!.has(slug)) missing.add(localePath(l, slug));
  }
  return missing;
}
