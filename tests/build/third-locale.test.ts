import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSite } from '../helpers/site';
import { defaultLocale, locales } from '../../src/i18n/locales';
import { fixturesDir, fixtureToday, root } from '../helpers/paths';

// Adding a language is a row in the locale table, a UI strings file and content: this builds a copy
// of the project with exactly those three additions (see tests/fixtures/third-locale/README.md)
// and checks that the new language gets its pages, <html lang>, hreflang and language switch, and
// that the decline entries and glossary terms with no Japanese text yet show their English original.
const fixture = path.join(fixturesDir, 'third-locale');
let dir = '';
let pages = new Map<string, Document>();
let sitemap = '';

const row =
  "  ja: { lang: 'ja', dateLang: 'ja-JP', ogLocale: 'ja_JP', label: '日本語', pagefindLang: 'ja', pagefindWasm: 'unknown', glossaryAliases: true },\n";
const uiStrings = `import { en, type Dictionary } from './en';

/** Japanese UI strings (a test fixture: the English strings with a Japanese site name and notice). */
const ja: Dictionary = {
  ...en,
  'site.name': 'AI 決済ヘルプ',
  'article.untranslated': 'このページはまだ日本語に翻訳されていません。{language}の原文を表示しています。',
};

export default ja;
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kb-third-locale-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(path.join(root, item), path.join(dir, item), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  // 1. One row in the locale table.
  const table = path.join(dir, 'src/i18n/locales.ts');
  const source = readFileSync(table, 'utf8');
  expect(source).toMatch(/\n} as const satisfies/);
  writeFileSync(table, source.replace(/\n} as const satisfies/, `\n${row}} as const satisfies`));
  // 2. A UI strings file.
  writeFileSync(path.join(dir, 'src/i18n/ui/ja.ts'), uiStrings);
  // 3. Content: the two-language fixture plus one Japanese guide; the decline entries, the
  // glossary and the facts stay as they are (no ja text).
  const content = path.join(dir, 'content');
  cpSync(path.join(fixturesDir, 'untranslated-site'), content, { recursive: true });
  cpSync(path.join(fixture, 'articles'), path.join(content, 'articles'), { recursive: true });
  // The site's real fact register too: its claims have no Japanese text either.
  cpSync(path.join(root, 'content/facts'), path.join(content, 'facts'), { recursive: true });
  expect(readdirSync(path.join(content, 'articles/ja'))).toEqual(['paired.mdx']);

  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      KB_CONTENT_DIR: content,
      KB_OUT_DIR: path.join(dir, 'dist'),
      KB_CACHE_DIR: path.join(dir, '.cache'),
      KB_TODAY: fixtureToday,
      // As every test build: preview images drawn only for a sample (tests/helpers/build.ts).
      KB_OG_PREVIEWS: 'sample',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) throw new Error(`The three-language build failed:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
  pages = new Map(loadSite(path.join(dir, 'dist')).map((p) => [p.path, p.document]));
  sitemap = readFileSync(path.join(dir, 'dist/sitemap-0.xml'), 'utf8');
}, 300_000);

