import { describe, expect, it } from 'vitest';
import { escapeXml, htmlToText } from '../../src/lib/html';
import { plainText } from '../../src/lib/markdown/inline';

describe('htmlToText (JSON-LD and meta text)', () => {
  it('decodes numeric entities, decimal and hex, inside nested markup', () => {
    expect(htmlToText('<p>It&#8217;s <b><i>&#x4E2D;&#25991;</i></b> &amp;&nbsp;<a href="/x">more</a></p><p>next</p>')).toBe(
      'It’s 中文 & more next',
    );
  });
  it('removes a tag whose attribute value holds ">"', () => {
    expect(htmlToText('<a href="/x" title="a > b">link</a>')).toBe('link');
  });
  it('keeps escaped markup as text', () => expect(htmlToText('<code>&lt;b&gt;</code>')).toBe('<b>'));
  it('reads raw HTML entities in inline Markdown', () => {
    expect(plainText('Card <span>holder&#8217;s</span> [name](/x/ "a > b").', { locale: 'en', where: 'html.test' })).toBe(
      'Card holder’s name.',
    );
  });
});

describe('escapeXml (the Atom feed)', () => {
  it('escapes every ampersand, so a title that reads "&amp;" keeps reading so', () => {
    expect(escapeXml('Plans &amp; Billing <"Pro"> & Max')).toBe('Plans &amp;amp; Billing &lt;&quot;Pro&quot;&gt; &amp; Max');
  });
  it('leaves Chinese as it is', () => expect(escapeXml('预授权 & 退款')).toBe('预授权 &amp; 退款'));
});
