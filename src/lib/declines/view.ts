import type { Locale } from '../../i18n/locales';

/**
 * The order an entry page lists its message variants in: those in the page's language first (what
 * the reader is most likely to have seen), then the others, each group in file order.
 * @example messageOrder([{ lang: 'en' }, { lang: 'zh-cn' }], 'zh-cn') // [{ lang: 'zh-cn' }, { lang: 'en' }]
 */
export function messageOrder<M extends { lang: Locale }>(messages: readonly M[], locale: Locale): M[] {
  return [...messages.filter((m) => m.lang === locale), ...messages.filter((m) => m.lang !== locale)];
}
