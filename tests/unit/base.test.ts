import { describe, expect, it } from 'vitest';
import { baseFrom, siteBase, withBase, withoutBase } from '../../src/i18n/paths';
import { baseLinks } from '../../src/lib/markdown/baseLinks';
import { markdownToHtml } from 'satteri';

describe('the base (KB_BASE)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['kb', '/kb/'],
    ['/kb', '/kb/'],
    ['/kb/', '/kb/'],
    ['/docs/kb/', '/docs/kb/'],
  ])('baseFrom(%j) → %s', (value, out) => expect(baseFrom(value)).toBe(out));

  it.each(['https://example.org/kb/', '/k b/', '/kb/../x/', '/kb?x'])('refuses %s', (value) =>
    expect(() => baseFrom(value)).toThrow(/KB_BASE/),
  );

  it('is / where tests run (no KB_BASE)', () => expect(siteBase).toBe('/'));

  it.each([
    ['/en/card-declined/', '/', '/en/card-declined/'],
    ['/en/card-declined/', '/kb/', '/kb/en/card-declined/'],
    ['/', '/kb/', '/kb/'],
    ['/pagefind/pagefind.js', '/docs/kb/', '/docs/kb/pagefind/pagefind.js'],
    ['#faq', '/kb/', '#faq'],
  ])('withBase(%s, %s) → %s', (p, base, out) => expect(withBase(p, base)).toBe(out));

  it.each([
    ['/kb/en/search/', '/kb/', '/en/search/'],
    ['/kb/', '/kb/', '/'],
    ['/kb', '/kb/', '/'],
    ['/en/', '/kb/', '/en/'],
    ['/en/', '/', '/en/'],
  ])('withoutBase(%s, %s) → %s', (p, base, out) => expect(withoutBase(p, base)).toBe(out));
});

describe('baseLinks (content links under the base)', () => {
  const render = (md: string, base: string) => markdownToHtml(md, { hastPlugins: [baseLinks(base)] }).html.trim();

  it('is no plugin at all for the root base', () => expect(baseLinks('/')).toBeNull());

  it('prefixes root-relative links and leaves anchors, full and protocol-relative URLs alone', () => {
    const html = render('[a](/en/card-declined/#why) [b](#faq) [c](https://help.openai.com/) [d](//x.org/) ![e](/og/en/home.png)', '/kb/');
    expect(html).toContain('href="/kb/en/card-declined/#why"');
    expect(html).toContain('href="#faq"');
    expect(html).toContain('href="https://help.openai.com/"');
    expect(html).toContain('href="//x.org/"');
    expect(html).toContain('src="/kb/og/en/home.png"');
  });
});
