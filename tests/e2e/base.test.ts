import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, trackedPage } from '../helpers/browser';
import { serveSite } from '../helpers/server';
import { resolveSitePath } from '../helpers/site';
import { baseSite } from '../helpers/paths';

// The sub-path build (tests/setup/build.ts) served under /kb/ with its own _headers, as a project
// page is: search, short links, the language chooser and the 404 page all stay under the base.
const { base, out } = baseSite;
let site: Awaited<ReturnType<typeof serveSite>>;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
const contexts: BrowserContext[] = [];
/** A fresh reader: an English browser with nothing stored. */
const reader = async () => {
  const context = await chrome.browser.newContext({ locale: 'en-US' });
  contexts.push(context);
  return context;
};

beforeAll(async () => {
  site = await serveSite(out, { base, headers: true });
  chrome = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await chrome?.close();
  await site?.close();
});

const at = (p: string) => `${site.origin}${base}${p.replace(/^\//, '')}`;
/** Problems other than requests a redirecting page cut short when it moved on. */
const real = (problems: string[]) => problems.filter((p) => !p.endsWith('net::ERR_ABORTED'));
/** Links that are not under the base or do not name a file of the output. */
const unresolved = (hrefs: string[]) =>
  hrefs.filter((href) => {
    const { pathname } = new URL(href, site.origin);
    return (
      !pathname.startsWith(base) || pathname.startsWith(`${base}${base.slice(1)}`) || !resolveSitePath(pathname.slice(base.length - 1), out)
    );
  });

describe(`the site served under ${base}`, () => {
  it('finds a pasted decline message from /kb/en/search/?q=… and links the entry under the base', async () => {
    const { page, problems } = await trackedPage(await reader(), site.origin);
    await page.goto(at(`/en/search/?q=${encodeURIComponent('Your card was declined.')}`));
    const first = page.locator('[data-search-results] > li > a').first();
    await first.waitFor();
    expect(new URL((await first.getAttribute('href'))!, site.origin).pathname).toBe(`${base}en/declines/generic-decline/`);
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(unresolved(hrefs)).toEqual([]);
    await first.click();
    await page.waitForURL(at('/en/declines/generic-decline/'));
    expect(problems).toEqual([]);
  });

  // 退款 finds guides and their sections; do_not_honor also the alias records (codes, glossary
  // aliases), which the index stores from the output root like the pages.
  it.each(['退款', 'do_not_honor'])('gives every result of %s and its sections under the base (Pagefind result URLs)', async (query) => {
    const { page, problems } = await trackedPage(await reader(), site.origin);
    await page.goto(at(`/zh-cn/search/?q=${encodeURIComponent(query)}`));
    // A code the lookup table knows shows its entry at once; the index's results follow.
    await expect.poll(() => page.locator('[data-search-results] a').count(), { timeout: 15_000 }).toBeGreaterThan(3);
    const hrefs = await page.locator('[data-search-results] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(unresolved(hrefs)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens /kb/d/<id>/ in the language last read under the base, else the browser language', async () => {
    const context = await reader();
    const { page, problems } = await trackedPage(context, site.origin);
    await page.goto(at('/d/expired-card/'));
    await page.waitForURL(at('/en/declines/expired-card/'));
    // The head script stores the language read from the path after the base.
    await page.goto(at('/zh-cn/'));
    expect(await page.evaluate(() => localStorage.getItem('lang'))).toBe('zh-cn');
    await page.goto(at('/d/expired_card/'));
    await page.waitForURL(at('/zh-cn/declines/expired-card/'));
    expect(real(problems)).toEqual([]);
  });

  it('sends / of the base on to a language', async () => {
    const { page, problems } = await trackedPage(await reader(), site.origin);
    await page.goto(at('/'));
    await page.waitForURL(at('/en/'));
    expect(real(problems)).toEqual([]);
  });

  it('serves the 404 page under the base: its language from the path, a mistyped short link retried', async () => {
    const { page } = await trackedPage(await reader(), site.origin);
    const response = await page.goto(at('/zh-cn/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const links = await page.locator('section[data-locale="zh-cn"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(unresolved(links)).toEqual([]);
    // The 404 page stored the language of its path, so the entry opens in Chinese.
    await page.goto(at('/d/Expired-Card'));
    await page.waitForURL(at('/zh-cn/declines/expired-card/'));
  });
});
