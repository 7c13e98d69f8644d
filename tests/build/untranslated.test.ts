import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSite } from '../helpers/site';
import { fixtureDist } from '../helpers/paths';
import { DEFAULT_STALE_DAYS } from '../../src/lib/freshness';

// Built by tests/setup/build.ts from tests/fixtures/untranslated-site: "paired" exists in both
// languages, "english-only" has no Chinese file yet, "draft-translation" has a Chinese file
// marked `draft: true`.
const root = fixtureDist('untranslated-site');
const pages = new Map(loadSite(root).map((p) => [p.path, p.document]));

describe('a guide missing its Chinese translation', () => {
  const zh = pages.get('/zh-cn/english-only/')!;

  it('still has a page at /zh-cn/<slug>/ showing the original, marked as English', () => {
    expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(zh.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(zh.querySelector('h1')!.textContent).toBe('An article only in English');
  });

  it('shows a visible notice in Chinese that links to the original', () => {
    const notice = zh.querySelector('.untranslated')!;
    expect(notice.textContent).toContain('本页尚未翻译成中文，以下是英语原文。');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/en/english-only/');
    // The page's own chrome inside the English text says it is Chinese.
    expect(zh.querySelector('.page-report')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('points its canonical at the original and has no hreflang alternates; its preview says English', () => {
    expect(new URL(zh.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname).toBe('/en/english-only/');
    expect(zh.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe('en_US');
    expect(zh.querySelectorAll('meta[property="og:locale:alternate"]').length).toBe(0);
    expect(zh.querySelectorAll('link[rel=alternate][hreflang]').length).toBe(0);
    expect(pages.get('/en/english-only/')!.querySelectorAll('link[rel=alternate][hreflang]').length).toBe(0);
  });

  it('is kept out of the Chinese search index and the sitemap', () => {
    expect(zh.querySelectorAll('[data-pagefind-body]').length).toBe(0);
    const sitemap = readFileSync(path.join(root, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('/zh-cn/english-only/');
    expect(sitemap).toContain('/en/english-only/');
  });

  it('leaves the paired guide with reciprocal hreflang', () => {
    const hreflangs = [...pages.get('/zh-cn/paired/')!.querySelectorAll('link[rel=alternate][hreflang]')].map((l) =>
      l.getAttribute('hreflang'),
    );
    expect(hreflangs).toEqual(['en', 'zh-CN', 'x-default']);
  });
});

describe('a guide whose Chinese translation is a draft', () => {
  const zh = pages.get('/zh-cn/draft-translation/')!;
  const en = pages.get('/en/draft-translation/')!;
  const sitemap = readFileSync(path.join(root, 'sitemap-0.xml'), 'utf8');

  it('shows the original at /zh-cn/<slug>/ with the notice, never the draft', () => {
    expect(zh.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(zh.querySelector('h1')!.textContent).toBe('An article whose Chinese translation is a draft');
    expect(zh.documentElement.textContent).not.toContain('草稿正文');
    expect(zh.querySelector('.untranslated')!.textContent).toContain('本页尚未翻译成中文');
    expect(zh.querySelectorAll('[data-pagefind-body]').length).toBe(0);
  });

  it('labels the original text in its own language inside the Chinese page', () => {
    expect(zh.querySelector('.quick-answer-title')!.textContent).toBe('Quick answer');
  });

  it("is no one's alternate: no hreflang on either page, and the sitemap lists only the original", () => {
    expect(zh.querySelectorAll('link[rel=alternate][hreflang]').length).toBe(0);
    expect(en.querySelectorAll('link[rel=alternate][hreflang]').length).toBe(0);
    expect(new URL(zh.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname).toBe('/en/draft-translation/');
    expect(sitemap).not.toContain('/zh-cn/draft-translation/');
    const entry = /<url><loc>[^<]*\/en\/draft-translation\/<\/loc>(.*?)<\/url>/s.exec(sitemap);
    expect(entry).not.toBeNull();
    expect(entry![1]).not.toContain('hreflang="zh-CN"');
  });

  it('stays off the Chinese home page and feed', () => {
    expect(pages.get('/zh-cn/')!.querySelector('a[href="/zh-cn/draft-translation/"]')).toBeNull();
    expect(readFileSync(path.join(root, 'zh-cn/feed.xml'), 'utf8')).not.toContain('draft-translation');
  });
});

describe('a decline entry without a Chinese block', () => {
  const zh = pages.get('/zh-cn/declines/english-only-decline/')!;
  const en = pages.get('/en/declines/english-only-decline/')!;
  const sitemap = readFileSync(path.join(root, 'sitemap-0.xml'), 'utf8');

  it('has a page at /zh-cn/declines/<id>/ showing the English text, marked as English, with its sections', () => {
    expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(zh.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(zh.querySelector('h1')!.textContent!.trim()).toBe('Your card has expired.');
    expect(zh.querySelector('#what-to-do')!.textContent).toBe('What to do');
    expect([...zh.querySelectorAll('[id]')].map((e) => e.id)).toEqual([...en.querySelectorAll('[id]')].map((e) => e.id));
  });

  it('shows the untranslated notice in Chinese, linking the original; canonical there, no alternates, not indexed', () => {
    const notice = zh.querySelector('.untranslated')!;
    expect(notice.getAttribute('lang')).toBe('zh-CN');
    expect(notice.textContent).toContain('本页尚未翻译成中文');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/en/declines/english-only-decline/');
    expect(new URL(zh.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname).toBe('/en/declines/english-only-decline/');
    expect(zh.querySelectorAll('link[rel=alternate][hreflang]').length).toBe(0);
    expect(en.querySelectorAll('link[rel=alternate][hreflang]').length).toBe(0);
    expect(zh.querySelectorAll('[data-pagefind-body]').length).toBe(0);
    expect(en.querySelectorAll('[data-pagefind-body]').length).toBe(1);
    expect(zh.querySelector('meta[property="og:image"]')!.getAttribute('content')).toContain('/og/en/declines/english-only-decline.png');
  });

  it('is left out of the sitemap, while the translated entry keeps both languages', () => {
    expect(sitemap).not.toContain('/zh-cn/declines/english-only-decline/');
    expect(sitemap).toContain('/en/declines/english-only-decline/');
    expect(sitemap).toContain('/zh-cn/declines/generic-decline/');
  });

  it('is listed in the Chinese catalogue and short link under its English title, marked as English', () => {
    const row = pages.get('/zh-cn/declines/')!.querySelector('a[href="/zh-cn/declines/english-only-decline/"]')!;
    expect([row.getAttribute('lang'), row.textContent!.trim()]).toEqual(['en', 'Your card has expired.']);
    const short = pages.get('/d/english-only-decline/')!;
    const zhLink = short.querySelector('a[href="/zh-cn/declines/english-only-decline/"]')!;
    expect([zhLink.getAttribute('lang'), zhLink.textContent!.trim()]).toEqual(['en', 'Your card has expired.']);
    expect(short.querySelector('title')!.textContent).toBe('Your card has expired.');
    const lookup = JSON.parse(readFileSync(path.join(root, 'declines-lookup.json'), 'utf8'));
    expect(lookup.titles['english-only-decline']['zh-cn']).toBe('Your card has expired.');
  });
});

describe('freshness notices', () => {
  it(`flags a guide reviewed more than ${DEFAULT_STALE_DAYS} days ago`, () => {
    const notice = pages.get('/en/english-only/')!.querySelector('[data-freshness="stale"]');
    expect(notice?.textContent).toContain(`more than ${DEFAULT_STALE_DAYS} days ago`);
    expect(pages.get('/en/paired/')!.querySelector('[data-freshness]')).toBeNull();
  });

  it('tells a Chinese reader when the English original was reviewed later, with a link to it', () => {
    const notice = pages.get('/zh-cn/paired/')!.querySelector('[data-freshness="lagging"]')!;
    expect(notice.textContent).toContain('本指南的英语原文核对时间更晚');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe('/en/paired/');
    expect(notice.querySelector('a')!.getAttribute('hreflang')).toBe('en');
    expect(notice.querySelector('a')!.textContent).toContain('阅读英语原文');
  });
});

describe('npm run stale', () => {
  it('lists stale guides, translations behind their original and missing translations', async () => {
    const { spawnSync } = await import('node:child_process');
    const { fixturesDir, fixtureToday, root: projectRoot } = await import('../helpers/paths');
    const run = spawnSync(process.execPath, [path.join(projectRoot, 'src/tools/stale.mjs')], {
      env: { ...process.env, KB_CONTENT_DIR: path.join(fixturesDir, 'untranslated-site'), KB_TODAY: fixtureToday },
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^stale\s+en\s+english-only\s+reviewed 2026-11-01$/m);
    expect(run.stdout).toMatch(/^lagging\s+zh-cn\s+paired\s+reviewed 2026-11-05, English 2026-11-21$/m);
    expect(run.stdout).toMatch(/^missing\s+zh-cn\s+english-only$/m);
    expect(run.stdout).toMatch(/^missing\s+zh-cn\s+draft-translation$/m);
    expect(run.stdout).toMatch(/^missing\s+zh-cn\s+declines\/english-only-decline$/m);
    expect(run.stdout).not.toMatch(/generic-decline/);
  });
});
