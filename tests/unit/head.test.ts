import { describe, expect, it } from 'vitest';
import { defaultLocale, everyLocale, localeCodes, locales, type Locale } from '../../src/i18n/locales';
import { localePath, withBase } from '../../src/i18n/paths';
import { contentPageHead, head, type HeadInput, type PageText } from '../../src/lib/head';
import { alternates, siteUrl, structuredData } from '../../src/lib/seo';

// The page model of src/components/site/Head.astro, from the locale table: no language is named here.
const site = 'https://example.org';
const other = localeCodes.find((l) => l !== defaultLocale)!;
const text = (locale: Locale, title = `Title ${locale}`): PageText => ({
  locale,
  title,
  description: `Description ${locale}`,
  siteName: `Site ${locale}`,
});
const page = (input: Partial<HeadInput> = {}) =>
  head({ texts: [text(defaultLocale)], canonicalPath: localePath(defaultLocale, 'guide'), site, ...input });
const parsed = (jsonLd: string[]) => jsonLd.map((body) => JSON.parse(body) as Record<string, unknown>);

describe('head: a page in one language', () => {
  it('adds the site name to the document title, not to og:title, and not twice on the home page', () => {
    const h = page();
    expect(h.title).toBe(`Title ${defaultLocale} · Site ${defaultLocale}`);
    expect(h.og.title).toBe(`Title ${defaultLocale}`);
    expect(page({ texts: [text(defaultLocale, `Site ${defaultLocale}`)] }).title).toBe(`Site ${defaultLocale}`);
  });

  it('lists the other languages of a translated page as og:locale:alternate, never its own or x-default', () => {
    const h = page({ texts: [text(other)], alternates: alternates('guide', localeCodes, site) });
    expect(h.og.locale).toBe(locales[other].ogLocale);
    expect(h.og.localeAlternates).toEqual(localeCodes.filter((l) => l !== other).map((l) => locales[l].ogLocale));
    expect(h.alternates.map((a) => a.hreflang)).toContain('x-default');
  });

  it('gives a fallback page (an untranslated original) no alternates, and og:locale and JSON-LD the language of its text', () => {
    const h = page({
      texts: [text(other)],
      textLocale: defaultLocale,
      canonicalPath: localePath(defaultLocale, 'guide'),
      alternates: alternates('guide', [defaultLocale], site),
      schema: { type: 'Article', modified: new Date('2026-11-21') },
    });
    expect(h.alternates).toEqual([]);
    expect(h.og.localeAlternates).toEqual([]);
    expect(h.og.locale).toBe(locales[defaultLocale].ogLocale);
    expect(h.canonical).toBe(`${site}${localePath(defaultLocale, 'guide')}`);
    expect(parsed(h.jsonLd)[0]).toMatchObject({ inLanguage: locales[defaultLocale].lang, mainEntityOfPage: h.canonical });
  });

  it('uses the large card only with a preview image, and makes its address absolute', () => {
    expect(page().twitter).toMatchObject({ card: 'summary', image: undefined });
    expect(page().og.image).toBeUndefined();
    const h = page({ ogImage: withBase('/og/x.png') });
    expect(h.twitter.card).toBe('summary_large_image');
    expect(h.og.image?.url).toBe(`${site}/og/x.png`);
    expect(h.twitter.image).toBe(h.og.image?.url);
  });

  it('says noindex only when asked', () => {
    expect(page().robots).toBeUndefined();
    expect(page({ noindex: true }).robots).toBe('noindex');
  });
});

