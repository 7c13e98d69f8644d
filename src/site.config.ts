/**
 * Site-wide settings that are not content. Change them here; nothing else repeats them.
 */
import { siteBase } from './i18n/paths';
import { localeCodes } from './i18n/locales.ts';
import { staleAfterDays, today } from './lib/freshness';

/**
 * Where readers report a decline message the catalogue does not list. `{message}` is replaced
 * by the URL-encoded text they searched for. Point it at the team's inbox or issue form.
 */
export const reportUrlTemplate = 'mailto:reports@ai-payments-help.invalid?subject=Unlisted%20payment%20message&body={message}';

/**
 * The report link for a message (at most 300 characters of it).
 * @example reportUrl('Card refused') // 'mailto:…&body=Card%20refused'
 */
export function reportUrl(message: string, template = reportUrlTemplate): string {
  return template.replace('{message}', encodeURIComponent(message.slice(0, 300)));
}

/** The address `npm start` serves the site on; the default public address when SITE_URL is unset. */
export const localSiteUrl = 'http://127.0.0.1:4321';

/**
 * Where readers report a problem with a page (a wrong fact, a broken link, an outdated price).
 * `{url}` is replaced by the page's address and `{title}` by its title (escaped for a URL); nothing
 * the reader typed or pasted is ever added. An issue form works as well as an address, e.g.
 * 'https://github.com/OWNER/REPO/issues/new?title={title}&body={url}'. The `.invalid` placeholder
 * below can never deliver: a production build (SITE_URL set) warns loudly while it is still here.
 */
export const pageReportUrlTemplate = 'mailto:reports@ai-payments-help.invalid?subject=Problem%20with%20a%20page&body={url}';

/**
 * The report link for one page.
 * @example pageReportUrl('https://example.org/en/x/', 'X') // 'mailto:…?subject=Problem%20with%20a%20page&body=https://example.org/en/x/'
 */
export function pageReportUrl(url: string, title: string, template = pageReportUrlTemplate): string {
  // Only the characters that would end or break a query value are escaped; an address stays readable.
  const escape = (text: string) => text.replace(/[^\w\-.~:/!$'()*,;@\u00a0-\uffff]/g, encodeURIComponent);
  return template.replace('{url}', escape(url)).replace('{title}', escape(title));
}

/** True while a report destination is still the `.invalid` placeholder. */
export function reportPlaceholders(templates: string[] = [pageReportUrlTemplate, reportUrlTemplate]): string[] {
  return templates.filter((t) => /[@./]([a-z0-9-]+\.)*invalid\b/i.test(t));
}

/**
 * Runs in <head> before anything is painted: applies the theme the reader chose (no white flash
 * in dark mode), marks the page as scripted so script-only controls keep their place from the
 * first paint, and remembers the language last read (/ and the /d/ short links open it): the first
 * path segment after the base.
 * It is the site's only inline script; the build lists its hash in each page's script-src
 * (src/integrations/headers.ts), like every inline block.
 */
export const themeScript =
  `(function(d){d.dataset.js='';try{var s=localStorage,t=s.theme,l=location.pathname.split('/')[${siteBase.split('/').length - 1}];if(/^(light|dark)$/.test(t))d.dataset.theme=t;` +
  `if(/^(${localeCodes.join('|')})$/.test(l))s.lang=l}catch(e){}})(document.documentElement)`;

/**
 * The public address of the site from SITE_URL: an absolute http(s) URL, or the local one when unset.
 * @example siteUrlFrom('https://example.org') // 'https://example.org'
 */
export function siteUrlFrom(value: string | undefined): string {
  if (value === undefined || value === '') return localSiteUrl;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org (got "${value}")`);
  return value;
}

/** The build's environment; browser scripts that import this module have none. */
const buildEnv: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

/**
 * Days after its reviewed date that a guide shows the "may be out of date" notice: KB_STALE_DAYS
 * at build time, else 180 (src/lib/freshness.ts).
 */
export const staleDays: number = /* @__PURE__ */ staleAfterDays(buildEnv);

/**
 * The day the build compares review dates with: KB_TODAY (YYYY-MM-DD) when set, so a build can
 * be reproduced, else the clock when the build starts. An invalid KB_TODAY fails the build.
 */
export const buildDay: Date = /* @__PURE__ */ today(buildEnv);

/** No content is reviewed before the site's first content was written: an earlier `reviewed` date is a typo. */
export const firstContentDate = '2026-11-01';

/**
 * The Content-Security-Policy, shipped as a <meta> tag on every page and in the headers of every
 * host configuration. Scripts and styles only from this origin, or inline blocks the build has
 * hashed (src/integrations/headers.ts replaces the `'inline-hashes'` placeholder with the sha256
 * of each inline <style> and script): no 'unsafe-inline'. Pagefind's engine is WebAssembly, hence
 * 'wasm-unsafe-eval'.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' 'inline-hashes'",
  "style-src 'self' 'inline-hashes'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a <meta> CSP cannot carry; they go in the headers only. */
const headerOnlyPolicy = "frame-ancestors 'none'";

/**
 * Every response header the site is served with, from one place: the headers integration writes
 * them for Netlify / Cloudflare Pages (`_headers`), nginx and Caddy. `csp` is the full policy.
 */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': `${csp}; ${headerOnlyPolicy}`,
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Domains the site may cite and link to: the sources shared/reference/facts.md was checked
 * against. A source or link elsewhere fails the build (frontmatter) or `npm test` (any link);
 * add a domain here only with the fact sheet entry that relies on it.
 */
export const sourceDomains = [
  // Platforms and payment networks (official)
  'openai.com',
  'help.openai.com',
  'platform.openai.com',
  'developers.openai.com',
  'community.openai.com',
  'anthropic.com',
  'www.anthropic.com',
  'support.anthropic.com',
  'support.claude.com',
  'platform.claude.com',
  'docs.anthropic.com',
  'docs.stripe.com',
  'stripe.com',
  'support.apple.com',
  'developer.apple.com',
  'usa.visa.com',
  'support.google.com',
  'github.com',
  // Regulators (official)
  'www.cagd.gov.cn',
  'www.chinatax.gov.cn',
  // Press, blogs and reproductions (secondary)
  'www.theregister.com',
  'www.newsbytesapp.com',
  'www.trtworld.com',
  'frominsideasia.com',
  'tippinsights.com',
  'dev.to',
  'www.mytokencap.com',
  'www.mynw.cn',
  'www.ipedb.com',
  'www.igat.cn',
  'www.famen21.com',
  'www.boimc.com.cn',
] as const;

/**
 * @example isAllowedSource('https://help.openai.com/en/articles/7438062') // true
 */
export function isAllowedSource(url: string): boolean {
  try {
    return (sourceDomains as readonly string[]).includes(new URL(url).hostname);
  } catch {
    return false;
  }
}
