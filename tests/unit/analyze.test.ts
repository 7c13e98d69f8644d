import { describe, expect, it } from 'vitest';
import { analyzeQuery, correctWord, editDistance, knownLatin, mergeSingles, segmentHan, splitCompound } from '../../src/lib/search/analyze';
import { stripFiller, stripHanFiller } from '../../src/lib/search/filler';
import { normalizeQuery } from '../../src/lib/search/normalize';
import * as ranking from '../../src/lib/search/ranking';

const vocab = {
  words: {
    authorization: 9,
    hold: 12,
    declined: 20,
    card: 40,
    chatgpt: 30,
    honor: 3,
    virtual: 4,
    receive: 2,
    plus: 9,
    not: 30,
    openai: 40,
    api: 40,
    expired: 3,
    safe: 2,
    pay: 20,
    ask: 2,
    alerts: 3,
    chat: 2,
    credits: 5,
    valid: 2,
  },
  han: ['预授权', '绑卡', '被拒', '余额', '额度不足'],
};

describe('query analysis', () => {
  it.each([
    ['authorisation hold', ['authorization', 'hold']],
    ['cardd declined', ['card', 'declined']],
    ['chat gpt plus', ['chatgpt', 'plus']],
    ['chat gpt', ['chatgpt']],
    ['do not honour', ['not', 'honor']],
    ['virtualcard', ['virtual', 'card']],
    ['OpenAI API 绑卡被拒', ['openai', 'api', '绑卡', '被拒']],
    ['预授权多久撤销', ['预授权', '撤销']],
    ['how long are API credits valid', ['api', 'credits', 'valid']],
    // filler dropped, product names kept
    ['大佬们 API 后台明明有余额为什么还报额度不足', ['api', '后台', '余额', '额度不足']],
    ['请问openAI的API调用是要收费的嘛？', ['openai', 'api', '调用', '收费']],
    ["openai says my card is expired but it isn't", ['openai', 'card', 'expired']],
    ['please help, is it safe to use a virtual card to pay for ChatGPT Plus', ['safe', 'virtual', 'card', 'pay', 'chatgpt', 'plus']],
    // words the site never uses are dropped, not guessed at
    ['asdkjhaskdjh', []],
    ['qwzx card', ['card']],
    // a query of filler alone is searched as typed
    ['the', ['the']],
    ['为什么', ['为什么']],
    ['请问', ['请问']],
  ])('%j → %j', (q, terms) => expect(analyzeQuery(q, vocab).map((t) => t.text)).toEqual(terms));

  it("counts a word of the reader's own less than one of the site's terms, product names in full", () => {
    const terms = analyzeQuery('我的两个账号不到一天全被封了', { words: {}, han: ['被封', '账号'], terms: [] });
    const { siteTermWeight: site, ownWordWeight: own } = ranking;
    expect(own).toBeLessThan(site);
    expect(terms.find((t) => t.text === '被封')?.weight).toBe(site);
    expect(terms.find((t) => t.text === '账号')?.weight).toBe(site);
    expect(terms.find((t) => t.text === '不到')?.weight).toBe(own);
    const en = analyzeQuery('is it safe to pay for ChatGPT with a virtual card', { ...vocab, terms: ['virtual', 'card'] });
    expect(en.map((t) => [t.text, t.weight])).toEqual([
      ['safe', own],
      ['pay', own],
      ['chatgpt', site],
      ['virtual', site],
      ['card', site],
    ]);
  });

  it('never corrects a name written with inner capitals, and never joins filler words', () => {
    expect(analyzeQuery('MiniMax subscription', { words: { minimum: 3, subscription: 5 }, han: [] }).map((t) => t.text)).toEqual([
      'subscription',
    ]);
    expect(analyzeQuery('so on top', { words: { soon: 3, top: 5 }, han: [] }).map((t) => t.text)).toEqual(['top']);
  });

  it('marks joined single characters as weak guesses', () => {
    const terms = analyzeQuery('重复扣费', { words: {}, han: [] });
    expect(terms.map((t) => t.text)).toEqual(['重复', '扣费']);
    // The tuning value is the ranking's to choose: a weak guess counts, but less than a known word.
    const [known, weak] = terms.map((t) => t.weight) as [number, number];
    expect(known).toBe(ranking.siteTermWeight);
    expect(weak).toBeGreaterThan(0);
    expect(weak).toBeLessThan(known);
  });

  it('never turns a random string into an unrelated word', () => {
    expect(correctWord('asdkjhaskdjh', vocab.words)).toBe('asdkjhaskdjh');
    expect(correctWord('bsk', vocab.words)).toBe('bsk');
    expect(correctWord('xlerts', vocab.words)).toBe('xlerts');
    expect(correctWord('alertz', vocab.words)).toBe('alerts');
    expect(correctWord('token', { taken: 9, tokens: 2 })).toBe('tokens');
  });

  it.each([
    ['recharg', { recharge: 1 }, true],
    ['card_declined', { card: 1 }, true],
    ['429', {}, true],
    ['hk', {}, true],
    ['asdkjh', { ask: 1 }, false],
    ['auto-recharge', { recharge: 1 }, true],
    ['3ds', {}, true],
  ] as const)('knownLatin(%j) is %s', (token, words, known) => expect(knownLatin(token, words)).toBe(known));

  it('strips filler words from Chinese and English', () => {
    expect(stripHanFiller('大佬们API明明有余额为什么还报额度不足')).toBe(' API 有余额 还报额度不足');
    expect(stripFiller('请问余额不足怎么办')).toBe('余额不足');
    expect(stripFiller('please help insufficient funds')).toBe('insufficient funds');
  });

  it('keeps codes and numbers as typed', () => {
    expect(correctWord('card_declined', vocab.words)).toBe('card_declined');
    expect(correctWord('429', vocab.words)).toBe('429');
  });

  it('edit distance counts a transposition as one edit and stops past the cap', () => {
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('abc', 'xyzuvw', 2)).toBe(3);
  });

  it('finds a verb-object term split by a particle', () => {
    const terms = new Set(['扣钱', '绑卡', '充钱']);
    expect(segmentHan('还在扣了钱', terms)).toContain('扣钱');
    expect(segmentHan('多充点钱', terms)).toContain('充钱');
    expect(segmentHan('绑过卡', terms)).toContain('绑卡');
    expect(segmentHan('扣除了', terms)).not.toContain('扣钱');
  });

  it('segments Chinese by domain terms first', () => {
    expect(segmentHan('绑卡被拒', new Set(['绑卡', '被拒']))).toEqual(['绑卡', '被拒']);
    expect(mergeSingles(['重复', '扣', '费', '银行', '了'])).toEqual(['重复', '扣费', '银行']);
    expect(mergeSingles(['钱', '能', '退'])).toEqual(['退款']);
    expect(mergeSingles(['又', '扣', '了'])).toEqual(['扣款']);
    expect(splitCompound('virtualcard', vocab.words)).toEqual(['virtual', 'card']);
  });

  it('normalises what readers paste before anything else', () => {
    expect(normalizeQuery('  Ｙour card  was declined．')).toBe('Your card was declined.');
    expect(normalizeQuery('x'.repeat(5000)).length).toBe(200);
  });
});

