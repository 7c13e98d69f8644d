import { en, type UiKey } from './ui/en';
import { zhCn } from './ui/zh-cn';
import { locales, type Locale } from './locales';

export { locales, localeCodes, defaultLocale, isLocale, type Locale } from './locales';
export { localeFromPath, localePath, switchLocalePath, pickLocale } from './paths';
export type { UiKey };

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

/**
 * A translator bound to one locale. Placeholders are named: `{count}`.
 * An unknown placeholder is left as written so a missing value shows up in review.
 * @example useTranslations('zh-cn')('search.results', { count: 3 }) // '共 3 条结果'
 */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : whole,
    );
}

/**
 * A date as readers of the locale write it; in Chinese with a space between digits and 年月日,
 * as the authored text writes 2026 年 11 月.
 * @example formatDate(new Date('2026-11-21'), 'zh-cn') // '2026 年 11 月 21 日'
 */
export function formatDate(date: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === 'zh-cn' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
  return locale === 'zh-cn' ? text.replace(/(\d+)\s*([年月日])\s*/g, '$1 $2 ').trim() : text;
}

/**
 * A month and year as readers of the locale write them, with a space between digits and Chinese
 * characters (house style).
 * @example formatMonth(new Date('2026-12-01'), 'zh-cn') // '2026 年 12 月'
 */
export function formatMonth(date: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locales[locale].lang, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
  return text.replace(/(\d)(\p{Script=Han})/gu, '$1 $2').replace(/(\p{Script=Han})(\d)/gu, '$1 $2');
}
