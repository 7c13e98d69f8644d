import { describe, expect, it } from 'vitest';
import { runSearch } from '../../src/lib/search/pipeline';
import { pagefindFor } from '../helpers/pagefind';

describe('search from Node on the built index', () => {
  it.each([
    ['en', 'authorization hold', '/en/five-dollar-authorization-hold/'],
    ['en', 'ChatGPT Plus subscription API credits separate', '/en/api-vs-chatgpt-billing/'],
    ['zh-cn', '预授权', '/zh-cn/five-dollar-authorization-hold/'],
    ['zh-cn', 'ChatGPT Plus 订阅 API 分开', '/zh-cn/api-vs-chatgpt-billing/'],
  ] as const)('[%s] %s → %s first', async (locale, query, expected) => {
    const { hits } = await runSearch(await pagefindFor(locale), query, { locale });
    expect(hits[0]?.url).toBe(expected);
  });

  it('keeps each language in its own index', async () => {
    const en = await runSearch(await pagefindFor('en'), 'declined', { locale: 'en' });
    const zh = await runSearch(await pagefindFor('zh-cn'), '被拒', { locale: 'zh-cn' });
    expect(en.hits.length).toBeGreaterThan(0);
    expect(zh.hits.length).toBeGreaterThan(0);
    expect(en.hits.every((h) => h.url.startsWith('/en/'))).toBe(true);
    expect(zh.hits.every((h) => h.url.startsWith('/zh-cn/'))).toBe(true);
  });

  it('returns nothing, without throwing, for an empty or hostile query', async () => {
    const pf = await pagefindFor('en');
    expect((await runSearch(pf, '   ', { locale: 'en' })).hits).toEqual([]);
    await expect(runSearch(pf, '<script>alert(1)</script>', { locale: 'en' })).resolves.toBeDefined();
    await expect(runSearch(pf, '.*+?^${}()|[]\\'.repeat(50), { locale: 'en' })).resolves.toBeDefined();
  });
});
