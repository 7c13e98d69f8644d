import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingsOf, loadArticles, loadDeclines, loadGlossary } from '../helpers/content';
import { contentDir } from '../helpers/paths';
import {
  articleProse,
  declineChinese,
  findDiscouragedTerms,
  findDoubleStop,
  findHandTypedAsOf,
  findLinkTitleMismatches,
  glossaryChinese,
  termRules,
  type GuideNames,
  type LintHit,
} from './lint/terms';
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

// One term per concept, hand-typed dates, double stops and guide names (tests/content/lint/terms.ts).
// Each hit is "file:line: what to change".
const glossaryRaw = readFileSync(path.join(contentDir, 'glossary.yaml'), 'utf8');
const { rules, terms } = termRules(loadGlossary());
const zhGuides = new Map<string, GuideNames>(
  articles
    .filter((a) => a.locale === 'zh-cn')
    .map((a) => [a.slug, { title: String(a.frontmatter['title']), headings: new Map(headingsOf(a.body).map((h) => [h.id ?? '', h.text])) }]),
);
const at = (file: string) => (h: LintHit) => `${file}:${h.line}: ${h.message}`;

/** Every content file with the Chinese prose we wrote in it (other lines blanked, line numbers kept). */
const zhProse: [string, string][] = [
  ...articles.filter((a) => a.locale === 'zh-cn').map((a) => [a.file, articleProse(a.raw)] as [string, string]),
  ...declines.map((d) => [d.file, declineChinese(d.raw)] as [string, string]),
  ['content/glossary.yaml', glossaryChinese(glossaryRaw)],
];

describe('one term per concept in Chinese prose (glossary `avoid` lists)', () => {
  it('the glossary names a preferred term and its discouraged variants', () => {
    expect(rules.length).toBeGreaterThanOrEqual(6);
  });
  it.each(zhProse)('%s', (file, prose) => {
    expect(findDiscouragedTerms(prose, rules, terms).map(at(file))).toEqual([]);
  });
});

describe('no second full stop after a quoted sentence', () => {
  it.each(zhProse)('%s', (file, prose) => {
    expect(findDoubleStop(prose).map(at(file))).toEqual([]);
  });
});

describe('no hand-typed "as of" date: dates come from the fact register', () => {
  it.each([
    ...articles.map((a) => [a.file, a.raw] as [string, string]),
    ...declines.map((d) => [d.file, d.raw] as [string, string]),
    ['content/glossary.yaml', glossaryRaw] as [string, string],
  ])('%s', (file, raw) => {
    expect(findHandTypedAsOf(raw).map(at(file))).toEqual([]);
  });
});

describe('guides are linked under their own titles (zh-CN)', () => {
  it.each(zhProse)('%s', (file, prose) => {
    expect(findLinkTitleMismatches(prose, 'zh-cn', zhGuides).map(at(file))).toEqual([]);
  });
});
