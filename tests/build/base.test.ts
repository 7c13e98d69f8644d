import { readFileSync } from 'node:fs';
import { localeCodes } from '../../src/i18n/locales';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite, resolveSitePath, type BuiltPage } from '../helpers/site';
import { baseSite } from '../helpers/paths';

// The real site built under a sub-path (KB_BASE=/kb/, SITE_URL=https://example.org) by
// tests/setup/build.ts: the link checker over it, with the base taken into account.
const { base, origin, out } = baseSite;
const pages = loadSite(out);
const ids = new Map(pages.map((p) => [p.path, new Set([...p.document.querySelectorAll('[id]')].map((e) => e.getAttribute('id')!))]));
const publicRoot = `${origin}${base}`;

/**
 * What is wrong with one reference from a page, or undefined: an internal one must carry the base,
 * name a file of the output once the base is removed, and name an #anchor the target has.
 */
function problemWith(ref: string, page: BuiltPage): string | undefined {
  if (/^(mailto|tel):/i.test(ref)) return undefined;
  if (/^https?:/i.test(ref) && !ref.startsWith(origin) && !ref.startsWith('http://127.0.0.1')) return undefined;
  if (ref === '#') return undefined; // a script-driven control (the 404 page's language links)
  if (ref.startsWith('#')) return ids.get(page.path)?.has(decodeURIComponent(ref.slice(1))) ? undefined : `${ref} (no such id)`;
  const absolute = /^https?:/i.test(ref);
  if (absolute ? !ref.startsWith(publicRoot) : !ref.startsWith(base)) return `${ref} (not under ${absolute ? publicRoot : base})`;
  const url = new URL(ref, origin);
  if (url.pathname.startsWith(`${base}${base.slice(1)}`)) return `${ref} (base twice)`;
  const sitePath = url.pathname.slice(base.length - 1);
  if (!resolveSitePath(sitePath, out)) return `${ref} (no file ${sitePath})`;
  const hash = decodeURIComponent(url.hash.slice(1));
  const target = sitePath.endsWith('/') || sitePath.endsWith('.html') ? sitePath : `${sitePath}/`;
  if (hash && ids.has(target) && !ids.get(target)!.has(hash)) return `${ref} (no #${hash})`;
  return undefined;
}

/** Every address a page refers to: attributes, preview metadata and structured data. */
function refsOf(page: BuiltPage): string[] {
  const doc = page.document;
  const refs = [
    ...[...doc.querySelectorAll('[href]')].map((e) => e.getAttribute('href')!),
    ...[...doc.querySelectorAll('[src]')].map((e) => e.getAttribute('src')!),
    ...[...doc.querySelectorAll('form[action]')].map((e) => e.getAttribute('action')!),
    ...[...doc.querySelectorAll('meta[property="og:url"], meta[property="og:image"], meta[name="twitter:image"]')].map((e) =>
      e.getAttribute('content')!,
    ),
  ];
  const urls = (value: unknown): string[] =>
    typeof value === 'string'
      ? value.startsWith(origin)
        ? [value]
        : []
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(urls)
        : [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]'))
    refs.push(...urls(JSON.parse(script.textContent ?? 'null')));
  return refs;
}

describe(`a build under ${base}`, () => {
  it('built every page the root build has', () => {
    expect(pages.length).toBeGreaterThan(150);
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/', '/404.html', '/en/', '/zh-cn/search/', '/en/declines/expired-card/', '/d/expired-card/']),
    );
  });

  it.each(pages.map((p) => [p.path, p] as const))(
    '%s: every internal href, src, preview and structured-data URL is under the base and resolves',
    (_path, page) => {
      const broken = [...new Set(refsOf(page))].flatMap((ref) => problemWith(ref, page) ?? []);
      expect(broken).toEqual([]);
    },
  );

  it('puts the base in canonical, hreflang and preview URLs', () => {
    const guide = pages.find((p) => p.path === '/zh-cn/card-declined/')!.document;
    expect(guide.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${publicRoot}zh-cn/card-declined/`);
    expect([...guide.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.getAttribute('href'))).toEqual([
      `${publicRoot}en/card-declined/`,
      `${publicRoot}zh-cn/card-declined/`,
      `${publicRoot}en/card-declined/`,
    ]);
    expect(guide.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${publicRoot}og/zh-cn/card-declined.png`);
    const home = pages.find((p) => p.path === '/en/')!.document;
    expect(home.querySelector('link[hreflang="x-default"]')!.getAttribute('href')).toBe(publicRoot);
    const chooser = pages.find((p) => p.path === '/')!.document;
    expect(chooser.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(publicRoot);
  });

  it('shows and copies short links with the base', () => {
    const entry = pages.find((p) => p.path === '/en/declines/expired-card/')!.document;
    const short = entry.querySelector('.short-url')!;
    expect(short.getAttribute('href')).toBe(`${base}d/expired-card/`);
    expect(short.textContent).toBe(`${publicRoot}d/expired-card/`);
    expect(entry.querySelector('.copy-btn')!.getAttribute('data-copy')).toContain(`${publicRoot}d/expired-card/`);
    const stub = pages.find((p) => p.path === '/d/expired-card/')!.document;
    expect(stub.querySelector('meta[property="og:url"]')!.getAttribute('content')).toBe(`${publicRoot}d/expired-card/`);
  });

  it('rewrites root-relative links in content (MDX bodies and YAML Markdown) to the base', () => {
    const guide = pages.find((p) => p.path === '/en/card-declined/')!;
    const prose = [...guide.document.querySelectorAll('.prose a[href^="/"]')].map((a) => a.getAttribute('href')!);
    expect(prose.length).toBeGreaterThan(0);
    expect(prose.filter((href) => !href.startsWith(base))).toEqual([]);
    const steps = pages.flatMap((p) =>
      p.path.startsWith('/en/declines/') ? [...p.document.querySelectorAll('.steps a[href^="/"], .faq a[href^="/"]')] : [],
    );
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith(base))).toEqual([]);
  });

  it('lists only URLs under the base in the sitemap, robots.txt and the feeds', () => {
    const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
    const index = read('sitemap-index.xml');
    const urls = [
      ...[...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
      ...[...read('sitemap-0.xml').matchAll(/(?:<loc>|href=")([^<"]+)/g)].map((m) => m[1]!),
      /^Sitemap: (.+)$/m.exec(read('robots.txt'))![1]!,
      ...localeCodes.flatMap((l) => [...read(`${l}/feed.xml`).matchAll(/(?:href="|<id>)([^"<]+)/g)].map((m) => m[1]!)),
    ];
    expect(urls.length).toBeGreaterThan(100);
    const wrong = urls.filter((u) => !u.startsWith(publicRoot) || !resolveSitePath(new URL(u).pathname.slice(base.length - 1), out));
    expect(wrong).toEqual([]);
    expect(index).toContain(`${publicRoot}sitemap-0.xml`);
  });

  it('reads the language after the base in the head script', () => {
    const head = pages.find((p) => p.path === '/en/')!.html;
    expect(head).toContain(`location.pathname.split('/')[${base.split('/').length - 1}]`);
  });
});
