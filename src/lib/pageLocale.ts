import { isLocale, type Locale } from '../i18n/locales';
import { localeFromPath } from '../i18n/paths';

/**
 * The locale of the page being rendered, from its route. Components call this rather than
 * reading a global, so the same component renders correctly in both languages.
 */
export function pageLocale(astro: { currentLocale?: string | undefined; url: URL }, component: string): Locale {
  const fromRoute = isLocale(astro.currentLocale) ? astro.currentLocale : localeFromPath(astro.url.pathname);
  if (!fromRoute) throw new Error(`${component}: cannot tell the page language from ${astro.url.pathname}`);
  return fromRoute;
}

/**
 * Checks a prop against its allowed values, failing the build with what was received.
 * @example oneOf('Callout', 'type', 'tip', ['note', 'tip']) // 'tip'
 */
export function oneOf<T extends string>(component: string, prop: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(
    `${component}: received ${prop}=${JSON.stringify(value)}. Expected one of: ${allowed.map((a) => `"${a}"`).join(', ')}`,
  );
}
