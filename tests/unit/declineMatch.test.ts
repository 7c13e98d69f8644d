import { describe, expect, it } from 'vitest';
import { findDecline, lookupEntries, similarity, type LookupMatch } from '../../src/lib/declines/lookup';
import { messageParts } from '../../src/lib/declines/normalize';
import { UMBRELLA_CODE, UMBRELLA_ENTRY } from '../../src/lib/declines/umbrella';

// A small catalogue shaped like the real one: messages (verbatim, what products show), keywords
// (how readers type it), codes. The mechanism is tested here; the real catalogue in declineLookup.test.ts.
const entries = lookupEntries([
  {
    id: UMBRELLA_ENTRY,
    codes: [UMBRELLA_CODE, 'generic_decline'],
    messages: [{ text: 'Your card was declined.' }, { text: '您的卡已被拒绝' }, { text: '您的银行卡被拒绝' }],
    keywords: { en: ['card declined'], 'zh-cn': ['卡被拒', '支付失败', '绑卡失败'] },
  },
  {
    id: 'insufficient-funds',
    codes: [UMBRELLA_CODE, 'insufficient_funds'],
    messages: [{ text: 'Your card has insufficient funds.' }, { text: '您的卡余额不足' }],
    keywords: { en: ['insufficient funds'], 'zh-cn': ['余额不足', '卡内余额不足'] },
  },
  {
    id: 'card-velocity-exceeded',
    codes: [UMBRELLA_CODE, 'card_velocity_exceeded'],
    messages: [{ text: 'Your card was declined for making repeated attempts too frequently or exceeding its amount limit.' }],
  },
  {
    id: 'insufficient-quota',
    codes: ['insufficient_quota', 'credit_balance_exhausted'],
    messages: [{ text: 'You exceeded your current quota, please check your plan and billing details.' }],
    keywords: { 'zh-cn': ['API 额度不足', '额度用完'] },
  },
  {
    id: 'spend-limit-exceeded',
    codes: ['organization_spend_limit_exceeded', 'project_spend_limit_exceeded'],
    messages: [],
    keywords: { en: ['hard spend limit reached'] },
  },
  {
    id: 'expired-card',
    codes: [UMBRELLA_CODE, 'expired_card'],
    messages: [{ text: 'Your card has expired.' }, { text: '您的银行卡已过期' }],
    keywords: { 'zh-cn': ['卡片已过期'] },
  },
  {
    id: 'incorrect-cvc',
    codes: [UMBRELLA_CODE, 'incorrect_cvc'],
    messages: [{ text: "Your card's security code is incorrect." }],
    keywords: { 'zh-cn': ['安全码错误'] },
  },
  { id: 'fraudulent', codes: [UMBRELLA_CODE, 'fraudulent'], messages: [], keywords: { en: ['suspected fraud'] } },
]);

const match = (text: string) => findDecline(entries, text);

describe('findDecline: a message surrounded by other text', () => {
  it.each<[string, string, LookupMatch['by']]>([
    ['Your card was declined.', 'generic-decline', 'exact'],
    ['您的卡已被拒绝。请尝试使用其他卡。', 'generic-decline', 'contains'],
    ['您的卡已被拒绝 请重试', 'generic-decline', 'contains'],
    ['支付失败：您的卡已被拒绝', 'generic-decline', 'exact'],
    ['付款失败，您的卡已被拒绝，请联系发卡行', 'generic-decline', 'contains'],
    ['您的卡已被拒绝 卡号', 'generic-decline', 'contains'],
    ['Your card was declined.Try paying with a debit card instead.', 'generic-decline', 'contains'],
    ['Your card was declined. Your request was in live mode, but used a known test card.', 'generic-decline', 'contains'],
    ['“Your card was declined.”', 'generic-decline', 'exact'],
    ['Ｙｏｕｒ ｃａｒｄ ｈａｓ ｅｘｐｉｒｅｄ．', 'expired-card', 'exact'],
    ['Your card\nhas expired.', 'expired-card', 'exact'],
    ['\u200E您的卡已被拒绝', 'generic-decline', 'exact'],
    ['\u202E您的卡已被拒绝', 'generic-decline', 'exact'],
    ['Your card’s security code is incorrect.', 'incorrect-cvc', 'exact'],
    [
      'HTTP/1.1 429 Too Many Requests\n{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}',
      'insufficient-quota',
      'code',
    ],
    [
      '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"credit_balance_exhausted"}}',
      'insufficient-quota',
      'code',
    ],
    ['Error code: 429 - You exceeded your current quota, please check your plan and billing details.', 'insufficient-quota', 'contains'],
  ])('%j → %s (%s)', (text, id, by) => expect(match(text)).toEqual({ id, by }));
});

