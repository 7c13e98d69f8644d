import { defineMiddleware } from 'astro:middleware';
import { defaultLocale, isLocale } from './i18n/locales';
import { i18nLocals } from './i18n/locals';
import { siteUrl } from './lib/seo';

/**
 * One locale per request: the `[lang]` route parameter, else (/, /d/…, 404, feeds of no language)
 * the default locale. Components read `Astro.locals.locale` and `Astro.locals.t`, never the path.
 * The site's public address is read here once too: pages and endpoints use `locals.site`.
 */
export const onRequest = defineMiddleware((context, next) => {
  const lang = context.params['lang'];
  if (lang !== undefined && !isLocale(lang)) throw new Error(`${context.url.pathname}: "${lang}" is not a locale of src/i18n/locales.ts`);
  Object.assign(context.locals, i18nLocals(lang ?? defaultLocale), { site: siteUrl(context.site) });
  return next();
});
