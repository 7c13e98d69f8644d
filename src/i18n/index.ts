import type { Dictionary, UiKey } from './ui/en';
import { isLocale, locales, type Locale } from './locales';
import { format } from './format';

export { locales, localeCodes, defaultLocale, isLocale, type Locale } from './locales';
export { localeFromPath, localePath, switchLocalePath, pickLocale } from './paths';
export type { Dictionary, UiKey };
export { format, formatDate, formatMonth } from './format';

/** A translator bound to one locale (see useTranslations). */
export type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

let dictionaries: Map<Locale, Dictionary> | undefined;

/**
 * The UI strings of every locale of the table: `ui/<code>.ts`, default export. Found by file
 * name, so adding a language registers nothing here; a row without its file fails loudly.
 * Loaded on first use (the glob is Vite's), so Node code that imports this module for types or
 * other helpers never needs it.
 */
function dictionary(locale: Locale): Dictionary {
  if (!dictionaries) {
    const files = import.meta.glob<{ default: Dictionary }>('./ui/*.ts', { eager: true });
    dictionaries = new Map();
    for (const [file, mod] of Object.entries(files)) {
      const code = file.slice('./ui/'.length, -'.ts'.length);
      if (isLocale(code)) dictionaries.set(code, mod.default);
    }
  }
  const dict = dictionaries.get(locale);
  if (!dict) throw new Error(`src/i18n/ui/${locale}.ts is missing: every locale of src/i18n/locales.ts needs its UI strings file`);
  return dict;
}

/**
 * A translator bound to one locale. Placeholders are named: `{count}`.
 * @example useTranslations('zh-cn')('search.results', { count: 3 }) // '共 3 条结果'
 */
export function useTranslations(locale: Locale): Translate {
  const dict = dictionary(locale);
  return (key, values = {}) => format(dict[key], values);
}

/**
 * The name of a locale's language as a sentence in another locale says it (from the language
 * subtag, so a reader meets 英语 in a Chinese sentence, not the switch's label "English").
 * @example languageName('en', 'zh-cn') // '英语'
 * @example languageName('zh-cn', 'en') // 'Chinese'
 */
export function languageName(of: Locale, inLocale: Locale): string {
  const language = new Intl.Locale(locales[of].lang).language;
  return new Intl.DisplayNames(locales[inLocale].lang, { type: 'language' }).of(language) ?? locales[of].label;
}
