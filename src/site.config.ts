/**
 * Site-wide settings that are not content. Change them here; nothing else repeats them.
 */

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

/**
 * The Content-Security-Policy, shipped as a <meta> tag on every page and in dist/_headers for
 * static hosts. Scripts only from this origin (Pagefind's search engine is WebAssembly, hence
 * 'wasm-unsafe-eval'); the one inlined stylesheet per page needs 'unsafe-inline' for styles only.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Directives a <meta> CSP cannot carry; they go in the headers file only. */
export const headerOnlyPolicy = "frame-ancestors 'none'";
