import { describe, expect, it } from 'vitest';
import { inlineMarkdown, plainText } from '../../src/lib/markdown/inline';

const ctx = { locale: 'en', where: 'markdown.test' } as const;

describe('inline Markdown', () => {
  it('inlineMarkdown renders links, marks external ones and unwraps one paragraph', () => {
    expect(inlineMarkdown('See [guide](/en/x/).', ctx)).toBe('See <a href="/en/x/">guide</a>.');
    expect(inlineMarkdown('[src](https://example.com)', ctx)).toMatch(/rel="noopener noreferrer"/);
    expect(plainText('Use **another** [card](/x/) & retry.', ctx)).toBe('Use another card & retry.');
  });
});
