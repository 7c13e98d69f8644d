// Text helpers that browser code can use without the dictionaries (src/i18n/index.ts): the
// locale table is all they read.
import { locales, type Locale } from './locales';

/**
 * Fills named placeholders; an unknown one is left as written so a missing value shows up in review.
 * @example format('{count} results', { count: 3 }) // '3 results'
 */
export function format(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/**
 * A date (a Date, or a day written YYYY-MM-DD) as readers of the locale write it (Intl tag from
 * the locale table, in UTC; `options` are Intl's, a long date by default); in Chinese with a space
 * between digits and 年月日, as the authored text writes 2026 年 11 月.
 * @example formatDate(new Date('2026-11-21'), 'zh-cn') // '2026 年 11 月 21 日'
 * @example formatDate('2026-11-21', 'en', { dateStyle: 'medium' }) // '21 Nov 2026'
 */
export function formatDate(date: Date | string, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(locales[locale].dateLang, { ...options, timeZone: 'UTC' })
    .format(new Date(date))
    .replace(/(\d)\s*(?=\p{Script=Han})|(\p{Script=Han})\s*(?=\d)/gu, '$1$2 ');
}

/**
 * A month and year as readers of the locale write them (see formatDate).
 * @example formatMonth(new Date('2026-12-01'), 'zh-cn') // '2026 年 12 月'
 */
export function formatMonth(date: Date, locale: Locale): string {
  return formatDate(date, locale, { year: 'numeric', month: 'long' });
}
