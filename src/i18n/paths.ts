import { defaultLocale, isLocale, localeCodes, type Locale } from './locales';

/**
 * The locale a path belongs to, from its first segment.
 * @example localeFromPath('/zh-cn/card-declined/') // 'zh-cn'
 * @example localeFromPath('/d/expired-card/') // undefined
 */
export function localeFromPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/**
 * A site path for a locale; `rest` is language-neutral (a slug, `declines/x`, `search`).
 * Always ends in `/` (Astro's `trailingSlash: 'always'`).
 * @example localePath('zh-cn', 'card-declined') // '/zh-cn/card-declined/'
 * @example localePath('en') // '/en/'
 */
export function localePath(locale: Locale, rest = ''): string {
  const tail = rest.split('/').filter(Boolean).join('/');
  return tail ? `/${locale}/${tail}/` : `/${locale}/`;
}

/**
 * The same page in another locale, keeping query and #hash.
 * @example switchLocalePath('/en/card-declined/#why', 'zh-cn') // '/zh-cn/card-declined/#why'
 */
export function switchLocalePath(path: string, to: Locale): string {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = match?.[1] ?? path;
  const suffix = match?.[2] ?? '';
  const segments = pathname.split('/').filter(Boolean);
  if (isLocale(segments[0])) segments.shift();
  return localePath(to, segments.join('/')) + suffix;
}

/**
 * The reader's best locale from an Accept-Language-style list (navigator.languages).
 * Any `zh` variant maps to zh-cn; everything else falls back to the default locale.
 * @example pickLocale(['zh-TW', 'en']) // 'zh-cn'
 * @example pickLocale(['fr-FR']) // 'en'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = localeCodes.find((code) => code === lower);
    if (exact) return exact;
    const base = lower.split('-')[0];
    const byBase = localeCodes.find((code) => code.split('-')[0] === base);
    if (byBase) return byBase;
  }
  return defaultLocale;
}

/**
 * The language to open for a reader arriving without one in the address (/, a /d/ short link,
 * a missing page): the language they last read on this site (stored by the head script), else
 * their browser's.
 * @example readerLocale('zh-cn', ['en-US']) // 'zh-cn'
 * @example readerLocale(null, ['zh-TW']) // 'zh-cn'
 */
export function readerLocale(stored: string | null | undefined, preferred: readonly string[]): Locale {
  return isLocale(stored) ? stored : pickLocale(preferred);
}

/** The stored last-read language, or null where storage is unavailable. */
export function storedLocale(): string | null {
  try {
    return localStorage.getItem('lang');
  } catch {
    return null;
  }
}
