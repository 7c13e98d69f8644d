import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineBlocks, sha256Source } from '../../src/lib/csp';
import { securityHeaders } from '../../src/site.config';
import { loadSite } from '../helpers/site';
import { distDir } from '../helpers/paths';

const pages = loadSite();
const config = (name: string) => readFileSync(path.join(distDir, name), 'utf8');
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('every page carries an exact CSP', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: no unsafe-inline, and a hash for each of its inline blocks', (_p, page) => {
    const meta = page.document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(meta).toMatch(/^default-src 'self'/);
    expect(meta).not.toMatch(/unsafe-inline|inline-hashes/);
    expect(meta).toMatch(/object-src 'none'/);
    const { styles, scripts } = inlineBlocks(page.html);
    for (const s of styles) expect(directive(meta, 'style-src')).toContain(sha256Source(s));
    for (const s of scripts) expect(directive(meta, 'script-src')).toContain(sha256Source(s));
    expect(page.html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
  });

  it('gives no two elements of a page the same id', () => {
    const duplicates = pages.flatMap((p) => {
      const ids = [...p.document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!);
      return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${p.path} #${id}`);
    });
    expect(duplicates).toEqual([]);
  });
});

describe('the same protections on every documented host', () => {
  const policy = /Content-Security-Policy: (.*)/.exec(config('_headers'))![1]!;
  const expected = securityHeaders(policy.replace(/; frame-ancestors 'none'$/, ''));

  it('the headers policy covers every inline block of every page', () => {
    for (const page of pages) {
      const { styles, scripts } = inlineBlocks(page.html);
      for (const s of styles) expect(directive(policy, 'style-src'), page.path).toContain(sha256Source(s));
      for (const s of scripts) expect(directive(policy, 'script-src'), page.path).toContain(sha256Source(s));
    }
    expect(policy).toMatch(/frame-ancestors 'none'/);
  });

  it.each([
    ['_headers (Netlify, Cloudflare Pages)', '_headers', (k: string, v: string) => `  ${k}: ${v}`],
    ['nginx', 'nginx-headers.conf', (k: string, v: string) => `add_header ${k} "${v}" always;`],
    ['Caddy', 'caddy-headers.conf', (k: string, v: string) => `\t${k} "${v}"`],
  ])('%s sets every security header', (_host, file, line) => {
    const text = config(file);
    for (const [k, v] of Object.entries(expected)) expect(text.split('\n'), `${file}: ${k}`).toContain(line(k, v));
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'Cross-Origin-Opener-Policy',
        'X-Frame-Options',
      ]),
    );
  });
});