afterAll(() => {
  if (dir && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
});

const hreflangs = (doc: Document) =>
  [...doc.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [
    l.getAttribute('hreflang'),
    new URL(l.getAttribute('href')!).pathname,
  ]);

describe('a third language from a table row, a UI strings file and content', () => {
  it('builds every page type in the new language with its <html lang>', () => {
    for (const p of ['/ja/', '/ja/paired/', '/ja/english-only/', '/ja/search/', '/ja/declines/', '/ja/declines/generic-decline/']) {
      const doc = pages.get(p);
      expect(doc, p).toBeDefined();
      expect(doc!.documentElement.getAttribute('lang'), p).toBe('ja');
    }
    expect(pages.get('/ja/')!.querySelector('.site-name')!.textContent).toBe('AI 決済ヘルプ');
  });

  it('lists the Japanese guide, a real translation, in the sitemap', () => {
    expect(pages.get('/ja/paired/')!.querySelector('main')!.hasAttribute('lang')).toBe(false);
    expect(pages.get('/ja/paired/')!.querySelector('[data-pagefind-body]')).not.toBeNull();
    expect(sitemap).toMatch(/<loc>[^<]*\/ja\/paired\/<\/loc>/);
  });

  it('shows a decline entry with no ja block as a fallback page: the original, the notice in Japanese', () => {
    const doc = pages.get('/ja/declines/generic-decline/')!;
    const original = pages.get(`/${defaultLocale}/declines/generic-decline/`)!;
    expect(doc.querySelector('main')!.getAttribute('lang')).toBe(locales[defaultLocale].lang);
    expect(doc.querySelector('h1')!.textContent).toBe(original.querySelector('h1')!.textContent);
    const notice = doc.querySelector('.untranslated')!;
    expect(notice.getAttribute('lang')).toBe('ja');
    expect(notice.textContent).toContain('まだ日本語に翻訳されていません。英語の原文を表示しています。');
    expect(notice.querySelector('a')!.getAttribute('href')).toBe(`/${defaultLocale}/declines/generic-decline/`);
    expect(new URL(doc.querySelector('link[rel=canonical]')!.getAttribute('href')!).pathname).toBe(
      `/${defaultLocale}/declines/generic-decline/`,
    );
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
    // Only the translations are one another's alternates; the fallback page is not one of them.
    expect(hreflangs(doc)).toEqual([]);
    expect(hreflangs(original).map(([l]) => l)).toEqual(['en', 'zh-CN', 'x-default']);
    expect(sitemap).not.toContain('/ja/declines/generic-decline/');
    expect(sitemap).toContain('/zh-cn/declines/generic-decline/');
  });

  it('lists the entries and renders the glossary from their original text on the Japanese guide', () => {
    const doc = pages.get('/ja/paired/')!;
    const entry = doc.querySelector('.decline-list a[href="/ja/declines/generic-decline/"]')!;
    expect(entry.getAttribute('lang')).toBe(locales[defaultLocale].lang);
    expect(entry.textContent).toBe(pages.get(`/${defaultLocale}/declines/generic-decline/`)!.querySelector('h1')!.textContent);
    const term = doc.querySelector('.glossary #authorization-hold')!;
    expect(term.querySelector('b')!.getAttribute('lang')).toBe(locales[defaultLocale].lang);
    expect(term.querySelector('b')!.textContent).toBe('Authorization hold');
    expect([...term.querySelectorAll('dt span')].map((s) => [s.getAttribute('lang'), s.textContent])).toEqual([['zh-CN', '预授权 / 预扣']]);
    expect(term.querySelector('dd')!.textContent).toContain('A temporary hold on funds.');
  });

  it('links a translated guide to its two translations, reciprocally, with x-default', () => {
    const expected = [
      ['en', '/en/paired/'],
      ['zh-CN', '/zh-cn/paired/'],
      ['ja', '/ja/paired/'],
      ['x-default', '/en/paired/'],
    ];
    for (const p of ['/en/paired/', '/zh-cn/paired/', '/ja/paired/']) expect(hreflangs(pages.get(p)!), p).toEqual(expected);
    const entry = /<url><loc>[^<]*\/ja\/paired\/<\/loc>(.*?)<\/url>/s.exec(sitemap);
    expect(entry?.[1]).toContain('hreflang="zh-CN"');
    expect(entry?.[1]).toContain('hreflang="en"');
  });

  it('offers the two other languages in the language switch', () => {
    const links = [...pages.get('/en/paired/')!.querySelectorAll('.lang-switch a')].map((a) => [
      a.getAttribute('hreflang'),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['zh-CN', '/zh-cn/paired/'],
      ['ja', '/ja/paired/'],
    ]);
    const fromJa = [...pages.get('/ja/paired/')!.querySelectorAll('.lang-switch a')].map((a) => a.getAttribute('href'));
    expect(fromJa).toEqual(['/en/paired/', '/zh-cn/paired/']);
  });

  it('falls back to the original, with the notice in the new language, where a guide is not translated', () => {
    const doc = pages.get('/ja/english-only/')!;
    expect(doc.querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('.untranslated')!.textContent).toContain('まだ日本語に翻訳されていません');
    expect(hreflangs(doc)).toEqual([]);
    expect(sitemap).not.toContain('/ja/english-only/');
  });

  it('sends short links to the entry in all three languages', () => {
    const links = [...pages.get('/d/generic-decline/')!.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/en/declines/generic-decline/', '/zh-cn/declines/generic-decline/', '/ja/declines/generic-decline/']);
  });
});
