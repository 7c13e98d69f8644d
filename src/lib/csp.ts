import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../site.config';

/** The placeholder in the site's CSP that the build replaces with the page's inline-block hashes. */
export const INLINE_HASHES = "'inline-hashes'";

/** @example sha256Source('a{}') // "'sha256-…'" (the CSP source for an inline block with that text) */
export const sha256Source = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline <style> and executable inline <script> blocks of an HTML page (JSON-LD and other data scripts are not run). */
export function inlineBlocks(html: string): { styles: string[]; scripts: string[] } {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs!) && !/\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attrs!))
    .map((m) => m[2]!);
  return { styles, scripts };
}

/**
 * The policy with the placeholder replaced by hashes: in `style-src` the style hashes, in
 * `script-src` the script hashes; a directive left with no source at all gets 'none'.
 * @example withHashes("style-src 'self' 'inline-hashes'", ["'sha256-x'"], []) // "style-src 'self' 'sha256-x'"
 */
export function withHashes(policy: string, styles: readonly string[], scripts: readonly string[]): string {
  return policy
    .split('; ')
    .map((directive) => {
      if (!directive.includes(INLINE_HASHES)) return directive;
      const hashes = directive.startsWith('style-src') ? styles : directive.startsWith('script-src') ? scripts : [];
      const rest = directive.replace(` ${INLINE_HASHES}`, hashes.length ? ` ${[...new Set(hashes)].sort().join(' ')}` : '');
      return rest.trim().includes(' ') ? rest : `${rest} 'none'`;
    })
    .join('; ');
}

/**
 * The policy a page renders in its <meta> tag. The build replaces the placeholder with hashes;
 * `astro dev` injects its own inline styles and scripts, so there it allows inline blocks.
 */
export const pagePolicy = (dev: boolean): string =>
  dev ? contentSecurityPolicy.replaceAll(INLINE_HASHES, "'unsafe-inline'") : contentSecurityPolicy;
