import { describe, expect, it } from 'vitest';
import { formatDate, languageName, useTranslations } from '../../src/i18n';
import { defaultLocale, isLocale, localeCodes, locales } from '../../src/i18n/locales';
import { localeFromPath, localePath, pickLocale, readerLocale, switchLocalePath } from '../../src/i18n/paths';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';

describe('locale table', () => {
  // Behaviour the pages rely on, for every locale the table holds (not a copy of the table).
  it.each(localeCodes)('%s: the URL code is its <html lang> in lower case, og:locale is language_REGION', (code) => {
    const { lang, ogLocale } = locales[code];
    expect(lang.toLowerCase()).toBe(code);
    expect(Intl.getCanonicalLocales(lang)).toEqual([lang]);
    expect(ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(ogLocale.split('_')[0]).toBe(lang.split('-')[0]);
    expect(isLocale(code)).toBe(true);
  });
  it("puts the originals' locale first (the sitemap and x-default use it)", () => {
    expect(localeCodes[0]).toBe(defaultLocale);
  });
  it.each([
    ['en', true],
    ['zh-cn', true],
    ['zh', false],
    ['zh-CN', false],
    [undefined, false],
    ['__proto__', false],
  ])('isLocale(%s) is %s', (value, expected) => expect(isLocale(value)).toBe(expected));
});

describe('path helpers', () => {
  it.each([
    ['/zh-cn/card-declined/', 'zh-cn'],
    ['/en/', 'en'],
    ['/d/expired-card/', undefined],
    ['/', undefined],
  ])('localeFromPath(%s) → %s', (p, l) => expect(localeFromPath(p)).toBe(l));

  it.each([
    ['en', '', '/en/'],
    ['zh-cn', 'card-declined', '/zh-cn/card-declined/'],
    ['en', '/declines/expired-card/', '/en/declines/expired-card/'],
  ] as const)('localePath(%s, %s) → %s', (l, rest, out) => expect(localePath(l, rest)).toBe(out));

  it.each([
    ['/en/card-declined/#why-declined', 'zh-cn', '/zh-cn/card-declined/#why-declined'],
    ['/zh-cn/search/?q=预授权', 'en', '/en/search/?q=预授权'],
    ['/en/', 'zh-cn', '/zh-cn/'],
  ] as const)('switchLocalePath(%s, %s) → %s', (p, l, out) => expect(switchLocalePath(p, l)).toBe(out));

  it.each([
    [['zh-CN', 'en'], 'zh-cn'],
    [['zh-TW'], 'zh-cn'],
    [['zh'], 'zh-cn'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('pickLocale(%j) → %s', (prefs, out) => expect(pickLocale(prefs)).toBe(out));
});

describe('translations', () => {
  it('names a language as a sentence in the other language says it, not by its switch label', () => {
    expect(languageName('en', 'zh-cn')).toBe('英语');
    expect(languageName('zh-cn', 'en')).toBe('Chinese');
    expect(useTranslations('zh-cn')('article.untranslated', { language: languageName('en', 'zh-cn') })).toBe(
      '本页尚未翻译成中文，以下是英语原文。',
    );
  });

  // Same keys are enforced by the type (Record<UiKey, string>); what the type cannot see is an
  // empty string or a placeholder the translation dropped, misspelt or added.
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('zh-cn has no empty string and the same {placeholders} as English in every string', () => {
    expect(Object.entries(zhCn).filter(([, v]) => !v.trim())).toEqual([]);
    const differ = (Object.keys(en) as (keyof typeof en)[]).filter((k) => placeholders(en[k]).join() !== placeholders(zhCn[k]).join());
    expect(differ).toEqual([]);
  });
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(useTranslations('zh-cn')('search.results', { count: 3 })).toBe('共 3 条结果');
    expect(useTranslations('en')('search.results')).toBe('{count} results');
  });
  it('formats dates for each locale', () => {
    expect(formatDate(new Date('2026-11-21'), 'en')).toBe('21 November 2026');
    expect(formatDate(new Date('2026-11-21'), 'zh-cn')).toBe('2026 年 11 月 21 日');
  });
});

describe('readerLocale', () => {
  it('prefers the language last read on the site, then the browser languages', () => {
    expect(readerLocale('zh-cn', ['en-US'])).toBe('zh-cn');
    expect(readerLocale(null, ['zh-TW', 'en'])).toBe('zh-cn');
    expect(readerLocale('fr', ['en-GB'])).toBe('en');
  });
});
