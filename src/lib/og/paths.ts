import type { Locale } from '../../i18n/locales';

/**
 * Where a page's preview image is built: /og/<locale>/<rest>.png (rest: "home", a slug, or
 * "declines/<id>").
 * @example ogImagePath('zh-cn', 'declines/expired-card') // '/og/zh-cn/declines/expired-card.png'
 */
export function ogImagePath(locale: Locale, rest: string): string {
  return `/og/${locale}/${rest.replace(/^\/|\/$/g, '')}.png`;
}
