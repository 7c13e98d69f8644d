import { describe, expect, it } from 'vitest';
import { addressStep, clean, languageSearch, lookupOutcome, present, queryFromAddress, topicOptions } from '../../src/lib/search/present';
import { clientKeys, pickStrings, sayFrom } from '../../src/lib/search/strings';
import { lookupEntries } from '../../src/lib/declines/lookup';
import { useTranslations } from '../../src/i18n';
import type { SearchHit, SearchOutcome } from '../../src/lib/search/pipeline';
import { reportUrlTemplate } from '../../src/site.config';

const say = sayFrom(pickStrings(useTranslations('en'), clientKeys));
const sayZh = sayFrom(pickStrings(useTranslations('zh-cn'), clientKeys));

const page = (n: number, extra: Partial<SearchHit> = {}): SearchHit => ({
  url: `/en/guide-${n}/`,
  title: `Guide ${n}`,
  excerpt: '',
  topic: undefined,
  sections: [],
  ...extra,
});
const outcome = (hits: SearchHit[], extra: Partial<SearchOutcome> = {}): SearchOutcome => ({
  query: 'q',
  terms: ['card', 'declined'],
  removed: [],
  more: false,
  hits,
  decline: undefined,
  ...extra,
});

describe('present: what the panel shows for an outcome', () => {
  it('an exact decline message: its entry badged as an exact match, linked without highlight, no report link', () => {
    const entry = page(0, { url: '/en/declines/generic-decline/', title: 'Your card was declined', exact: 'exact' });
    const view = present(
      { outcome: outcome([entry, page(1)], { decline: { id: 'generic-decline', by: 'exact' } }) },
      'Your card was declined',
      say,
    );
    expect(view.status).toBe('2 results');
    const [first, second] = view.results!.items;
    expect(first).toMatchObject({ url: '/en/declines/generic-decline/', badge: { text: 'Exact match', official: true } });
    expect(second).toMatchObject({ url: '/en/guide-1/?highlight=card+declined' });
    expect(second!.badge).toBeUndefined();
    expect(view.results!.report).toBeUndefined();
    expect(view.results!.empty).toBe(false);
  });

  it('a close match: badged as close, and the report link offered for the message as searched', () => {
    const entry = page(0, { url: '/en/declines/do-not-honor/', title: 'Do not honor', exact: 'close' });
    const view = present({ outcome: outcome([entry], { decline: { id: 'do-not-honor', by: 'close' } }) }, 'do not honour', say);
    expect(view.status).toBe('1 result');
    expect(view.results!.items[0]!.badge).toEqual({ text: 'Close match', official: false });
    expect(view.results!.report).toEqual({
      // The configured destination, carrying the message as the reader searched it.
      href: reportUrlTemplate.replace('{message}', 'do%20not%20honour'),
      text: 'Report a message we do not list',
      warning: expect.stringContaining('Never paste a card number') as string,
    });
  });

  it('no result: the query quoted (trimmed, at most 100 characters), the help shown, the report offered', () => {
    const long = `  ${'x'.repeat(150)}  `;
    const view = present({ outcome: outcome([]) }, long, say);
    expect(view.status).toBe(`No results for “${'x'.repeat(100)}”`);
    expect(view.results).toMatchObject({ items: [], empty: true, query: long });
    expect(view.results!.report!.href).toContain('x'.repeat(10));
    expect(present({ outcome: outcome([]) }, ' 拒付 ', sayZh).status).toBe('没有找到与“拒付”相关的结果');
  });

  it('counts the results shown, and says when more exist than are shown', () => {
    const five = [1, 2, 3, 4, 5].map((n) => page(n));
    expect(present({ outcome: outcome(five, { more: true }) }, 'card', say).status).toBe('Showing the 5 best matches');
    expect(present({ outcome: outcome(five.slice(0, 3)) }, 'card', say).status).toBe('3 results');
  });

  it('keeps only <mark> in an excerpt and asks each section link to highlight the terms', () => {
    const hit = page(1, {
      topic: 'cards',
      excerpt: 'Your <mark>card</mark> <img src=x onerror=alert(1)>was declined',
      sections: [{ title: 'Why', url: '/en/guide-1/#why' }],
    });
    const [item] = present({ outcome: outcome([hit]) }, 'card', say).results!.items;
    expect(item!.excerpt).toContain('<mark>card</mark>');
    expect(item!.excerpt).not.toContain('<img');
    expect(item!.topic).toBe('cards');
    expect(item!.sections).toEqual([{ title: 'Why', url: '/en/guide-1/?highlight=card+declined#why' }]);
  });

  it('gives each result its page’s review day, as the index has it; none where the hit has none', () => {
    const hits = [page(1, { reviewed: '2026-11-21' }), page(2), page(3, { reviewed: '2026-12-01', exact: 'exact' })];
    const items = present({ outcome: outcome(hits) }, 'card', say).results!.items;
    expect(items.map((i) => i.reviewed)).toEqual(['2026-11-21', undefined, '2026-12-01']);
  });

  it('the lookup hit before Pagefind loads: the entry shown while the status still says searching', () => {
    const lookup = {
      entries: lookupEntries([{ id: 'generic-decline', codes: ['card_declined'], messages: [{ text: 'Your card was declined.' }] }]),
      titles: { 'generic-decline': { en: 'Your card was declined', 'zh-cn': '您的卡被拒绝' } },
    };
    const early = lookupOutcome(lookup, 'card_declined', 'zh-cn')!;
    expect(early.hits[0]).toMatchObject({ url: '/zh-cn/declines/generic-decline/', title: '您的卡被拒绝' });
    const view = present({ outcome: early, early: true }, 'card_declined', say);
    expect(view.status).toBe('Searching…');
    expect(view.results!.items[0]!.badge!.official).toBe(true);
    // The lookup table knows no review day: the entry shows one once Pagefind's results replace it.
    expect(view.results!.items[0]!.reviewed).toBeUndefined();
    expect(lookupOutcome(lookup, 'something else entirely', 'en')).toBeUndefined();
  });

  it('an emptied box clears the list, the help and the report; loading and failure change only the status', () => {
    expect(present('cleared', '', say)).toEqual({ status: '', results: { items: [], empty: false } });
    expect(present('loading', 'card', say)).toEqual({ status: 'Searching…' });
    expect(present('error', 'card', say).results).toBeUndefined();
  });
});

