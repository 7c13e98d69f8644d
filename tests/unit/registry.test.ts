import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  articlePagePlan,
  articleRegistry,
  contentRegistry,
  declineFiles,
  fallbackPaths,
  pairTranslations,
  type ArticleFile,
} from '../../src/lib/registry';
import { defaultLocale, localeCodes, type Locale } from '../../src/i18n/locales';
import { fixturesDir } from '../helpers/paths';
import { splitArticleId } from '../../src/lib/articleId';

// The tables name locales by role, so they hold for any locale table: the default locale and one other.
const original = defaultLocale;
const other = localeCodes.find((l) => l !== defaultLocale)!;
const file = (locale: Locale, slug: string, draft = false): ArticleFile => ({ locale, slug, draft });

describe('pairTranslations', () => {
  it.each([
    ['both published', [file(original, 'a'), file(other, 'a')], [original, other], original],
    ['translation is a draft', [file(original, 'a'), file(other, 'a', true)], [original], original],
    ['translation missing', [file(original, 'a')], [original], original],
    ['original is a draft', [file(original, 'a', true), file(other, 'a')], [other], other],
    ['only in another language', [file(other, 'a')], [other], other],
  ] as const)('%s', (_, files, published, expectedOriginal) => {
    expect(pairTranslations(files)).toEqual([{ slug: 'a', published, original: expectedOriginal }]);
  });

  it('drops a guide with no published version and sorts by slug', () => {
    expect(pairTranslations([file(original, 'b'), file(original, 'z', true), file(original, 'a')]).map((s) => s.slug)).toEqual(['a', 'b']);
  });
});

describe('articlePagePlan and fallbackPaths', () => {
  const sets = pairTranslations([file(original, 'a'), file(other, 'a', true)]);
  it('gives every locale a page, showing the original where the translation is a draft', () => {
    const plan = articlePagePlan(sets);
    expect(plan).toHaveLength(localeCodes.length);
    expect(plan.find((p) => p.locale === other)).toMatchObject({ contentLocale: original, isFallback: true, translations: [original] });
    expect(plan.find((p) => p.locale === original)).toMatchObject({ contentLocale: original, isFallback: false });
  });
  it('lists the fallback pages (kept out of the sitemap)', () => {
    expect([...fallbackPaths(sets)]).toEqual(localeCodes.filter((l) => l !== original).map((l) => `/${l}/a/`));
  });
});

describe('articleRegistry reads drafts from the frontmatter', () => {
  it('treats the fixture draft translation as missing', () => {
    const sets = articleRegistry(`${fixturesDir}/untranslated-site/articles`);
    expect(sets.find((s) => s.slug === 'draft-translation')?.published).toEqual([original]);
    expect(sets.find((s) => s.slug === 'paired')?.published).toEqual([original, other]);
  });
});

describe('decline entries in the registry', () => {
  it('counts a locale block as a translation, and nothing else', () => {
    expect(declineFiles('x', { codes: [], [original]: { title: 'T' }, [other]: null }).map((f) => f.locale)).toEqual([original]);
    expect(declineFiles('x', { [other]: { title: 'T' }, [original]: { title: 'T' } })).toEqual([
      { locale: original, slug: 'declines/x', draft: false },
      { locale: other, slug: 'declines/x', draft: false },
    ]);
  });

  it('lists guides and decline entries of a tree, an untranslated entry as fallback pages, a broken file as none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'registry-'));
    mkdirSync(path.join(dir, 'declines'));
    writeFileSync(path.join(dir, 'declines/only-original.yaml'), `codes: []\n${original}:\n  title: T\n`);
    writeFileSync(path.join(dir, 'declines/both.yaml'), `${original}: { title: T }\n${other}: { title: T }\n`);
    writeFileSync(path.join(dir, 'declines/broken.yaml'), `${original}: [unclosed\n`);
    const sets = contentRegistry(dir);
    expect(sets.map((s) => [s.slug, s.published])).toEqual([
      ['declines/both', [original, other]],
      ['declines/only-original', [original]],
    ]);
    expect([...fallbackPaths(sets)]).toEqual(localeCodes.filter((l) => l !== original).map((l) => `/${l}/declines/only-original/`));
  });

  it('reads the fixture: one decline entry translated, one in the original only', () => {
    const sets = contentRegistry(`${fixturesDir}/untranslated-site`);
    expect(sets.find((s) => s.slug === 'declines/generic-decline')?.published).toEqual([original, other]);
    expect(sets.find((s) => s.slug === 'declines/english-only-decline')?.published).toEqual([original]);
  });
});

describe('article ids', () => {
  it('splitArticleId names the file when the folder is not a locale', () => {
    expect(splitArticleId('zh-cn/card-declined')).toEqual({ locale: 'zh-cn', slug: 'card-declined' });
    expect(() => splitArticleId('fr/x')).toThrow(/content\/articles\/fr\/x\.mdx/);
  });
});
