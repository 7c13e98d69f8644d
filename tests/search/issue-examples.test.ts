import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { searchSite } from '../helpers/pagefind';

// The texts the "paste what you saw" issue names as failing (Stripe's own Chinese strings, Stripe's
// English texts as pasted, codes with a typo, Chinese messages with text after them, questions in
// readers' words): each must land on its entry or guide in the first three results.
const examples: [Locale, string, string[]][] = [
  [
    'zh-cn',
    '我们未能验证您的支付方式。请选择另一支付方式并重试。',
    ['/zh-cn/declines/authentication-required/', '/zh-cn/declines/payment-method-verification-failed/'],
  ],
  ['zh-cn', '您的支付方式被拒绝了。', ['/zh-cn/declines/generic-decline/']],
  ['zh-cn', '您的邮编不完整。', ['/zh-cn/declines/incorrect-zip/']],
  ['zh-cn', '您的付款方式所在的国家/地区，无此订阅可用的货币。', ['/zh-cn/declines/currency-not-supported/']],
  [
    'en',
    'Your card was declined for making repeated attempts too frequently or exceeding its amount limit.',
    ['/en/declines/card-velocity-exceeded/'],
  ],
  [
    'en',
    'Your credit card was declined.Try paying with a debit card instead.',
    ['/en/declines/generic-decline/', '/en/card-declined/', '/en/chatgpt-plus-payment-methods/'],
  ],
  ['en', 'insufficent_quota', ['/en/declines/insufficient-quota/']],
  ['en', 'credit_balance_exhausted', ['/en/declines/insufficient-quota/']],
  ['zh-cn', '您的卡已被拒绝。请尝试使用其他卡。', ['/zh-cn/declines/generic-decline/']],
  ['zh-cn', '您的卡已被拒绝 请重试', ['/zh-cn/declines/generic-decline/']],
  ['zh-cn', 'API 后台明明有余额为什么还报额度不足', ['/zh-cn/declines/insufficient-quota/', '/zh-cn/usage-limits-and-quota-errors/']],
  ['zh-cn', '请问openAI的API调用是要收费的嘛？', ['/zh-cn/api-vs-chatgpt-billing/', '/zh-cn/openai-api-billing-from-china/']],
  ['en', "openai says my card is expired but it isn't", ['/en/declines/expired-card/']],
  ['en', 'is it safe to use a virtual card to pay for ChatGPT', ['/en/virtual-card-cautions/']],
];

describe('the examples the issue names land on their page in the first three results', () => {
  it.each(examples)('[%s] %s', async (locale, text, expected) => {
    const { hits } = await searchSite(locale, text, { limit: 5 });
    const top3 = hits.slice(0, 3).map((h) => new URL(h.url, 'http://x').pathname);
    expect(
      top3.some((p) => expected.includes(p)),
      `top 3: ${top3.join(' ')}`,
    ).toBe(true);
  });
});