describe('findDecline: the most specific entry wins', () => {
  it.each([
    // a longer message beats a shorter one it contains
    ['Your card was declined for making repeated attempts too frequently or exceeding its amount limit.', 'card-velocity-exceeded'],
    ['Your card was declined. Your card has insufficient funds.', 'insufficient-funds'],
    // a specific code beats the umbrella code and a general message
    ['{"code":"card_declined","decline_code":"insufficient_funds","message":"Your card was declined."}', 'insufficient-funds'],
    ['"decline_code": "fraudulent"', 'fraudulent'],
    [UMBRELLA_CODE, UMBRELLA_ENTRY],
    [`Stripe error: ${UMBRELLA_CODE}`, UMBRELLA_ENTRY],
    // a message beats a keyword
    ['您的卡余额不足，支付失败', 'insufficient-funds'],
  ])('%j → %s', (text, id) => expect(match(text)?.id).toBe(id));

  it('prefers a message to a reader’s phrasing, and labels the phrasing as a keyword', () => {
    expect(match('余额不足')).toEqual({ id: 'insufficient-funds', by: 'keyword' });
    expect(match('请问卡内余额不足怎么办')).toEqual({ id: 'insufficient-funds', by: 'keyword' });
    expect(match('hard spend limit reached on my project')).toEqual({ id: 'spend-limit-exceeded', by: 'keyword' });
  });

  it('does not let a short keyword decide a longer question', () => {
    expect(match('为什么Plus能付款但API绑卡失败，换了三张卡都不行')).toBeUndefined();
  });
});

describe('findDecline: close matches are labelled close', () => {
  it.each([
    ['insufficent_quota', 'insufficient-quota'],
    ['credit_balance_exhaustd', 'insufficient-quota'],
    ['余额不组', 'insufficient-funds'],
    ['安全马错误', 'incorrect-cvc'],
    ['卡片以过期', 'expired-card'],
    ['你的卡已被拒绝了', 'generic-decline'],
    ['Your card was declned.', 'generic-decline'],
    ['You exceeded your quota, please check your plan and billing details', 'insufficient-quota'],
  ])('%j → %s', (text, id) => expect(match(text)).toEqual({ id, by: 'close' }));

  it('does not call a real word a typo of another (额度不足 is not 余额不足)', () => {
    expect(match('额度不足')?.id).not.toBe('insufficient-funds');
  });
});

describe('findDecline: nonsense finds nothing', () => {
  it.each([
    'asdkjhaskdjh',
    '<script>alert(1)</script>',
    'Transaktion abgelehnt Fehler 0x8004',
    'hello world',
    'zzqx vvkp',
    '卡',
    '的的的的',
    '12345',
    'your',
    '🙂🙂🙂',
    'x'.repeat(10_000),
    'abc_defgh',
  ])('%j', (text) => expect(match(text)).toBeUndefined());
});

describe('helpers', () => {
  it('splits a paste into sentences, lines and JSON strings', () => {
    expect(messageParts('您的卡已被拒绝。请重试。')).toEqual(['您的卡已被拒绝', '请重试']);
    expect(messageParts('Your card was declined.Try again')).toEqual(['your card was declined', 'try again']);
    expect(messageParts('{"message":"Your card was declined."}')).toEqual(['message', 'your card was declined']);
  });

  it('scores similarity by shared character pairs', () => {
    expect(similarity('您的卡已被拒绝', '您的卡已被拒绝')).toBe(1);
    expect(similarity('你的卡已被拒绝了', '您的卡已被拒绝')).toBeGreaterThan(0.7);
    expect(similarity('完全无关的一句话', '您的卡已被拒绝')).toBeLessThan(0.2);
  });
});
