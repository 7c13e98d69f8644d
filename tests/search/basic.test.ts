import { describe, expect, it } from 'vitest';
import { searchSite } from '../helpers/pagefind';

describe('search from Node on the built index', () => {
  it.each([
    ['en', 'authorization hold', '/en/five-dollar-authorization-hold/'],
    ['en', 'ChatGPT Plus subscription API credits separate', '/en/api-vs-chatgpt-billing/'],
    ['zh-cn', '预授权', '/zh-cn/five-dollar-authorization-hold/'],
    ['zh-cn', 'ChatGPT Plus 订阅 API 分开', '/zh-cn/api-vs-chatgpt-billing/'],
  ] as const)('[%s] %s → %s first', async (locale, query, expected) => {
    const { hits } = await searchSite(locale, query);
    expect(hits[0]?.url).toBe(expected);
  });

  it('keeps each language in its own index', async () => {
    const en = await searchSite('en', 'declined');
    const zh = await searchSite('zh-cn', '被拒');
    expect(en.hits.length).toBeGreaterThan(0);
    expect(zh.hits.length).toBeGreaterThan(0);
    expect(en.hits.every((h) => h.url.startsWith('/en/'))).toBe(true);
    expect(zh.hits.every((h) => h.url.startsWith('/zh-cn/'))).toBe(true);
  });

  it('returns nothing, without throwing, for an empty or hostile query', async () => {
    expect((await searchSite('en', '   ')).hits).toEqual([]);
    await expect(searchSite('en', '<script>alert(1)</script>')).resolves.toBeDefined();
    await expect(searchSite('en', '.*+?^${}()|[]\\'.repeat(50))).resolves.toBeDefined();
    await expect(searchSite('zh-cn', '预授权'.repeat(3000))).resolves.toBeDefined();
  });
});
