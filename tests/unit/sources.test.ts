import { describe, expect, it } from 'vitest';
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
