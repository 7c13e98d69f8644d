import { describe, expect, it } from 'vitest';
import { alternates, jsonLd } from '../../src/lib/seo';

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

describe('jsonLd', () => {
  it('jsonLd cannot close its script element', () => expect(jsonLd({ a: '</script><x>' })).not.toContain('</script>'));
});
