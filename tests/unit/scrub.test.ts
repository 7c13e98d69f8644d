import { describe, expect, it } from 'vitest';
import { scrubQuery } from '../../src/lib/search/scrub';

describe('scrubQuery removes personal data from a query', () => {
  it.each([
    // card numbers: 13–19 digits, with or without spaces or dashes
    ['Your card was declined. 4242 4242 4242 4242', 'Your card was declined.', ['card']],
    ['您的卡已被拒绝 卡号6222 0212 3456 7890 123', '您的卡已被拒绝 卡号', ['card']],
    ['card 4000-0566-5566-5556 declined', 'card declined', ['card']],
    ['378282246310005 was declined', 'was declined', ['card']],
    ['卡号：６２２２０２１２３４５６７８９０', '卡号:', ['card']],
    // security and one-time codes next to their label
    ['Your card was declined CVC 123', 'Your card was declined', ['cvc']],
    ['security code is 4321, card declined', ', card declined', ['cvc']],
    ['安全码：123 被拒', '被拒', ['cvc']],
    ['验证码 604213 收不到', '收不到', ['cvc']],
    ['cvv2=987', '', ['cvc']],
    // e-mail addresses and phone numbers
    ['my account zhang.san+ai@example.com.cn was banned', 'my account was banned', ['email']],
    ['绑定手机 138 0013 8000 收不到验证码', '绑定手机 收不到验证码', ['phone']],
    ['13800138000', '', ['phone']],
    ['+86 138-0013-8000 收不到', '收不到', ['phone']],
    ['call +1 (415) 555-0132 now', 'call now', ['phone']],
    ['客服 010-12345678', '客服', ['phone']],
    // several at once, each kind named once
    ['a@b.co 4242424242424242 CVV 123 13800138000', '', ['email', 'cvc', 'phone', 'card']],
  ] as const)('%j → %j %j', (input, text, removed) => {
    const out = scrubQuery(input);
    expect(out.text).toBe(text);
    expect(out.removed).toEqual(removed);
  });

  it.each([
    'Your card was declined.',
    'insufficient_quota 429',
    'HTTP/1.1 429 Too Many Requests',
    'Your card’s security code is invalid.',
    '3DS 验证码 收不到',
    '境外刷卡超过1000块会被外汇局知道吗',
    'does paying OpenAI count toward the $50,000 forex quota',
    '2026-12-01 charged $20.00 twice',
    'req_8a1f0c9e2b7d4e6f9a0b1c2d3e4f5a6b',
    'OpenAI 5 USD pending 一直没退',
    'error 0x80070005',
    '{"error":{"code":"card_declined","decline_code":"insufficient_funds"}}',
  ])('keeps %j unchanged', (input) => {
    expect(scrubQuery(input)).toEqual({ text: input, removed: [] });
  });
});

import { quickScrub } from '../../src/lib/search/quickScrub';
describe('quickScrub (the header search box, before it submits)', () => {
  it.each([
    ['Your card was declined. 4242 4242 4242 4242', 'Your card was declined.'],
    ['您的卡已被拒绝 卡号6222 0212 3456 7890 123', '您的卡已被拒绝 卡号'],
    ['绑定手机 138 0013 8000 收不到', '绑定手机 收不到'],
    ['call +1 (415) 555-0132', 'call'],
    ['account zhang.san@example.com banned', 'account banned'],
    ['charged on 2026-12-01, error 429', 'charged on 2026-12-01, error 429'],
    ['$50,000 forex quota', '$50,000 forex quota'],
  ])('%j → %j', (input, out) => expect(quickScrub(input)).toBe(out));
});
