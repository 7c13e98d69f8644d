import type { Locale } from '../../i18n/locales';
import { withBase } from '../../i18n/paths';

/**
 * Where a page's preview image is built: /og/<locale>/<rest>.png under the base (rest: "home", a slug, or
 * "declines/<id>").
 * @example ogImagePath('zh-cn', 'declines/expired-card') // '/og/zh-cn/declines/expired-card.png'
 */
export function ogImagePath(locale: Locale, rest: string): string {
  return withBase(`/og/${locale}/${rest.replace(/^\/|\/$/g, '')}.png`);
}