describe('head: a page carrying every language (/, /d/…, 404)', () => {
  const texts = everyLocale().map((l) => text(l));
  const h = page({ texts, canonicalPath: withBase('/'), ogUrlPath: withBase('/d/x/') });

  it('joins every language in title and description, the default language first', () => {
    expect(everyLocale()[0]).toBe(defaultLocale);
    expect([...everyLocale()].sort()).toEqual([...localeCodes].sort());
    expect(h.title).toBe(texts.map((t) => t.title).join(' · '));
    expect(h.og.title).toBe(h.title);
    for (const t of texts) expect(h.description).toContain(t.description);
  });

  it("gives the first language's og:locale and every other locale as og:locale:alternate", () => {
    expect(h.og.locale).toBe(locales[defaultLocale].ogLocale);
    expect(h.og.localeAlternates).toEqual(localeCodes.filter((l) => l !== defaultLocale).map((l) => locales[l].ogLocale));
  });

  it('keeps the title bare when only one language has a text of its own (a short link to an untranslated entry)', () => {
    const one = page({ texts: [text(defaultLocale)], everyLanguage: true, canonicalPath: withBase('/') });
    expect(one.title).toBe(text(defaultLocale).title);
    expect(page({ texts: [text(defaultLocale)], canonicalPath: withBase('/') }).title).not.toBe(text(defaultLocale).title);
  });

  it("describes its preview (a short link's card of every language) with each language's title, in the card's order", () => {
    const withImage = page({ texts, canonicalPath: withBase('/'), ogImage: withBase('/og/d/x.png') });
    const alt = withImage.og.image!.alt;
    const at = texts.map((t) => alt.indexOf(t.title));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("links each language's feed and keeps a short link's own address as og:url", () => {
    expect(h.feeds.map((f) => f.href)).toEqual(everyLocale().map((l) => withBase(`/${l}/feed.xml`)));
    expect(h.og.url).toBe(`${site}${withBase('/d/x/')}`);
    expect(h.canonical).toBe(`${site}${withBase('/')}`);
  });
});

describe('head: structured data', () => {
  it('cannot be closed by a title containing </script>', () => {
    const title = '</script><script>alert(1)</script>';
    const h = page({ texts: [text(defaultLocale, title)], schema: { type: 'TechArticle', modified: new Date('2026-11-21') } });
    expect(h.jsonLd).toHaveLength(1);
    expect(h.jsonLd[0]).not.toMatch(/<\/script/i);
    expect(parsed(h.jsonLd)[0]).toMatchObject({ '@type': 'TechArticle', headline: title, dateModified: '2026-11-21' });
  });

  it('builds guides and decline entries from one shape, with the page as mainEntityOfPage', () => {
    const of = (type: 'Article' | 'TechArticle') =>
      parsed(page({ schema: { type, modified: new Date('2026-10-02T12:00:00Z') } }).jsonLd)[0]!;
    const { '@type': guideType, ...guide } = of('Article');
    const { '@type': entryType, ...entry } = of('TechArticle');
    expect([guideType, entryType]).toEqual(['Article', 'TechArticle']);
    expect(guide).toEqual(entry);
    expect(guide).toMatchObject({ mainEntityOfPage: page().canonical, publisher: { name: `Site ${defaultLocale}` } });
  });

  it("names a home page's WebSite after the site, at the page's canonical address", () => {
    const h = page({ texts: [text(other)], canonicalPath: localePath(other), schema: { type: 'WebSite' } });
    expect(parsed(h.jsonLd)).toEqual([structuredData({ type: 'WebSite', name: `Site ${other}`, url: h.canonical })]);
    expect(page().jsonLd).toEqual([]);
  });

  it('gives each FAQ question its answer', () => {
    expect(structuredData({ type: 'FAQPage', questions: [{ q: 'Why?', a: 'Because.' }] })).toMatchObject({
      mainEntity: [{ '@type': 'Question', name: 'Why?', acceptedAnswer: { '@type': 'Answer', text: 'Because.' } }],
    });
  });
});

describe('head: a site under a sub-path (KB_BASE)', () => {
  const base = '/kb/';
  const path = withBase(`/${other}/guide/`, base);
  it('resolves canonical, og:url, preview and JSON-LD under the base, whether or not SITE_URL carries it', () => {
    for (const address of ['https://example.org', 'https://example.org/kb/']) {
      const h = head({
        texts: [text(other)],
        canonicalPath: path,
        ogImage: withBase('/og/x.png', base),
        schema: { type: 'Article', modified: new Date('2026-11-21') },
        site: address,
        base,
      });
      expect(h.canonical).toBe(`https://example.org/kb/${other}/guide/`);
      expect(h.og.url).toBe(h.canonical);
      expect(h.og.image?.url).toBe('https://example.org/kb/og/x.png');
      expect(h.feeds).toEqual([{ title: `Site ${other}`, href: `/kb/${other}/feed.xml` }]);
      expect(parsed(h.jsonLd)[0]!['mainEntityOfPage']).toBe(h.canonical);
    }
  });
});

describe('siteUrl', () => {
  it('passes the configured address through and names the setting when it is missing', () => {
    expect(siteUrl(new URL(site)).href).toBe(`${site}/`);
    expect(() => siteUrl(undefined)).toThrow(/astro\.config\.mjs.*SITE_URL/);
  });
});

describe('contentPageHead: a guide or decline entry page', () => {
  const text = { title: 'Card declined', description: 'Why.', reviewed: new Date('2026-11-21') };
  const translated = { slug: 'declines/x', contentLocale: other, isFallback: false, translations: [...localeCodes] };
  const fallback = { slug: 'declines/x', contentLocale: defaultLocale, isFallback: true, translations: [defaultLocale] };

  it('gives a translation its own canonical and preview, and every language as an alternate', () => {
    const h = contentPageHead(translated, text, 'TechArticle', site);
    expect(h.canonicalPath).toBe(localePath(other, 'declines/x'));
    expect(h.ogImage).toContain(`/${other}/declines/x`);
    expect(h.alternates.map((a) => a.hreflang)).toEqual([...localeCodes.map((l) => locales[l].lang), 'x-default']);
    expect(h.schema).toEqual({ type: 'TechArticle', modified: text.reviewed });
  });

  it("points a fallback page at the original's canonical and preview, with no alternates", () => {
    const h = contentPageHead(fallback, text, 'Article', site);
    expect(h.canonicalPath).toBe(localePath(defaultLocale, 'declines/x'));
    expect(h.ogImage).toContain(`/${defaultLocale}/declines/x`);
    expect(h.alternates).toEqual([]);
  });
});
