import { describe, expect, it } from 'vitest';
import { alternates, jsonLd } from '../../src/lib/seo';
import { splitArticleId } from '../../src/lib/articleId';
import { inlineMarkdown, plainText } from '../../src/lib/markdown/inline';

const ctx = { locale: 'en', where: 'seo.test' } as const;
import { highlightPattern, highlightTerms } from '../../src/lib/highlightTerms';
import { withHighlight } from '../../src/lib/search/links';
import { safeExcerpt } from '../../src/lib/search/excerpt';

describe('alternates', () => {
  it('lists each translation and x-default', () => {
    expect(alternates('card-declined', ['en', 'zh-cn'], 'https://x.org')).toEqual([
      { hreflang: 'en', href: 'https://x.org/en/card-declined/' },
      { hreflang: 'zh-CN', href: 'https://x.org/zh-cn/card-declined/' },
      { hreflang: 'x-default', href: 'https://x.org/en/card-declined/' },
    ]);
  });
  it('gives a single-language page none', () => expect(alternates('x', ['en'], 'https://x.org')).toEqual([]));
  it('can point x-default at the language chooser', () => {
    expect(alternates('', ['en', 'zh-cn'], 'https://x.org', '/').at(-1)).toEqual({ hreflang: 'x-default', href: 'https://x.org/' });
  });
});

describe('small pure helpers', () => {
  it('jsonLd cannot close its script element', () => expect(jsonLd({ a: '</script><x>' })).not.toContain('</script>'));
  it('splitArticleId names the file when the folder is not a locale', () => {
    expect(splitArticleId('zh-cn/card-declined')).toEqual({ locale: 'zh-cn', slug: 'card-declined' });
    expect(() => splitArticleId('fr/x')).toThrow(/content\/articles\/fr\/x\.mdx/);
  });
  it('inlineMarkdown renders links, marks external ones and unwraps one paragraph', () => {
    expect(inlineMarkdown('See [guide](/en/x/).', ctx)).toBe('See <a href="/en/x/">guide</a>.');
    expect(inlineMarkdown('[src](https://example.com)', ctx)).toMatch(/rel="noopener noreferrer"/);
    expect(plainText('Use **another** [card](/x/) & retry.', ctx)).toBe('Use another card & retry.');
  });
  it('highlightTerms keeps words of two or more characters', () => {
    expect(highlightTerms('5美元 预授权 a the hold')).toEqual(['5美元', '预授权', 'the', 'hold']);
    expect('an authorization hold'.match(highlightPattern(['hold', 'authorization hold'])!)).toEqual(['authorization hold']);
    expect(highlightPattern(['a.b'])?.test('axb')).toBe(false);
  });
  it('withHighlight keeps the #section last', () => {
    expect(withHighlight('/en/x/#why', 'card declined')).toBe('/en/x/?highlight=card+declined#why');
  });
  it('safeExcerpt escapes everything but <mark>', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)>')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt;');
  });
});

import { isAllowedSource } from '../../src/site.config';
import { sourceSchema } from '../../src/schemas/shared';
describe('source domain allowlist', () => {
  it.each([
    ['https://help.openai.com/en/articles/7438062', true],
    ['https://docs.stripe.com/declines/codes?locale=zh-CN', true],
    ['https://help.openai.com.evil.example/x', false],
    ['https://upchatgpt.cn/openai', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => expect(isAllowedSource(url)).toBe(ok));

  it('rejects a source elsewhere with a message naming the rule', () => {
    const r = sourceSchema.safeParse({ title: 'x', url: 'https://affiliate.example/card', publisher: 'x', label: 'secondary' });
    expect(r.error?.issues[0]?.message).toMatch(/allowed domain/);
  });
});
