import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { themeScript } from '../../src/site.config';
import path from 'node:path';
import { localeFromPath } from '../../src/i18n/paths';
import { localeCodes, locales } from '../../src/i18n/locales';
import { localePath } from '../../src/i18n/paths';
import { loadSite, resolveSitePath } from '../helpers/site';
import { distDir } from '../helpers/paths';
import { declinePaths, guidePaths, guideSets, loadArticles } from '../helpers/content';
import { DOMParser } from 'linkedom';

const pages = loadSite();
const site = new URL(
  pages
    .find((p) => p.path === '/en/')!
    .document.querySelector('link[rel=canonical]')!
    .getAttribute('href')!,
).origin;
const byPath = new Map(pages.map((p) => [p.path, p]));
// Content pages, from the content tree (as the site's registry pairs it), not from a hand-kept list.
const articles = guidePaths();
const contentPages = new Set([...articles, ...declinePaths()]);
const isContentPage = (p: string) => contentPages.has(p);

describe('every page', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: lang, title, description, canonical', (pagePath, page) => {
    const { document } = page;
    const locale = localeFromPath(pagePath);
    expect(document.documentElement.getAttribute('lang')).toBe(locale ? locales[locale].lang : 'en');
    expect(document.querySelector('title')?.textContent?.trim()).toBeTruthy();
    expect(document.querySelector('meta[name=description]')?.getAttribute('content')).toBeTruthy();
    const canonical = document.querySelectorAll('link[rel=canonical]');
    expect(canonical.length).toBe(1);
    expect(canonical[0]!.getAttribute('href')!.startsWith(site)).toBe(true);
  });
});

describe('hreflang', () => {
  const withAlternates = pages.filter((p) => p.document.querySelector('link[rel=alternate][hreflang]'));

  it('is present on every paired article', () => {
    for (const { slug, published } of guideSets().filter((s) => s.published.length > 1)) {
      for (const l of published) expect(withAlternates.map((p) => p.path)).toContain(localePath(l, slug));
    }
  });

  it.each(withAlternates.map((p) => [p.path, p] as const))('%s: reciprocal, includes itself and x-default', (pagePath, page) => {
    const links = [...page.document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => ({
      lang: l.getAttribute('hreflang')!,
      path: new URL(l.getAttribute('href')!).pathname,
    }));
    expect(links.map((l) => l.lang)).toContain('x-default');
    expect(links.map((l) => l.path)).toContain(pagePath);
    for (const link of links.filter((l) => l.lang !== 'x-default')) {
      const target = byPath.get(link.path);
      expect(target, `${link.path} exists`).toBeDefined();
      expect(target!.document.documentElement.getAttribute('lang')).toBe(link.lang);
      const back = [...target!.document.querySelectorAll('link[rel=alternate][hreflang]')].map(
        (l) => new URL(l.getAttribute('href')!).pathname,
      );
      expect(back).toContain(pagePath);
    }
  });

  it('gives og:locale in xx_YY form', () => {
    expect(byPath.get('/zh-cn/card-declined/')!.document.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe(
      'zh_CN',
    );
  });
});

describe('sitemap', () => {
  const xml = readdirSync(distDir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(path.join(distDir, f), 'utf8'))
    .join('\n');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
    loc: new URL(/<loc>(.*?)<\/loc>/.exec(m[1]!)![1]!).pathname,
    alternates: [...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => ({ lang: a[1]!, path: new URL(a[2]!).pathname })),
  }));

  it('lists every article and only pages that exist', () => {
    for (const p of articles) expect(entries.map((e) => e.loc)).toContain(p);
    for (const e of entries) expect(resolveSitePath(e.loc), e.loc).toBeDefined();
  });

  it('gives paired pages alternates in both languages', () => {
    const entry = entries.find((e) => e.loc === '/zh-cn/card-declined/')!;
    expect(entry.alternates.map((a) => `${a.lang} ${a.path}`).sort()).toEqual(['en /en/card-declined/', 'zh-CN /zh-cn/card-declined/']);
  });

  it('is linked from robots.txt', () => {
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('search markup contract', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: data-pagefind-body only on content pages', (pagePath, page) => {
    const bodies = page.document.querySelectorAll('[data-pagefind-body]').length;
    expect(bodies).toBe(isContentPage(pagePath) ? 1 : 0);
  });

  it('marks site chrome as ignored', () => {
    const page = byPath.get('/en/card-declined/')!.document;
    expect(page.querySelector('header.site-header')!.getAttribute('data-pagefind-ignore')).toBe('all');
    expect(page.querySelector('footer.site-footer')!.getAttribute('data-pagefind-ignore')).toBe('all');
  });
});

