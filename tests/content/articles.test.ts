import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { guideSets, headingsOf, internalLinks, loadArticles } from '../helpers/content';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { requiredGuides } from './required';

const articles = loadArticles();
const bySlug = (locale: string, slug: string) => articles.find((a) => a.locale === locale && a.slug === slug);
const slugs = [...new Set(articles.map((a) => a.slug))];

describe('article files', () => {
  // The promised guides must exist; any other guide in the tree gets every check as well.
  it.each(requiredGuides)('%s exists in every language', (slug) => {
    for (const l of localeCodes) expect(bySlug(l, slug), `content/articles/${l}/${slug}.mdx`).toBeDefined();
  });

  it('has no orphan: every guide is published in every language (drafts count as missing, as on the site)', () => {
    const incomplete = guideSets()
      .filter((s) => s.published.length < localeCodes.length)
      .map((s) => `${s.slug}: only ${s.published.join(', ')}`);
    expect(incomplete).toEqual([]);
  });
});

describe.each(articles.map((a) => [a.file, a] as const))('%s', (_file, article) => {
  const parsed = articleSchema.safeParse(article.frontmatter);
  const data = parsed.success ? parsed.data : undefined;
  // Parity is checked against the original (the default locale's version).
  const other = article.locale === defaultLocale ? undefined : bySlug(defaultLocale, article.slug);

  it('frontmatter matches the schema', () => {
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
  });

  it('lists at least two sources, three FAQ questions and three related guides', () => {
    expect(data?.sources.length).toBeGreaterThanOrEqual(2);
    expect(data?.faq.length).toBeGreaterThanOrEqual(3);
    expect(data?.related.length).toBeGreaterThanOrEqual(3);
  });

  it('related slugs are other existing guides', () => {
    for (const slug of data?.related ?? []) {
      expect(slugs, `related: ${slug}`).toContain(slug);
      expect(slug).not.toBe(article.slug);
    }
  });

  it('opens with a QuickAnswer and flags cautions or compliance in a Callout', () => {
    expect(article.body.trimStart().startsWith('<QuickAnswer>')).toBe(true);
    expect(article.body).toMatch(/<Callout type="(caution|compliance)"/);
  });

  it('gives every heading an explicit id, unique in the page', () => {
    const headings = headingsOf(article.body);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((h) => !h.id).map((h) => `line ${h.line}: ${h.text}`)).toEqual([]);
    const ids = headings.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses the same section and FAQ ids as its counterpart, in the same order', () => {
    if (!other) return; // the original itself, or an orphan (reported above)
    expect(headingsOf(article.body).map((h) => `${h.depth}:${h.id}`)).toEqual(headingsOf(other.body).map((h) => `${h.depth}:${h.id}`));
    const faqIds = (a: typeof article) => ((a.frontmatter['faq'] as { id: string }[] | undefined) ?? []).map((f) => f.id);
    expect(faqIds(article)).toEqual(faqIds(other));
    expect(article.frontmatter['topic']).toBe(other.frontmatter['topic']);
  });

  it('links only to pages in its own language', () => {
    const foreign = internalLinks(article.raw).filter((href) => !href.startsWith(`/${article.locale}/`));
    expect(foreign).toEqual([]);
  });
});
