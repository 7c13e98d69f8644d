import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { searchSettled, trackedPage, useSiteInBrowser } from '../helpers/browser';

// What a reader pastes, in a real browser: personal data never leaves the box, nonsense gets the
// no-result state, and the page opened from a result marks its words.
const env = useSiteInBrowser({ locale: 'zh-CN' });
const origin = () => env.origin();

const results = (page: Page) => page.locator('[data-search-results] > li');
/** Every place a query can leak to from the search page: the address bar, result links, the report link, the box. */
const leaks = async (page: Page) => [
  page.url(),
  ...(await page
    .locator('[data-search-results] a, [data-search-report] a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))),
  await page.inputValue('#search-input'),
];
/** The digits of a text or of a URL's path, query and fragment (never its origin: the test server's port is random). */
const digitsOf = (s: string) => {
  const text = /^https?:/.test(s) ? s.replace(/^https?:\/\/[^/]+/, '') : s;
  return decodeURIComponent(text.replace(/\+/g, ' ')).replace(/\D/g, '');
};

describe('a pasted card number goes nowhere', () => {
  it('is removed from the box, the address bar and every result link, and the page says so (typed on /zh-cn/search/)', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    await page.goto(`${origin()}/zh-cn/search/`);
    await page.fill('#search-input', '您的卡已被拒绝 卡号6222 0212 3456 7890 123');
    await results(page).first().waitFor();
    await searchSettled(page);
    expect(new URL((await results(page).first().locator('a').first().getAttribute('href'))!, origin()).pathname).toBe(
      '/zh-cn/declines/generic-decline/',
    );
    expect(await results(page).first().locator('.badge').textContent()).toBe('完全匹配');
    for (const place of await leaks(page)) expect(digitsOf(place), place).not.toContain('6222021234567890');
    expect(await page.inputValue('#search-input')).toBe('您的卡已被拒绝 卡号');
    expect(await page.locator('[data-search-removed]:not([hidden])').textContent()).toContain('卡号');
    expect(problems).toEqual([]);
  });

  it('is removed from a ?q= address, from history and from the report link when nothing matches', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    await page.goto(`${origin()}/en/search/?q=${encodeURIComponent('zzqx vvkp 4242 4242 4242 4242 cvc 123')}`);
    await searchSettled(page);
    await page.locator('[data-search-report]:not([hidden]) a').waitFor();
    for (const place of await leaks(page)) expect(digitsOf(place), place).not.toMatch(/4242|123/);
    expect(await page.evaluate(() => location.search)).not.toMatch(/4242/);
    const notice = await page.locator('[data-search-removed]').textContent();
    expect(notice).toContain('a card number');
    expect(notice).toContain('a security or one-time code');
    expect(problems).toEqual([]);
  });

  it('never reaches the address bar from the header search box', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    const visited: string[] = [];
    page.on('request', (req) => {
      if (req.isNavigationRequest()) visited.push(req.url());
    });
    await page.goto(`${origin()}/en/card-declined/`);
    await page.fill('#header-search', 'Your card was declined. 4242 4242 4242 4242');
    await page.press('#header-search', 'Enter');
    // The header box searches in place; its link to the search page carries no number either.
    await results(page).first().waitFor();
    expect(visited.filter((u) => digitsOf(u).includes('4242'))).toEqual([]);
    expect(digitsOf(await page.inputValue('#header-search'))).not.toContain('4242');
    expect(digitsOf((await page.getAttribute('.header-results-all', 'href'))!)).not.toContain('4242');
    expect(new URL((await results(page).first().locator('a').first().getAttribute('href'))!, origin()).pathname).toBe(
      '/en/declines/generic-decline/',
    );
    expect(problems).toEqual([]);
  });
});

describe('nonsense gets the no-result state, never confident results', () => {
  it.each([
    ['zh-cn', 'asdkjhaskdjh'],
    ['en', '<script>alert(1)</script>'],
    ['en', 'qwxzv plmokn'],
  ])('%s: %j', async (lang, q) => {
    const { page, problems } = await trackedPage(env.context(), origin());
    await page.goto(`${origin()}/${lang}/search/?q=${encodeURIComponent(q)}`);
    await page.locator('[data-search-empty]:not([hidden])').waitFor();
    expect(await results(page).count()).toBe(0);
    expect(await page.locator(`[data-search-empty] a[href="/${lang}/declines/"]`).count()).toBe(1);
    expect(await page.locator('[data-search-report]:not([hidden]) a').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

describe('results a reader can read', () => {
  it('counts exactly the results it shows, and labels a close match as close', async () => {
    const { page } = await trackedPage(env.context(), origin());
    await page.goto(`${origin()}/en/search/?q=card_declined`);
    await searchSettled(page);
    const shown = await results(page).count();
    expect(await page.locator('[data-search-status]').textContent()).toContain(String(shown));
    await page.goto(`${origin()}/en/search/?q=insufficent_quota`);
    await searchSettled(page);
    expect(await results(page).first().locator('.badge').textContent()).toBe('Close match');
  });

  it('shows sentences, not alias labels or run-together cells', async () => {
    const { page } = await trackedPage(env.context(), origin());
    for (const [lang, q] of [
      ['en', 'card_declined'],
      ['zh-cn', '拒绝交易'],
      ['en', 'do not honor'],
    ]) {
      await page.goto(`${origin()}/${lang}/search/?q=${encodeURIComponent(q!)}`);
      await searchSettled(page);
      const text = (await page.locator('[data-search-results]').textContent()) ?? '';
      expect(text).not.toMatch(
        /how readers search for it|常见搜索说法|official wording|官方原文|How this message is worded|这条提示的不同说法/,
      );
      for (const excerpt of await page.locator('[data-search-results] p').allTextContents()) {
        // no Chinese heading joined with ". ", no cells or code run into the words before them
        expect(excerpt.match(/.{0,20}(?:\p{Script=Han}\. |[)）][a-z]).{0,20}/u)?.[0]).toBeUndefined();
      }
    }
  });

  it('marks the first match of every paragraph on the page it opens, then drops ?highlight= from the address bar', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    await page.goto(`${origin()}/en/five-dollar-authorization-hold/?highlight=authorization`);
    await page.locator('mark[data-highlight]').first().waitFor();
    const { paragraphs, marked } = await page.evaluate(() => {
      const ps = [...document.querySelectorAll('[data-pagefind-body] p')].filter(
        (p) => !p.closest('[data-pagefind-ignore]') && /\bauthori[sz]ation/i.test(p.textContent ?? ''),
      );
      return { paragraphs: ps.length, marked: ps.filter((p) => p.querySelector('mark[data-highlight]')).length };
    });
    expect(paragraphs).toBeGreaterThan(2);
    expect(marked).toBe(paragraphs);
    expect(page.url()).not.toContain('highlight=');
    expect(problems).toEqual([]);
  });

  it('keeps the page working with a very long ?highlight=', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    const huge = Array.from({ length: 12 }, (_, i) => String.fromCharCode(97 + i).repeat(1000)).join(' ');
    await page.goto(`${origin()}/en/five-dollar-authorization-hold/?highlight=${huge}`);
    await page.locator('a.anchor').first().waitFor(); // the section links: the page script ran
    expect(await page.locator('[data-theme-toggle]:not([hidden])').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