describe('articles in the built site', () => {
  it.each(articles)('%s shows sources and its reviewed date', (p) => {
    const doc = byPath.get(p)!.document;
    const sourceLinks = [...doc.querySelectorAll('.sources li a')].filter((a) => /^https?:\/\//.test(a.getAttribute('href') ?? ''));
    expect(sourceLinks.length).toBeGreaterThanOrEqual(2);
    expect(doc.querySelector('.reviewed time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.querySelector('.quick-answer')).not.toBeNull();
    expect(doc.querySelector('script[type="application/ld+json"]')).not.toBeNull();
  });
});

describe('no third-party origin', () => {
  const loaders =
    'script[src], link[href]:not([rel=canonical]):not([rel=alternate]), img[src], iframe[src], source[src], video[src], audio[src], embed[src], object[data], form[action]';

  it.each(pages.map((p) => [p.path, p] as const))('%s loads nothing from another origin', (_p, page) => {
    const foreign = [...page.document.querySelectorAll(loaders)]
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? el.getAttribute('action') ?? '')
      .filter((u) => /^(https?:)?\/\//i.test(u) && !u.startsWith(site));
    const cssUrls = [...page.html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g)].map((m) => m[1]!).filter((u) => !u.startsWith(site));
    const imports = [...page.html.matchAll(/@import\s+(?:url\()?['"]?((?:https?:)?\/\/[^'")\s]+)/g)].map((m) => m[1]!);
    expect([...foreign, ...cssUrls, ...imports]).toEqual([]);
  });

  it('bundled scripts and styles reference no other origin', () => {
    const dir = path.join(distDir, '_astro');
    const offenders = readdirSync(dir)
      .filter((f) => /\.(js|css)$/.test(f))
      .flatMap((f) =>
        [...readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:fetch\(|import\(|url\(|src=)\s*['"`]?(https?:\/\/[^'"`)\s]+)/g)].map(
          (m) => `${f}: ${m[1]}`,
        ),
      );
    expect(offenders).toEqual([]);
  });

  it('external links cannot script the page or leak the referrer', () => {
    const bad = pages.flatMap((p) =>
      [...p.document.querySelectorAll('a[href]')]
        .filter((a) => /^https?:\/\//.test(a.getAttribute('href')!) && !a.getAttribute('href')!.startsWith(site))
        .filter((a) => !/\bnoopener\b/.test(a.getAttribute('rel') ?? '') || !/\bnoreferrer\b/.test(a.getAttribute('rel') ?? ''))
        .map((a) => `${p.path} → ${a.getAttribute('href')}`),
    );
    expect(bad).toEqual([]);
  });

  it('ships no inline script that a strict CSP would block, and no inline event handler', () => {
    for (const page of pages) {
      const inline = [...page.document.querySelectorAll('script:not([src])')].filter(
        (s) => s.getAttribute('type') !== 'application/ld+json',
      );
      // The one inline script is the theme script in <head> (security.test.ts checks its hash).
      for (const script of inline) expect(script.textContent).toBe(themeScript);
      expect(inline.length, page.path).toBeLessThanOrEqual(1);
      expect(page.html, page.path).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    }
  });

  it('applies the saved theme before first paint on every page that has a header or a stylesheet', () => {
    for (const page of pages) {
      const head = page.document.head;
      const first = head.querySelector('script:not([type])');
      expect(first?.textContent, page.path).toBe(themeScript);
      expect(head.querySelector('style, link[rel=stylesheet]'), page.path).not.toBeNull();
      // Before the stylesheet, so the page is painted once, in the right colours.
      expect(head.innerHTML.indexOf(themeScript), page.path).toBeLessThan(head.innerHTML.search(/<style|<link rel="stylesheet"/));
    }
  });
});

describe('feeds and security headers', () => {
  it.each(localeCodes)('/%s/feed.xml lists every guide of that language', (l) => {
    const xml = readFileSync(path.join(distDir, l, 'feed.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    for (const { slug } of guideSets().filter((s) => s.published.includes(l))) expect(xml).toContain(`${localePath(l, slug)}</id>`);
  });
  it.each(localeCodes)("/%s/feed.xml gives each guide's title as its frontmatter has it", (l) => {
    const xml = readFileSync(path.join(distDir, l, 'feed.xml'), 'utf8');
    const feed = new DOMParser().parseFromString(xml, 'text/xml');
    const titles = [...feed.querySelectorAll('entry > title')].map((t) => t.textContent);
    const written = new Set(
      loadArticles()
        .filter((a) => a.locale === l)
        .map((a) => String(a.frontmatter['title'])),
    );
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => !written.has(t ?? ''))).toEqual([]);
  });
});

describe('external links', () => {
  it('point only to the allowlisted source domains', async () => {
    const { isAllowedSource } = await import('../../src/site.config');
    const offenders = pages.flatMap((p) =>
      [...p.document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => /^https?:\/\//.test(href) && !href.startsWith(site) && !isAllowedSource(href))
        .map((href) => `${p.path} → ${href}`),
    );
    expect(offenders).toEqual([]);
  });
});
