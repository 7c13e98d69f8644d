import { describe, expect, it } from 'vitest';
import { formatDate, useTranslations } from '../../src/i18n';
import { isLocale, localeCodes, locales } from '../../src/i18n/locales';
import { localeFromPath, localePath, pickLocale, readerLocale, switchLocalePath } from '../../src/i18n/paths';
import { en } from '../../src/i18n/ui/en';
import { zhCn } from '../../src/i18n/ui/zh-cn';

describe('locale table', () => {
  it('derives codes, html lang and og:locale', () => {
    expect(localeCodes).toEqual(['en', 'zh-cn']);
    expect(locales['zh-cn'].lang).toBe('zh-CN');
    expect(locales['zh-cn'].ogLocale).toBe('zh_CN');
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
    ['/404.html', 'zh-cn', '/zh-cn/404.html/'],
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
  it('zh-cn has exactly the English keys, none empty', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
    expect(Object.entries(zhCn).filter(([, v]) => !v.trim())).toEqual([]);
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
