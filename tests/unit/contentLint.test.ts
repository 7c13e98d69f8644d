import { describe, expect, it } from 'vitest';
import { lintZh } from '../content/lint/zhTypography';
import { findBannedClaims } from '../content/lint/bannedClaims';

describe('lintZh', () => {
  it.each([
    ['这是OpenAI的API', 'cjk-latin-space'],
    ['扣了5美元', 'cjk-latin-space'],
    ['详见[OpenAI 帮助中心](https://help.openai.com/)的说明', 'cjk-latin-space'],
    ['银行卡被拒,请联系银行', 'halfwidth-punctuation'],
    ['卡被拒.请重试', 'halfwidth-punctuation'],
    ['请看说明(见下文)', 'halfwidth-punctuation'],
    ['卡被拒 ，请重试', 'space-around-fullwidth'],
    ['卡被拒， 请重试', 'space-around-fullwidth'],
  ])('flags %s', (text, rule) => {
    expect(lintZh(text).map((i) => i.rule)).toContain(rule);
  });

  it.each([
    'OpenAI 的 API 按用量计费，扣了 5 美元。',
    '错误代码 `card_declined`，表示卡被拒。',
    '详见 [OpenAI 帮助中心](https://help.openai.com/en/articles/7438062) 的说明。',
    '## 为什么会被拒 {#why-declined}',
    '<Callout type="caution">',
    '截至 2026 年 11 月，最低充值 5 美元（以官网为准）。',
  ])('accepts %s', (text) => {
    expect(lintZh(text)).toEqual([]);
  });
});

describe('findBannedClaims', () => {
  it.each([
    ['The hold is returned in 14–21 working days.', 'hold-14-21-days'],
    ['这笔钱会在 14-21 个工作日内退回', 'hold-14-21-days'],
    ['but the bank charges a $1 reversal fee', 'one-dollar-reversal-fee'],
    ['会产生 1 美元的撤销交易手续费', 'one-dollar-reversal-fee'],
    ['OpenAI 会收取 5 美元绑卡费用', 'hold-called-fee'],
    ["We're having trouble processing your payment", 'unconfirmed-openai-string'],
    ['API credits never expire.', 'credits-never-expire'],
    ['自动充值最低需要10美元', 'auto-recharge-minimum-10'],
  ])('flags %s', (text, id) => {
    expect(findBannedClaims(text).map((h) => h.id)).toContain(id);
  });

  it('skips claims quoted inside <Myth>', () => {
    expect(findBannedClaims('<Myth claim="14–21 working days">\n\nOpenAI says 7 days.\n\n</Myth>')).toEqual([]);
  });

  it('skips a FAQ question that repeats a claim to answer it', () => {
    expect(findBannedClaims('  - id: fee\n    q: 绑卡费用是什么？')).toEqual([]);
  });

  it('accepts the correct statement', () => {
    expect(findBannedClaims('OpenAI says the temporary authorization hold is reversed within 7 days.')).toEqual([]);
  });
});

describe('findBannedClaims and negation', () => {
  it('accepts a sentence that denies the fee', () => {
    expect(findBannedClaims('Some tutorials call it a card-binding fee, which it is not.')).toEqual([]);
    expect(findBannedClaims('这 5 美元不是绑卡费。')).toEqual([]);
  });
  it('still flags the fee claim in the next sentence', () => {
    expect(findBannedClaims('It is not a charge. It is a card-binding fee.').map((h) => h.id)).toEqual(['hold-called-fee']);
  });
});
