import { defaultLocale, isLocale, localeCodes, type Locale } from './locales.ts';

/**
 * The sub-path a base setting names, with a slash at each end: '/' for the site root, '/kb/' for a
 * site served under /kb/ (KB_BASE at build time, see astro.config.mjs).
 * @example baseFrom('kb') // '/kb/'
 * @example baseFrom(undefined) // '/'
 */
export function baseFrom(value: string | undefined): string {
  const inner = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!inner) return '/';
  if (!/^[a-z0-9_~-][a-z0-9._~-]*(\/[a-z0-9_~-][a-z0-9._~-]*)*$/i.test(inner))
    throw new Error(`KB_BASE must be a path such as /kb/ (got "${value}")`);
  return `/${inner}/`;
}

/** Set by astro.config.mjs (Vite `define`) to the base in pages and browser scripts. */
declare const __KB_BASE__: string | undefined;

/**
 * The base the site is built with, as astro.config.mjs hands it to Vite; plain Node (the config
 * itself, tools) has none and uses '/'. Not import.meta.env.BASE_URL: Astro lets a BASE_URL in
 * the environment (Vitest sets one) override it in server code.
 */
export const siteBase: string = baseFrom(typeof __KB_BASE__ === 'string' ? __KB_BASE__ : undefined);

/**
 * A root-relative site path under the base; every link the site writes goes through it.
 * @example withBase('/d/expired-card/', '/kb/') // '/kb/d/expired-card/'
 * @example withBase('/favicon.svg') // '/favicon.svg' (base '/')
 */
export function withBase(path: string, base: string = siteBase): string {
  return base === '/' || !path.startsWith('/') ? path : base + path.slice(1);
}

/**
 * A site path without the base, as the site root sees it (for reading a locale or an id from it).
 * @example withoutBase('/kb/en/search/', '/kb/') // '/en/search/'
 */
export function withoutBase(path: string, base: string = siteBase): string {
  if (base === '/') return path;
  if (path.startsWith(base)) return path.slice(base.length - 1);
  return path === base.slice(0, -1) ? '/' : path;
}

/**
 * The locale a path belongs to, from its first segment.
 * @example localeFromPath('/zh-cn/card-declined/') // 'zh-cn'
 * @example localeFromPath('/d/expired-card/') // undefined
 */
export function localeFromPath(pathname: string): Locale | undefined {
  const first = withoutBase(pathname).split('/').filter(Boolean)[0];
  return isLocale(first) ? first : undefined;
}

/**
 * A site path for a locale; `rest` is language-neutral (a slug, `declines/x`, `search`).
 * Always ends in `/` (Astro's `trailingSlash: 'always'`); starts with the base (withBase).
 * @example localePath('zh-cn', 'card-declined') // '/zh-cn/card-declined/'
 * @example localePath('en') // '/en/'
 */
export function localePath(locale: Locale, rest = ''): string {
  const tail = rest.split('/').filter(Boolean).join('/');
  return withBase(tail ? `/${locale}/${tail}/` : `/${locale}/`);
}

/**
 * The same page in another locale, keeping query and #hash.
 * @example switchLocalePath('/en/card-declined/#why', 'zh-cn') // '/zh-cn/card-declined/#why'
 */
export function switchLocalePath(path: string, to: Locale): string {
  const match = /^([^?#]*)(.*)$/.exec(path);
  const pathname = match?.[1] ?? path;
  const suffix = match?.[2] ?? '';
  const segments = withoutBase(pathname).split('/').filter(Boolean);
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

/** In the browser: the reader's language for a page of no language (`readerLocale` of this browser). */
export function browserLocale(): Locale {
  return readerLocale(storedLocale(), navigator.languages ?? [navigator.language]);
}

/** The stored last-read language, or null where storage is unavailable. */
export function storedLocale(): string | null {
  try {
    return localStorage.getItem('lang');
  } catch {
    return null;
  }
}
