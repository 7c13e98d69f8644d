import { describe, expect, it } from 'vitest';
import { loadSite, resolveSitePath } from '../helpers/site';

const pages = loadSite();
const ids = new Map(pages.map((p) => [p.path, new Set([...p.document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!))]));

describe('internal links and anchors', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: every internal link and #anchor resolves', (pagePath, page) => {
    const broken: string[] = [];
    for (const a of page.document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (/^(https?:|mailto:|tel:)/i.test(href) && !href.startsWith('http://127.0.0.1')) continue;
      const url = new URL(href, `http://site${pagePath}`);
      const target = url.pathname;
      if (!resolveSitePath(target)) {
        broken.push(`${href} (no page)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      const targetPath = target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`;
      if (hash && !ids.get(targetPath)?.has(hash)) broken.push(`${href} (no #${hash})`);
    }
    expect(broken).toEqual([]);
  });
});
