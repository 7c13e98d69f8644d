import { useTranslations, type Translate } from './index';
import type { Locale } from './locales';

/** The language of a page's UI, or of its main text, with its translator. */
export interface LocaleContext {
  locale: Locale;
  t: Translate;
}

/**
 * What every page knows about its languages (`Astro.locals`, set once per request by
 * src/middleware.ts, as Starlight's locals do): the page locale for the chrome and links, and
 * `content`, the language of the main text, which differs on a page showing an untranslated
 * original. Author components label themselves in `content`; links stay in `locale`.
 * Container tests pass the same object as `locals`.
 * @example i18nLocals('zh-cn', 'en').content.t('article.faq') // 'Frequently asked questions'
 */
export function i18nLocals(locale: Locale, contentLocale: Locale = locale): LocaleContext & { content: LocaleContext } {
  const page = localeContext(locale);
  return { ...page, content: contentLocale === locale ? page : localeContext(contentLocale) };
}

/** A locale with its translator. */
export function localeContext(locale: Locale): LocaleContext {
  return { locale, t: useTranslations(locale) };
}