describe('clean: personal data leaves the query before anything else sees it', () => {
  it('removes a card number, says so, and the report link and address never carry it', () => {
    const { query, note } = clean('Your card was declined 4242 4242 4242 4242', say);
    expect(query).toBe('Your card was declined');
    expect(note).toBe('Removed from your search: a card number. Never paste these anywhere.');
    expect(present({ outcome: outcome([]) }, query, say).results!.report!.href).not.toMatch(/4242/);
    const [, , url] = addressStep({ pathname: '/en/search/', search: '', hash: '' }, query, '', false, false);
    expect(url).toBe('/en/search/?q=Your+card+was+declined');
  });

  it('lists each kind removed, in the locale', () => {
    expect(clean('a@b.cn 13800138000 被拒', sayZh).note).toBe('已从搜索内容中删除电子邮箱地址、电话号码。这些信息不要粘贴到任何地方。');
    expect(clean('a@b.cn 13800138000 declined', say).note).toBe(
      'Removed from your search: an e-mail address, a phone number. Never paste these anywhere.',
    );
  });

  it('leaves the note alone for clean text, and hides it once the box is empty', () => {
    expect(clean('declined', say)).toEqual({ query: 'declined' });
    expect(clean('   ', say)).toEqual({ query: '   ', note: null });
  });
});

describe('addressStep: one history entry per submitted query', () => {
  const at = (search: string, hash = '') => ({ pathname: '/en/search/', search, hash });

  it('rewrites the current entry while the reader types a first query', () => {
    expect(addressStep(at(''), 'card', '', false, false)).toEqual(['replaceState', { submitted: false }, '/en/search/?q=card']);
  });

  it('Enter marks the entry as submitted; typing a different query after that starts a new entry', () => {
    expect(addressStep(at('?q=card'), 'card', '', true, false)).toEqual(['replaceState', { submitted: true }, '/en/search/?q=card']);
    expect(addressStep(at('?q=card'), 'card d', '', false, true)).toEqual(['pushState', { submitted: false }, '/en/search/?q=card+d']);
    // the same query again (a topic change back, a repeated Enter) keeps the entry submitted
    expect(addressStep(at('?q=card'), 'card', '', false, true)).toEqual(['replaceState', { submitted: true }, '/en/search/?q=card']);
  });

  it('carries the topic filter, drops it when cleared, and keeps other parameters and the hash', () => {
    expect(addressStep(at('?q=card&x=1', '#top'), 'card', 'API', false, false)[2]).toBe('/en/search/?q=card&x=1&topic=API#top');
    expect(addressStep(at('?q=card&topic=API'), 'card', '', false, false)[2]).toBe('/en/search/?q=card');
    expect(addressStep(at('?q=card&topic=API'), '  ', '', false, false)[2]).toBe('/en/search/');
  });

  it('gives the language switch the query without the topic, and reads a query back from an address', () => {
    expect(languageSearch('?q=card+declined&topic=API')).toBe('?q=card+declined');
    expect(languageSearch('?topic=API')).toBe('');
    expect(queryFromAddress(`?q=${'a'.repeat(600)}`)).toHaveLength(500);
    expect(queryFromAddress('?topic=API')).toBe('');
  });
});

describe('topicOptions', () => {
  it('offers the topics sorted with their page counts, and none when there is only one', () => {
    expect(topicOptions({ topic: { cards: 4, API: 2 } })).toEqual([
      ['API', 'API (2)'],
      ['cards', 'cards (4)'],
    ]);
    expect(topicOptions({ topic: { cards: 4 } })).toEqual([]);
    expect(topicOptions({})).toEqual([]);
  });
});
