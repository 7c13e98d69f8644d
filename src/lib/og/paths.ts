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

/**
 * The preview image of a decline entry's short links (/d/<id>/ and /d/<code>/): one card carrying
 * every language's title, since a crawler sends no language to be sent on by.
 * @example shortLinkImagePath('expired-card') // '/og/d/expired-card.png'
 */
export function shortLinkImagePath(id: string): string {
  return withBase(`/og/d/${id}.png`);
}
