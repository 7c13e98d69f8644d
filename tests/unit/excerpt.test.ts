import { describe, expect, it } from 'vitest';
import { highlightPattern, highlightTerms } from '../../src/lib/highlightTerms';
import { makeExcerpt, markTerms, safeExcerpt, sentences, termPattern } from '../../src/lib/search/excerpt';

describe('highlighting on the target page', () => {
  it.each([
    ['card', 'Cards and a card; discard it', ['Cards', 'card']],
    ['预授权', '临时预授权和预付额度', ['预授权']],
    ['预授权 hold', 'Hold: 预授权', ['Hold', '预授权']],
    ['card_declined', 'code card_declined here', ['card_declined']],
  ])('%j marks whole words in %j', (query, text, marks) => {
    expect(text.match(highlightPattern(highlightTerms(query))!)).toEqual(marks);
  });

  it('marks the first match of every text: matchAll on a pattern that test() never moved', () => {
    const pattern = highlightPattern(['authorization'])!;
    const texts = ['An authorization hold.', 'authorization', 'Once: authorization.'];
    expect(texts.map((t) => [...t.matchAll(pattern)].length)).toEqual([1, 1, 1]);
  });

  it('caps a huge ?highlight= so the pattern stays small', () => {
    const huge = Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i).repeat(40_000)).join(' ');
    const terms = highlightTerms(huge);
    expect(terms.join(' ').length).toBeLessThanOrEqual(200);
    expect(() => highlightPattern(terms)).not.toThrow();
    expect(highlightTerms('a the hold 预授权 x')).toEqual(['the', 'hold', '预授权']);
  });

  it('marks the same words in result excerpts as on the target page', () => {
    for (const terms of [['card', '预授权'], ['authorization hold', 'hold', 'a.b'], ['x'], ['卡被拒', 'card_declined', '5美元']]) {
      expect(termPattern(terms)?.source).toBe(highlightPattern(terms)?.source);
    }
  });

  it('escapes regex characters', () => {
    expect(highlightPattern(['a.b'])?.test('axb')).toBe(false);
    expect(highlightPattern(['x'])).toBeUndefined();
  });
});