describe('normalizeQuery', () => {
  it.each([
    ['<script>alert(1)</script>', ''],
    ['<script>alert(1)', ''],
    ['<b>Your card</b> was declined', 'Your card was declined'],
    ['\u200E您的卡已被拒绝\u202C', '您的卡已被拒绝'],
    ['spend < 5 dollars', 'spend < 5 dollars'],
    ['line one\nline two', 'line one line two'],
  ])('%j → %j', (raw, out) => expect(normalizeQuery(raw)).toBe(out));
});

import { readsAsQuestion, stem } from '../../src/lib/search/analyze';
describe('stem', () => {
  it('joins the forms of an English word', () => {
    expect(stem('declining')).toBe(stem('declined'));
    expect(stem('charges')).toBe(stem('charge'));
    expect(stem('processes')).toBe(stem('process'));
    expect(stem('card')).toBe('card');
    expect(stem('card_declined')).toBe('card_declined');
  });
});
import { glossarySynonyms } from '../../src/lib/search/synonyms';
describe('readsAsQuestion', () => {
  it.each([
    ['is it safe to use a virtual card to pay for ChatGPT', true],
    ['I paid but my subscription did not activate', true],
    ['为什么绑卡被扣了 5 美元', true],
    ['我的账号被封了', true],
    ['Your card was declined.', false],
    ['我们未能验证您的支付方式。请选择另一支付方式并重试。', false],
    ['您的卡已被拒绝。', false],
  ])('%j → %s', (text, question) => expect(readsAsQuestion(text)).toBe(question));
});

describe('glossarySynonyms', () => {
  const entry = (en: string, enAliases: string[], zh: string, zhAliases: string[]) => ({
    en: { term: en, aliases: enAliases },
    'zh-cn': { term: zh, aliases: zhAliases },
  });
  it('points a reader’s single word to the term in the same script', () => {
    const map = glossarySynonyms([
      entry('Refund', ['money back', 'refunds'], '退款', ['退钱', '申请退款']),
      entry('Account', ['login'], '账号 / 账户', ['OpenAI 账号']),
    ]);
    expect(map).toEqual({ refunds: ['refund'], 退钱: ['退款'], 申请退款: ['退款'], login: ['account'], 账号: ['账户'], 账户: ['账号'] });
  });
  it('leaves a word that two terms list without a synonym', () => {
    const map = glossarySynonyms([entry('Credit limit', [], '信用额度', ['额度']), entry('Quota', [], '配额', ['额度', '配额不足'])]);
    expect(map).toEqual({ 配额不足: ['配额'] });
  });
});
