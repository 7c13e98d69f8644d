import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { contentSecurityPolicy, headerOnlyPolicy } from '../site.config';

/** Writes dist/_headers (Netlify / Cloudflare Pages format) with the same CSP as the pages. */
export default function headersIntegration(): AstroIntegration {
  return {
    name: 'kb:headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const body = [
          '/*',
          `  Content-Security-Policy: ${contentSecurityPolicy}; ${headerOnlyPolicy}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '',
        ].join('\n');
        await writeFile(path.join(fileURLToPath(dir), '_headers'), body);
      },
    },
  };
}
