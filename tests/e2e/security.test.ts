import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, trackedPage } from '../helpers/browser';
import { serveSite } from '../helpers/server';

// The site served with the headers of dist/_headers on top of each page's <meta> CSP: nothing the
// site itself ships may be blocked, and styles (hashed, no 'unsafe-inline') must apply.
let site: Awaited<ReturnType<typeof serveSite>>;
let chrome: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  site = await serveSite(undefined, { headers: true });
  chrome = await launchBrowser();
});
afterAll(async () => {
  await chrome?.close();
  await site?.close();
});

describe('under the shipped security headers', () => {
  it.each([
    '/en/',
    '/zh-cn/five-dollar-authorization-hold/',
    '/en/declines/expired-card/',
    '/zh-cn/declines/',
    '/en/no-such-page/',
    '/d/expired-card/',
  ])('%s loads with its styles and without a CSP violation', async (pathname) => {
    const context = await chrome.browser.newContext();
    const { page, problems } = await trackedPage(context, site.origin);
    const response = await page.goto(site.origin + pathname);
    expect(response?.headers()['x-frame-options']).toBe('DENY');
    await page.waitForLoadState('networkidle');
    const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(styled).not.toMatch(/^"?Times/);
    expect(problems.filter((p) => !/404 \(Not Found\)/.test(p))).toEqual([]);
    await context.close();
  });

  it('search runs (Pagefind WebAssembly under the CSP)', async () => {
    const context = await chrome.browser.newContext();
    const { page, problems } = await trackedPage(context, site.origin);
    await page.goto(`${site.origin}/en/search/?q=${encodeURIComponent('Your card has expired.')}`);
    await expect.poll(() => page.locator('a[href*="/en/declines/expired-card/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
