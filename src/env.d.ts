declare namespace App {
  /** Set by src/middleware.ts for every page (see src/i18n/locals.ts). */
  interface Locals {
    locale: import('./i18n/locales').Locale;
    t: import('./i18n').Translate;
    content: import('./i18n/locals').LocaleContext;
    /** The site's public address (`site` in astro.config.mjs), for absolute URLs. */
    site: URL;
  }
}
