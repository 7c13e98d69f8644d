import { describe, expect, it } from 'vitest';
import { loadArticles, loadDeclines, loadGlossary } from '../helpers/content';
import { lintZh } from './lint/zhTypography';
import { findBannedClaims } from './lint/bannedClaims';

const articles = loadArticles();
const declines = loadDeclines();

/**
 * The Chinese text we wrote in a decline or glossary file: every value under a zh-cn key. Message
 * variants are copied verbatim from products, and keywords are what readers type, so neither is linted.
 */
function chineseStrings(value: unknown, inZh = false): string[] {
  if (typeof value === 'string') return inZh ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => chineseStrings(v, inZh));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return Object.entries(obj)
      .filter(([k]) => k !== 'messages' && k !== 'keywords')
      .flatMap(([k, v]) => chineseStrings(v, inZh || k === 'zh-cn'));
  }
  return [];
}

describe('zh-CN typography', () => {
  // Source titles are quoted as published, so only the article's own words are checked.
  it.each(articles.filter((a) => a.locale === 'zh-cn').map((a) => [a.file, a] as const))('%s', (_f, article) => {
    const { title, description, faq } = article.frontmatter as { title: string; description: string; faq?: { q: string; a: string }[] };
    const own = [title, description, ...(faq ?? []).flatMap((f) => [f.q, f.a])].join('\n');
    const issues = [...lintZh(own).map((i) => `frontmatter ${i.rule}: ${i.excerpt}`), ...lintZh(article.body).map((i) => `body line ${i.line} ${i.rule}: ${i.excerpt}`)];
    expect(issues).toEqual([]);
  });
  it.each(declines.map((d) => [d.file, d] as const))('%s', (_f, decline) => {
    expect(lintZh(chineseStrings(decline.data).join('\n')).map((i) => `${i.rule}: ${i.excerpt}`)).toEqual([]);
  });
  it('src/i18n/ui/zh-cn.ts (the interface strings)', async () => {
    const { zhCn } = await import('../../src/i18n/ui/zh-cn');
    expect(lintZh(Object.values(zhCn).join('\n')).map((i) => `${i.rule}: ${i.excerpt}`)).toEqual([]);
  });
  it('content/glossary.yaml', () => {
    expect(lintZh(chineseStrings(loadGlossary()).join('\n')).map((i) => `${i.rule}: ${i.excerpt}`)).toEqual([]);
  });
});

describe('banned claims', () => {
  it.each([...articles, ...declines].map((f) => [f.file, f] as const))('%s', (_f, file) => {
    expect(findBannedClaims(file.raw).map((h) => `${h.id} ("${h.match}"): ${h.why}`)).toEqual([]);
  });
});
