import { describe, expect, it } from 'vitest';
import { codesIn, normalizeMessage } from '../../src/lib/declines/normalize';
import { findDecline, lookupEntries } from '../../src/lib/declines/lookup';
import { loadDeclines } from '../helpers/content';
import { UMBRELLA_CODE, UMBRELLA_ENTRY } from '../../src/lib/declines/umbrella';

describe('normalizeMessage', () => {
  it.each([
    ['Your card was declined.', 'your card was declined'],
    ['  YOUR CARD WAS DECLINED  ', 'your card was declined'],
    ['“Your card was declined.”', 'your card was declined'],
    ["Your card's security code is incorrect.", 'your cards security code is incorrect'],
    ['Your card’s security code is incorrect', 'your cards security code is incorrect'],
    ['Error: Your card was declined.', 'your card was declined'],
    ['card_declined: Your card was declined.', 'your card was declined'],
    ['(402) Your card was declined!', 'your card was declined'],
    ['Ｙｏｕｒ　ｃａｒｄ　ｗａｓ　ｄｅｃｌｉｎｅｄ．', 'your card was declined'],
    ['您的卡已被拒绝。', '您的卡已被拒绝'],
    ['您的卡 已被拒绝', '您的卡已被拒绝'],
    ['错误：您的卡已被拒绝！', '您的卡已被拒绝'],
    ['处理您的卡时发生错误 —— 请稍后再试', '处理您的卡时发生错误——请稍后再试'],
    ['OpenAI 的 API', 'openai的api'],
    ['<b>Your card</b> was declined', 'your card was declined'],
    ['Your card was declined.<script>alert(1)', 'your card was declined'],
    ['', ''],
    ['   ', ''],
    ['🙂', '🙂'],
  ])('%j → %j', (input, expected) => expect(normalizeMessage(input)).toBe(expected));

  it('caps a 10,000-character paste', () => {
    expect(normalizeMessage('a'.repeat(10_000)).length).toBeLessThanOrEqual(1000);
  });

  it('finds codes in pasted text', () => {
    expect(codesIn('{"code": "card_declined", "decline_code": "insufficient_funds"}')).toEqual([
      'card_declined',
      'decline_code',
      'insufficient_funds',
    ]);
  });
});

const declines = loadDeclines();
/** Every message variant and reader keyword of an entry, as the lookup table is built. */
const variantTexts = (data: Record<string, any>): { text: string }[] => [
  ...(data['messages'] as { text: string }[]),
  ...Object.values((data['keywords'] ?? {}) as Record<string, string[]>)
    .flat()
    .map((text) => ({ text })),
];
const entries = lookupEntries(
  declines.map((d) => ({ id: d.id, codes: d.data['codes'] ?? [], messages: d.data['messages'], keywords: d.data['keywords'] })),
);

describe('findDecline on the real catalogue', () => {
  const variants = declines.flatMap((d) => variantTexts(d.data).map((m) => [d.id, m.text] as const));

  it.each(variants)('%s ← %j', (id, text) => {
    expect(findDecline(entries, text)?.id).toBe(id);
  });

  it('gives every message and keyword to exactly one entry', () => {
    const owners = new Map<string, string[]>();
    for (const e of entries) for (const k of [...e.keys, ...(e.keywords ?? [])]) owners.set(k, [...(owners.get(k) ?? []), e.id]);
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it.each([
    [UMBRELLA_CODE, UMBRELLA_ENTRY],
    ['insufficient_funds', 'insufficient-funds'],
    ['Stripe error: card_declined / decline_code=expired_card', 'expired-card'],
    ['invalid_cvc', 'incorrect-cvc'],
    ['lost_card', 'lost-or-stolen-card'],
    ['Payment failed: Your card has insufficient funds. Please try another card.', 'insufficient-funds'],
  ])('%j → %s', (text, id) => expect(findDecline(entries, text)?.id).toBe(id));

  it.each(['', '   ', 'x'.repeat(10_000), '<script>alert(1)</script>', '.*+?^${}()|[]\\', '🙂🙂🙂', 'hello world'])(
    'returns nothing, without throwing, for %j',
    (text) => expect(findDecline(entries, text)).toBeUndefined(),
  );
});
