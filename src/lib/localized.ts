import { defaultLocale, type Locale } from '../i18n/locales';

/** A block of text in the language it is written in. */
export interface LocalizedText<T> {
  /** The language of `text`: the locale asked for, or the default locale's original. */
  locale: Locale;
  text: T;
  /** The locale has no block of its own: `text` is the original. */
  isFallback: boolean;
}

/**
 * The text a locale shows from per-locale blocks (a decline entry, a glossary term): its own block,
 * else the default locale's original. Throws, naming `where`, when the original is missing too
 * (the schema and the content guard refuse that first).
 * @example textIn({ en: 'Declined' }, 'zh-cn', 'x.yaml') // { locale: 'en', text: 'Declined', isFallback: true }
 */
export function textIn<T>(blocks: Partial<Record<Locale, T>>, locale: Locale, where: string): LocalizedText<T> {
  const own = blocks[locale];
  if (own !== undefined) return { locale, text: own, isFallback: false };
  const original = blocks[defaultLocale];
  if (original === undefined) throw new Error(`${where}: no "${defaultLocale}" block (the original text is required)`);
  return { locale: defaultLocale, text: original, isFallback: true };
}
