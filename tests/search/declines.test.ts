import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { loadDeclines } from '../helpers/content';
import { searchSite } from '../helpers/pagefind';
import { UMBRELLA_CODE, UMBRELLA_ENTRY } from '../../src/lib/declines/umbrella';

const declines = loadDeclines();

/** Every message variant and reader keyword of an entry. */
const variantTexts = (data: Record<string, any>): string[] => [
  ...(data['messages'] as { text: string }[]).map((m) => m.text),
  ...Object.values((data['keywords'] ?? {}) as Record<string, string[]>).flat(),
];

describe('every decline message variant, searched in both language indexes, returns its entry first', () => {
  it.each(declines.map((d) => [d.id, d] as const))('%s', async (id, decline) => {
    const wrong: string[] = [];
    for (const locale of localeCodes) {
      for (const text of variantTexts(decline.data)) {
        const { hits } = await searchSite(locale, text, { limit: 3 });
        if (hits[0]?.url !== `/${locale}/declines/${id}/`) wrong.push(`[${locale}] ${JSON.stringify(text)} → ${hits[0]?.url ?? 'nothing'}`);
      }
      for (const code of (decline.data['codes'] as string[]).filter((c) => c !== UMBRELLA_CODE || id === UMBRELLA_ENTRY)) {
        const { hits } = await searchSite(locale, code, { limit: 3 });
        if (hits[0]?.url !== `/${locale}/declines/${id}/`) wrong.push(`[${locale}] code ${code} → ${hits[0]?.url ?? 'nothing'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds a Chinese entry for an English message without the lookup (alias records in the Chinese index)', async () => {
    const { pagefindFor } = await import('../helpers/pagefind');
    const pf = await pagefindFor('zh-cn');
    const results = (await pf.search('Your card has expired'))?.results ?? [];
    const urls = await Promise.all(results.slice(0, 3).map(async (r) => (await r.data()).url));
    expect(urls).toContain('/zh-cn/declines/expired-card/');
  });
});
