/**
 * The one locale table. Astro's i18n config, `<html lang>`, hreflang, og:locale,
 * the sitemap, the language switch and the tests all derive from it.
 * Kept dependency-free so astro.config.mjs and Node scripts can import it.
 */
export const locales = {
  en: {
    lang: 'en',
    dateLang: 'en-GB',
    ogLocale: 'en_US',
    label: 'English',
    pagefindLang: 'en',
    pagefindWasm: 'en',
    glossaryAliases: false,
  },
  'zh-cn': {
    lang: 'zh-CN',
    dateLang: 'zh-CN',
    ogLocale: 'zh_CN',
    label: '简体中文',
    pagefindLang: 'zh-cn',
    pagefindWasm: 'unknown',
    glossaryAliases: true,
  },
} as const satisfies Record<string, LocaleInfo>;

/**
 * One row of the table. Adding a language is a row here, a UI strings file `ui/<code>.ts`
 * (a default export typed `Dictionary`) and its content; nothing else names a locale.
 */
export interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, hreflang and the sitemap. */
  lang: string;
  /** Intl tag for dates (English dates are written day-month-year here, hence en-GB). */
  dateLang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The language's own name, shown in the language switch. */
  label: string;
  /** Pagefind's language code for this locale's index (its files are named after it). */
  pagefindLang: string;
  /**
   * The WebAssembly Pagefind loads for this index, `wasm.<name>.pagefind`: the language's stemmer
   * where Pagefind has one ('en'), else 'unknown' (Chinese, Japanese). Search hints it before
   * Pagefind's entry file says so; tests/build/search-files.test.ts checks it against that file.
   */
  pagefindWasm: string;
  /** The glossary shows this language's first aliases beside a term (the words readers use);
   * false where aliases are only search aids (misspellings). */
  glossaryAliases: boolean;
}

export type Locale = keyof typeof locales;

/** The locale whose pages are the originals; others translate them. */
export const defaultLocale: Locale = 'en';

export const localeCodes = Object.keys(locales) as Locale[];

/** @example isLocale('zh-cn') // true; isLocale('zh') // false */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/**
 * The paths of a page that exists once per locale (`src/pages/[lang]/…`): its getStaticPaths.
 * @example localeParams()[0] // { params: { lang: 'en' } }
 */
export function localeParams(): { params: { lang: Locale } }[] {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

/**
 * The language Han text is segmented as (Intl.Segmenter), whatever the page's language: a Chinese
 * phrase pasted on an English page is still Chinese.
 */
export const hanTextLang = 'zh';

/**
 * Every locale of the table, the default first: the languages of a page that shows them all.
 * @example everyLocale()[0] === defaultLocale // true
 */
export function everyLocale(): Locale[] {
  return [defaultLocale, ...localeCodes.filter((l) => l !== defaultLocale)];
}