describe('result excerpts are sentences of the page', () => {
  const zh =
    '临时预授权. 给 OpenAI API 绑卡后，银行 App 里多出一笔 5 美元待入账。 简短回答. 这笔 5 美元是临时预授权，不是手续费。OpenAI 说会在 7 天内撤销。';
  const en =
    'Card declined. Why cards get declined. Quick answer. Most declines come from your bank, not from OpenAI. Check the card details first. Codes. card_declined · insufficient_funds.';

  it('splits Pagefind text into sentences and the headings it joined with ". "', () => {
    expect(sentences(zh).map((s) => [s.text, s.sentence])).toEqual([
      ['临时预授权', false],
      ['给 OpenAI API 绑卡后，银行 App 里多出一笔 5 美元待入账。', true],
      ['简短回答', false],
      ['这笔 5 美元是临时预授权，不是手续费。', true],
      ['OpenAI 说会在 7 天内撤销。', true],
    ]);
  });

  it.each([
    // the sentence with the most terms, never the title or a heading joined with ". "
    [zh, ['预授权', '手续费'], '临时预授权', '这笔 5 美元是临时<mark>预授权</mark>，不是<mark>手续费</mark>。OpenAI 说会在 7 天内撤销。'],
    [en, ['bank'], 'Card declined', 'Most declines come from your <mark>bank</mark>, not from OpenAI. Check the card details first.'],
    // a heading is used only when it alone holds the term
    [en, ['declined'], 'Card declined', 'Why cards get <mark>declined</mark>.'],
    // no term in any sentence: the first sentence after the title
    [zh, ['不存在'], '临时预授权', '给 OpenAI API 绑卡后，银行 App 里多出一笔 5 美元待入账。'],
  ])('%#: %j', (content, terms, title, excerpt) => expect(makeExcerpt(content, terms, title)).toBe(excerpt));

  it('shows only the item of a list or the cell of a row that holds the match', () => {
    const content =
      'Title. Your card was declined · 您的卡已被拒绝 · 卡被拒 · Codes: card_declined, issuer_not_available. Where you see it.';
    expect(makeExcerpt(content, ['card_declined'], 'Title')).toBe('Codes: <mark>card_declined</mark>, issuer_not_available.');
  });

  it('leaves out the title even when Pagefind ran it into the first sentence', () => {
    expect(makeExcerpt('额度不足（credit balance） Claude 提示额度用完了。另一句。', ['额度'], '额度不足（credit balance）')).toBe(
      'Claude 提示<mark>额度</mark>用完了。另一句。',
    );
  });

  it('cuts a long sentence around its first match, at word boundaries', () => {
    const long = `Intro. ${'word '.repeat(60)}the authorization hold is reversed ${'later '.repeat(60)}end.`;
    const out = makeExcerpt(long, ['authorization'], 'Intro');
    expect(out).toMatch(/^…word .*<mark>authorization<\/mark> hold .*later…$/);
    expect(out.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(175);
  });

  it('escapes page text and marks terms whole', () => {
    expect(markTerms('<b>Cards</b> & 预授权', ['card', '预授权'])).toBe('&lt;b&gt;<mark>Cards</mark>&lt;/b&gt; &amp; <mark>预授权</mark>');
  });

  it('escapes once: safeExcerpt leaves the entities markTerms wrote (no "&amp;amp;" on the results page)', () => {
    const marked = markTerms('Plans & Billing <b>', ['billing']);
    expect(safeExcerpt(marked)).toBe('Plans &amp; <mark>Billing</mark> &lt;b&gt;');
  });
});

import { prepareForIndex } from '../../src/lib/search/indexHtml';
describe('what Pagefind indexes', () => {
  it.each([
    [
      '<tr><th scope="row">Message</th><td data-label="Code"><code>card_declined</code><code>generic_decline</code></td></tr>',
      '<tr><th scope="row">Message</th><td data-label="Code"> · <code>card_declined</code>, <code>generic_decline</code></td></tr>',
    ],
    ['<dt><b>Hold</b></dt><dd>A temporary charge</dd>', '<dt><b>Hold</b></dt><dd> · A temporary charge</dd>'],
    [
      '<q>Your card was declined.</q> <span class="badge badge-official">official wording</span>',
      '<q>Your card was declined.</q> <span data-pagefind-ignore class="badge badge-official">official wording</span>',
    ],
    ['<p class="badges">x</p><span class="topic">y</span>', '<p class="badges">x</p><span class="topic">y</span>'],
    [
      '<ul><li><q>卡被拒</q></li><li>付款失败</li></ul><p>Codes: <code>x</code></p><section><h2 id="where">Where</h2><p>Done.</p><h2>Next</h2>',
      '<ul><li><q>卡被拒</q></li><li> · 付款失败</li></ul> · <p>Codes: <code>x.</code></p><section><h2 id="where">Where</h2><p>Done.</p><h2>Next</h2>',
    ],
    ['<ol><li>Step one.</li><li>Step two.</li></ol>', '<ol><li>Step one.</li><li>Step two.</li></ol>'],
    [
      '<li><a href="/x/">Do not honor</a><code>do_not_honor</code></li>',
      '<li><a href="/x/">Do not honor</a> <code>do_not_honor</code></li>',
    ],
  ])('%j', (html, out) => expect(prepareForIndex(html)).toBe(out));
});

describe('the excerpt of a matched decline entry', () => {
  it('is its first sentence, after the title', () => {
    const content =
      'Your card was declined. “Your card was declined.” is Stripe’s catch-all card error. What to check, in order. In short: Call your card issuer.';
    expect(makeExcerpt(content, ['card'], 'Your card was declined.', { lead: true })).toBe(
      '“Your <mark>card</mark> was declined.” is Stripe’s catch-all <mark>card</mark> error. What to check, in order.',
    );
  });
});

import { titleCoverage } from '../../src/lib/search/pipeline';
describe('titleCoverage', () => {
  it.each([
    ['Card declined? Why payments fail', ['card', 'paypal'], [1, 3], 0.25],
    ['Pre-paid cards / gift cards are not supported', ['prepaid', 'cards'], [2, 2], 1],
    ['Discard the hold', ['card'], [1], 0],
    ['OpenAI API 和 ChatGPT Plus 是两套独立的计费系统', ['plus', '计费', '退款'], [1, 1, 2], 0.5],
    ['API 显示余额不足，是要给 OpenAI 多充点钱吗？', ['充钱'], [1], 1],
  ] as const)('%j', (title, terms, importance, share) => expect(titleCoverage(title, terms, importance)).toBe(share));
});

import { balance } from '../../src/lib/search/pipeline';
import * as ranking from '../../src/lib/search/ranking';
describe('balance', () => {
  const { siteTermWeight: site, ownWordWeight: own, siteTermCeiling: ceiling, siteTermFloor: floor, ownWordCeiling: ownCeiling } = ranking;
  const t = (...texts: string[]) => texts.map((text) => ({ text, weight: site }));
  const round = (xs: number[]) => xs.map((x) => +x.toFixed(3));
  it.each([
    // a rare word cannot outweigh the rest: at most `ceiling` times the median (0.6)
    [[0.5, 0.6, 3], t('api', '调用', '收费'), [Math.max(0.5, floor * 0.6), 0.6, Math.min(3, ceiling * 0.6)]],
    // a product name counts at least `floor` times the median (1)
    [[0.2, 1, 1.2], t('api', 'credits', 'valid'), [Math.max(0.2, floor), 1, Math.min(1.2, ceiling)]],
    [[1], t('refund'), [1]],
    // one of the site's terms counts at least the median however common; a reader's own word at most the median (0.6)
    [
      [0.2, 0.6, 3],
      [...t('card', 'declined'), { text: 'trial', weight: own }],
      [Math.max(0.2, floor * 0.6), 0.6, Math.min(3, ownCeiling * 0.6)],
    ],
  ])('%j', (rarity, terms, out) => expect(round(balance(rarity, terms))).toEqual(round(out)));

  it('holds a rare word below the median and a common site term above it', () => {
    const [common, , rare] = balance([0.2, 0.6, 3], [...t('card', 'declined'), { text: 'trial', weight: own }]);
    expect(common).toBeGreaterThan(0.2);
    expect(rare).toBeLessThan(3);
  });
});

import { headingCoverage } from '../../src/lib/search/pipeline';
describe('headingCoverage', () => {
  const page = {
    anchors: [
      { element: 'h2', id: 'faq', text: '常见问题' },
      { element: 'h3', id: 'free-account-api', text: 'ChatGPT 用的是免费账号，调用 API 也要付费吗？' },
      { element: 'h3', id: 'plus-includes-api', text: '开了 ChatGPT Plus，能直接用 API 吗？' },
      { element: 'span', id: 'x', text: '免费 付费 api' },
    ],
  };
  it('is the best share of the query found in one heading or FAQ question', () => {
    expect(headingCoverage(page, [['免费'], ['api'], ['收费', '付费']], [1, 1, 2])).toBe(1);
    expect(headingCoverage(page, ['免费', '退款'], [1, 1])).toBe(0.5);
  });
  it('is nothing when a heading holds only product names', () => {
    expect(headingCoverage(page, ['plus', 'api', '支付宝'], [1, 1, 1])).toBe(0);
  });
});
