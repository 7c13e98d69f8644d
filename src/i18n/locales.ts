/**
 * The one locale table. Astro's i18n config, `<html lang>`, hreflang, og:locale,
 * the sitemap, the language switch and the tests all derive from it.
 * Kept dependency-free so astro.config.mjs and Node scripts can import it.
 */
export const locales = {
  en: { lang: 'en', ogLocale: 'en_US', label: 'English', pagefindLang: 'en' },
  'zh-cn': { lang: 'zh-CN', ogLocale: 'zh_CN', label: '简体中文', pagefindLang: 'zh-cn' },
} as const;

export type Locale = keyof typeof locales;

/** The locale whose pages are the originals; others translate them. */
export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

/** @example isLocale('zh-cn') // true; isLocale('zh') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}
