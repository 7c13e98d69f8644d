import { describe, expect, it } from 'vitest';
import { lintZh } from '../content/lint/zhTypography';
import { findBannedClaims } from '../content/lint/bannedClaims';
import {
  articleProse,
  declineChinese,
  termRules,
  findDiscouragedTerms,
  findDoubleStop,
  findHandTypedAsOf,
  findLinkTitleMismatches,
  glossaryChinese,
} from '../content/lint/terms';

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
    '<AsOf fact="openai-prepaid-minimum-purchase" />，最低充值 5 美元（<AsOf fact="x" />）。',
    '最低 5 美元（{{as-of:openai-prepaid-minimum-purchase}}）。',
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

describe('findDiscouragedTerms', () => {
  const rules = [
    { id: 'spend-limit', prefer: '支出上限', avoid: ['消费上限', '用量上限'] },
    { id: 'generic-decline', prefer: '通用拒绝', avoid: ['笼统拒绝'] },
  ];
  const terms = ['支出上限', '每月用量上限', '通用拒绝'];

  it('flags a variant with its line and the term to use', () => {
    expect(findDiscouragedTerms('第一行\n达到了消费上限。', rules, terms)).toEqual([
      { line: 2, message: '“消费上限” → use “支出上限” (glossary: spend-limit)' },
    ]);
  });
  it('does not flag a longer glossary term that contains the variant', () => {
    expect(findDiscouragedTerms('本等级的每月用量上限是 100 美元', rules, terms)).toEqual([]);
    expect(findDiscouragedTerms('你设的用量上限', rules, terms).map((h) => h.line)).toEqual([1]);
  });
  it('leaves quotations, titles, <Myth>, code and link targets alone', () => {
    const text = [
      '有人说“笼统拒绝”。',
      '见《消费上限说明》。',
      '<Myth claim="x">\n\n达到消费上限\n\n</Myth>',
      '`消费上限`',
      '~~~\n消费上限\n~~~',
      '[通用拒绝](/zh-cn/x/#消费上限)',
    ].join('\n');
    expect(findDiscouragedTerms(text, rules, terms)).toEqual([]);
  });
});

describe('findHandTypedAsOf', () => {
  it.each(['As of November 2026, the hold is $5.', 'prices (as of november 2026)', '截至 2026 年 11 月，最低 5 美元', '截至2026年1月'])(
    'flags %s',
    (text) => {
      expect(findHandTypedAsOf(text)).toHaveLength(1);
    },
  );
  it.each(['<AsOf fact="openai-api-hold-amount" start />, the hold is $5.', '{{as-of:x}}', 'as of today', '截至目前'])(
    'accepts %s',
    (text) => {
      expect(findHandTypedAsOf(text)).toEqual([]);
    },
  );
});

describe('findDoubleStop', () => {
  it('flags a second full stop after a quoted sentence, not a comma or a quote inside a sentence', () => {
    expect(findDoubleStop('看到“Please try again.”。').map((h) => h.line)).toEqual([1]);
    expect(findDoubleStop('看到“Please try again.”\n看到“try again”。')).toEqual([]);
  });
});

describe('findLinkTitleMismatches', () => {
  const guides = new Map([
    ['compliance-notes', { title: '合规须知：支持的国家和地区', headings: new Map([['account-risk', '封号风险']]) }],
    ['five-dollar', { title: '绑卡后出现 5 美元？这是临时预授权', headings: new Map() }],
  ]);
  it('accepts the title, the short title, a section heading, and decline entries', () => {
    const text =
      '[合规须知](/zh-cn/compliance-notes/) [合规须知：支持的国家和地区](/zh-cn/compliance-notes/) [封号风险](/zh-cn/compliance-notes/#account-risk) [绑卡后出现 5 美元](/zh-cn/five-dollar/) [随便](/zh-cn/declines/x/)';
    expect(findLinkTitleMismatches(text, 'zh-cn', guides)).toEqual([]);
  });
  it('flags a paraphrased title, with the line and the name to use', () => {
    expect(findLinkTitleMismatches('a\n见[合规说明](/zh-cn/compliance-notes/)', 'zh-cn', guides)).toEqual([
      { line: 2, message: '[合规说明](/zh-cn/compliance-notes/) links a guide under another name: use “合规须知”' },
    ]);
  });
});

describe('scopes of the Chinese we write', () => {
  it('articleProse drops the frontmatter sources only', () => {
    const out = articleProse('---\ntitle: 标题\nsources:\n  - title: 消费上限\nfaq: []\n---\n正文').split('\n');
    expect(out[1]).toBe('title: 标题');
    expect(out[3]!.trim()).toBe('');
    expect(out[4]).toBe('faq: []');
    expect(out[6]).toBe('正文');
  });
  it('declineChinese keeps the zh-cn block only', () => {
    const out = declineChinese('messages:\n  - text: "消费上限"\nzh-cn:\n  title: 标题\nsources: []').split('\n');
    expect(out.map((l) => l.trim())).toEqual(['', '', 'zh-cn:', 'title: 标题', '']);
  });
  it('glossaryChinese keeps zh-cn terms and definitions, not aliases or English', () => {
    const raw = 'a:\n  en:\n    term: "A"\n  zh-cn:\n    term: "甲"\n    aliases: ["消费上限"]\n    definition: "定义"\n';
    expect(
      glossaryChinese(raw)
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['', '', '', '', 'term: "甲"', '', 'definition: "定义"', '']);
  });
});

describe('termRules', () => {
  it('reads "variant" and "variant → replacement" avoid entries from the glossary', () => {
    const { rules, terms } = termRules({
      'spend-limit': { 'zh-cn': { term: '支出上限', avoid: ['消费上限'] } },
      account: { 'zh-cn': { term: '账号 / 账户', avoid: ['OpenAI 账户 → OpenAI 账号'] } },
      capture: { 'zh-cn': { term: '请款' } },
    });
    expect(rules).toEqual([
      { id: 'spend-limit', prefer: '支出上限', avoid: ['消费上限'] },
      { id: 'account', prefer: 'OpenAI 账号', avoid: ['OpenAI 账户'] },
    ]);
    expect(terms).toEqual(['支出上限', '账号 / 账户', '请款']);
    expect(findDiscouragedTerms('登录 OpenAI 账户', rules, terms).map((h) => h.message)).toEqual([
      '“OpenAI 账户” → use “OpenAI 账号” (glossary: account)',
    ]);
  });
});
