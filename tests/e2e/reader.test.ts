import { describe, expect, it } from 'vitest';
import { tap, trackedPage, useSiteInBrowser } from '../helpers/browser';

const env = useSiteInBrowser({ locale: 'en-US' });
const site = {
  get origin() {
    return env.origin();
  },
};

describe('a reader in a real browser', () => {
  it('types a query in the header box, opens the result and lands on the highlighted page', async () => {
    const { page, problems } = await trackedPage(env.context(), site.origin);
    await page.goto(`${site.origin}/en/card-declined/`);
    await page.fill('#header-search', 'authorization hold');
    await page.press('#header-search', 'Enter');
    // Results open under the box, in place (the search page is one link away).
    const first = page.locator('[data-header-results] [data-search-results] li a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/en\/five-dollar-authorization-hold\/\?highlight=/);
    await first.click();
    await page.waitForURL(/\/en\/five-dollar-authorization-hold\//);
    await page.locator('mark[data-highlight]').first().waitFor();
    expect((await page.locator('mark[data-highlight]').first().textContent())?.toLowerCase()).toMatch(/authorization|hold/);
    expect(problems).toEqual([]);
  });

  it('switches language on a #section link and stays on that section', async () => {
    const { page, problems } = await trackedPage(env.context(), site.origin);
    await page.goto(`${site.origin}/en/card-declined/#find-your-message`);
    await tap(page, '.lang-switch a[hreflang="zh-CN"]');
    await page.waitForURL(`${site.origin}/zh-cn/card-declined/#find-your-message`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const inView = await page.locator('#find-your-message').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight;
    });
    expect(inView).toBe(true);
    expect(problems).toEqual([]);
  });

  it('opens /zh-cn/search/?q=预授权 and shows the hold article first', async () => {
    const { page, problems } = await trackedPage(env.context(), site.origin);
    await page.goto(`${site.origin}/zh-cn/search/?q=${encodeURIComponent('预授权')}`);
    const first = page.locator('[data-search-results] li a').first();
    await first.waitFor();
    expect(await page.inputValue('#search-input')).toBe('预授权');
    expect(new URL((await first.getAttribute('href')) ?? '', site.origin).pathname).toBe('/zh-cn/five-dollar-authorization-hold/');
    expect(problems).toEqual([]);
  });

  it('sends a reader from / and from a /d/ short link to their browser language', async () => {
    const zh = await env.browser().newContext({ locale: 'zh-CN' });
    const page = await zh.newPage();
    await page.goto(`${site.origin}/`);
    await page.waitForURL(`${site.origin}/zh-cn/`);
    await page.goto(`${site.origin}/d/expired-card/`);
    await page.waitForURL(`${site.origin}/zh-cn/declines/expired-card/`);
    await zh.close();
    const en = await env.browser().newContext({ locale: 'fr-FR' });
    const other = await en.newPage();
    await other.goto(`${site.origin}/d/expired-card/`);
    await other.waitForURL(`${site.origin}/en/declines/expired-card/`);
    await en.close();
  });

  it('keeps the page usable without JavaScript: the header search is a plain form', async () => {
    const noJs = await env.browser().newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.locator('a[href="/en/"]').count()).toBe(1);
    expect(await page.locator('a[href="/zh-cn/"]').count()).toBe(1);
    await page.goto(`${site.origin}/en/card-declined/`);
    await page.fill('#header-search', 'hold');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=hold/);
    await noJs.close();
  });
});

describe('reading on a phone and in print', () => {
  const samples = [
    '/zh-cn/five-dollar-authorization-hold/',
    '/en/card-declined/',
    '/zh-cn/declines/',
    '/en/glossary/',
    '/zh-cn/search/?q=被拒',
  ];

  it.each([
    ['a 360 px phone', { width: 360, height: 740 }],
    ['200% zoom on a 1280 px window', { width: 640, height: 400 }],
  ] as const)('fits %s without sideways scrolling', async (_name, viewport) => {
    const ctx = await env.browser().newContext({ viewport });
    const page = await ctx.newPage();
    for (const p of samples) {
      await page.goto(`${site.origin}${p}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, p).toBeLessThanOrEqual(0);
    }
    await ctx.close();
  });

  it('opens a FAQ answer linked by its #anchor and works by keyboard', async () => {
    const { page } = await trackedPage(env.context(), site.origin);
    await page.goto(`${site.origin}/en/five-dollar-authorization-hold/`);
    const firstFaq = await page.locator('.faq-item h3').first().getAttribute('id');
    await page.goto(`${site.origin}/en/five-dollar-authorization-hold/#${firstFaq}`);
    expect(
      await page
        .locator('.faq-item')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    const second = page.locator('.faq-item summary').nth(1);
    await second.focus();
    await page.keyboard.press('Enter');
    expect(
      await page
        .locator('.faq-item')
        .nth(1)
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
  });

  it('prints a guide without the site chrome', async () => {
    const { page } = await trackedPage(env.context(), site.origin);
    await page.goto(`${site.origin}/en/openai-api-billing-from-china/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    expect(await page.locator('.steps').first().isVisible()).toBe(true);
  });

  it('lets a reader choose dark or light, and remembers it', async () => {
    const { page } = await trackedPage(env.context(), site.origin);
    await page.goto(`${site.origin}/en/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.click('[data-theme-toggle]'); // auto → light
    await page.click('[data-theme-toggle]'); // light → dark
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await bg()).not.toBe(light);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.click('[data-theme-toggle]'); // dark → auto
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
  });
});
