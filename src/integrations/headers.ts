import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { contentSecurityPolicy, securityHeaders } from '../site.config';
import { inlineBlocks, sha256Source, withHashes } from '../lib/csp';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/** The same headers for three kinds of host. */
function hostConfigs(headers: Record<string, string>): Record<string, string> {
  const entries = Object.entries(headers);
  return {
    // Netlify and Cloudflare Pages read this file from the site's root.
    _headers: ['/*', ...entries.map(([k, v]) => `  ${k}: ${v}`), ''].join('\n'),
    // nginx: `include` it inside the server block (see README, "Deploying").
    'nginx-headers.conf': [...entries.map(([k, v]) => `add_header ${k} "${v}" always;`), ''].join('\n'),
    // Caddy: `import` it inside the site block.
    'caddy-headers.conf': ['header {', ...entries.map(([k, v]) => `\t${k} "${v}"`), '}', ''].join('\n'),
  };
}

/**
 * Makes every page's CSP exact and ships the same protections for every documented host:
 * each page's <meta> CSP lists the sha256 of its own inline <style> and script blocks (so no
 * 'unsafe-inline'), and _headers, nginx-headers.conf and caddy-headers.conf carry the full
 * policy (with every page's hashes) plus the other security headers of src/site.config.ts.
 * A style="" attribute cannot be hashed without 'unsafe-hashes', so it fails the build.
 */
export default function headersIntegration(): AstroIntegration {
  return {
    name: 'kb:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const allStyles = new Set<string>();
        const allScripts = new Set<string>();
        const metaPolicy = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          const attr = /<[a-z][^>]*\sstyle\s*=/i.exec(html);
          if (attr)
            throw new Error(
              `${path.relative(outDir, file)}: a style="" attribute cannot pass the CSP; use a class (${attr[0].slice(0, 80)})`,
            );
          const { styles, scripts } = inlineBlocks(html);
          const styleHashes = styles.map(sha256Source);
          const scriptHashes = scripts.map(sha256Source);
          styleHashes.forEach((h) => allStyles.add(h));
          scriptHashes.forEach((h) => allScripts.add(h));
          if (!metaPolicy.test(html)) continue; // a page without its own policy (e.g. a plain redirect file)
          const policy = withHashes(contentSecurityPolicy, styleHashes, scriptHashes);
          await writeFile(
            file,
            html.replace(metaPolicy, (_m, a: string, _p: string, c: string) => `${a}${policy}${c}`),
          );
        }
        const headers = securityHeaders(withHashes(contentSecurityPolicy, [...allStyles], [...allScripts]));
        for (const [name, body] of Object.entries(hostConfigs(headers))) await writeFile(path.join(outDir, name), body);
        logger.info(
          `CSP hashes: ${allStyles.size} inline styles, ${allScripts.size} inline scripts; headers for Netlify/Cloudflare, nginx and Caddy`,
        );
      },
    },
  };
}
