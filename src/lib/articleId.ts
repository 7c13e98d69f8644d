import { isLocale, localeCodes, type Locale } from '../i18n/locales';

/**
 * Splits a collection id "<locale>/<slug>" (the file path minus extension).
 * Throws with the id when the folder is not a locale, so a misplaced file fails the build.
 * @example splitArticleId('zh-cn/card-declined') // { locale: 'zh-cn', slug: 'card-declined' }
 */
export function splitArticleId(id: string): { locale: Locale; slug: string } {
  const [folder, slug, ...rest] = id.split('/');
  if (!isLocale(folder) || !slug || rest.length > 0) {
    throw new Error(
      `content/articles/${id}.mdx: articles live at content/articles/<locale>/<slug>.mdx with <locale> one of ${localeCodes.join(', ')}`,
    );
  }
  return { locale: folder, slug };
}
