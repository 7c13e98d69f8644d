import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { tap, trackedPage, useSiteInBrowser } from '../helpers/browser';

const env = useSiteInBrowser({ locale: 'en-US' });
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } satisfies BrowserContextOptions;

async function withContext<T>(options: BrowserContextOptions, run: (page: Page, browser: Browser) => Promise<T>): Promise<T> {
  const context = await env.browser().newContext(options);
  try {
    return await run(await context.newPage(), env.browser());
  } finally {
    await context.close();
  }
}

const inView = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });

describe('the header on a 390 px phone', () => {
  for (const path of [
    '/en/five-dollar-authorization-hold/',
    '/zh-cn/five-dollar-authorization-hold/',
    '/en/declines/generic-decline/',
    '/zh-cn/declines/insufficient-funds/',
    '/zh-cn/',
  ]) {
    it(`${path}: one row plus the search box, at most 120 px, with search reachable while reading`, async () => {
      await withContext({ ...phone, locale: 'en-US' }, async (page) => {
        await page.goto(`${env.origin()}${path}`);
        const header = await page.evaluate(() => {
          const bar = document.querySelector('.site-header')!.getBoundingClientRect();
          const search = document.querySelector('.header-search')?.getBoundingClientRect();
          return { bar: bar.height, bottom: Math.max(bar.bottom, search?.bottom ?? 0) };
        });
        console.log(`header height ${path}: bar ${header.bar} px, with search ${header.bottom} px`);
        expect(header.bar).toBeLessThanOrEqual(56);
        expect(header.bottom).toBeLessThanOrEqual(120);
        // Deep in the page the bar is still there, and its search button puts the cursor in a box on screen.
        await page.evaluate(() => scrollTo(0, document.body.scrollHeight / 2));
        expect((await page.locator('.site-header').boundingBox())!.y).toBe(0);
        const scrolled = await page.evaluate(() => scrollY);
        await tap(page, '[data-search-jump]');
        const focused = page.locator('input[type="search"]:focus');
        await focused.waitFor();
        expect(await inView(page, 'input[type="search"]:focus')).toBe(true);
        // The reader keeps their place where the header has its own box.
        if (await page.locator('#header-search').count()) expect(await page.evaluate(() => scrollY)).toBe(scrolled);
      });
    });
  }

  it('keeps its size when the scripts load, and applies a saved dark theme before they run', async () => {
    const measure = async (blockScripts: boolean) =>
      withContext({ ...phone, colorScheme: 'light' }, async (page) => {
        if (blockScripts) await page.route('**/_astro/*.js', (route) => route.abort());
        await page.goto(`${env.origin()}/en/`);
        await page.evaluate(() => localStorage.setItem('theme', 'dark'));
        await page.reload();
        return page.evaluate(() => ({
          main: document.querySelector('main')!.getBoundingClientRect().top,
          bar: document.querySelector('.bar')!.getBoundingClientRect().height,
          background: getComputedStyle(document.body).backgroundColor,
        }));
      });
    const [without, withScripts] = [await measure(true), await measure(false)];
    expect(withScripts.main).toBe(without.main);
    expect(withScripts.bar).toBe(without.bar);
    // Only the inline theme script ran in the first case, and the page is already dark.
    expect(without.background).toBe('rgb(15, 20, 25)');
    expect(withScripts.background).toBe('rgb(15, 20, 25)');
  });
});

describe('a decline entry on a phone', () => {
  it.each(['/en/declines/generic-decline/', '/zh-cn/declines/insufficient-funds/', '/en/declines/authentication-required/'])(
    '%s shows the verdict and the first step of what to do on the first screen',
    async (path) => {
      await withContext({ ...phone, locale: 'en-US' }, async (page) => {
        await page.goto(`${env.origin()}${path}`);
        const bottom = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => el.getBoundingClientRect().bottom);
        console.log(`first screen ${path}: verdict ends at ${await bottom('.verdict')} px, first step at ${await bottom('.steps li')} px`);
        expect(await bottom('.verdict')).toBeLessThan(844);
        expect(await bottom('.steps li')).toBeLessThan(844);
      });
    },
  );
});

describe('finding your way around a long guide', () => {
  it('on a phone, "On this page" stays under the header, names the section and jumps to it', async () => {
    await withContext({ ...phone, locale: 'zh-CN' }, async (page) => {
      await page.goto(`${env.origin()}/zh-cn/card-declined/`);
      await page.evaluate(() => document.getElementById('diagnosis-checklist')!.scrollIntoView());
      await page.waitForFunction(
        () => document.querySelector('[data-toc-current]')?.textContent === document.getElementById('diagnosis-checklist')!.textContent,
      );
      const bar = (await page.locator('.toc-bar').boundingBox())!;
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(Math.abs(bar.y - (header.y + header.height))).toBeLessThanOrEqual(1);
      await tap(page, '.toc-menu summary');
      await tap(page, '.toc-menu a[href="#faq"]');
      await page.waitForURL(/#faq$/);
      expect(await inView(page, '#faq')).toBe(true);
      expect(await page.locator('.toc-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await tap(page, '.toc-bar a[href="#top"]');
      await page.waitForFunction(() => scrollY === 0);
    });
  });

  it('on a desktop, the contents sit in the right column, stay in view and mark the section', async () => {
    await withContext({ viewport: { width: 1280, height: 800 } }, async (page) => {
      await page.goto(`${env.origin()}/en/card-declined/`);
      expect(await page.locator('.toc-bar').isVisible()).toBe(false);
      const side = (await page.locator('.toc-side').boundingBox())!;
      const text = (await page.locator('.article-main').boundingBox())!;
      expect(side.x).toBeGreaterThan(text.x + text.width);
      await page.evaluate(() => document.getElementById('diagnosis-checklist')!.scrollIntoView());
      await page.waitForFunction(
        () => document.querySelector('.toc-side a[aria-current="true"]')?.getAttribute('href') === '#diagnosis-checklist',
      );
      expect(await inView(page, '.toc-side')).toBe(true);
    });
  });

  it('shows a section link on hover and focus, and copies it in one click', async () => {
    await withContext({ viewport: { width: 1280, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.goto(`${env.origin()}/en/card-declined/`);
      const anchor = page.locator('#why-declined + a.anchor');
      expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
      await page.hover('#why-declined');
      await page.waitForFunction(() => getComputedStyle(document.querySelector('#why-declined + a.anchor')!).opacity === '1');
      expect(await page.locator('button.copy-link').count()).toBe(0);
      await anchor.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        / · Card declined\?.* — http.*\/en\/card-declined\/#why-declined$/,
      );
      expect(new URL(page.url()).hash).toBe('#why-declined');
      expect(await page.locator('[data-toast]').textContent()).toBe('Link copied');
    });
  });

  it('prints the FAQ answers and no screen controls', async () => {
    const { page } = await trackedPage(env.context(), env.origin());
    await page.goto(`${env.origin()}/zh-cn/five-dollar-authorization-hold/`);
    expect(await page.locator('.faq-a').first().isVisible()).toBe(false);
    // The section links are added by the page's script: present before print hides them.
    await page.locator('a.anchor').first().waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const answers = page.locator('.faq-a');
    expect(await answers.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await answers.count()); i++) expect(await answers.nth(i).isVisible(), `answer ${i}`).toBe(true);
    for (const chrome of ['.toc-bar', '.toc-side', '.site-header', '.page-report', 'a.anchor'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    // Dark mode on screen, black on white on paper.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });
});

describe('short links people share', () => {
  it.each([
    ['/d/do_not_honor/', '/en/declines/do-not-honor/'],
    ['/d/insufficient_funds/', '/en/declines/insufficient-funds/'],
    ['/d/card_declined/', '/en/declines/generic-decline/'],
    ['/d/Do-Not-Honor', '/en/declines/do-not-honor/'],
    ['/en/declines/insufficient_funds/', '/en/declines/insufficient-funds/'],
  ])('%s reaches %s', async (from, to) => {
    const context = await env.browser().newContext({ locale: 'en-US' });
    const { page, problems } = await trackedPage(context, env.origin());
    try {
      await page.goto(`${env.origin()}${from}`);
      await page.waitForURL(`${env.origin()}${to}`);
    } finally {
      await context.close();
    }
    // On the way, the 404 page's probes miss and the pages it leaves cancel their last requests.
    expect(problems.filter((p) => !/404|Not Found|ERR_ABORTED/i.test(p))).toEqual([]);
  });

  it('opens / and short links in the language the reader last read, even against the browser language', async () => {
    await withContext({ locale: 'en-US' }, async (page) => {
      await page.goto(`${env.origin()}/zh-cn/glossary/`);
      await page.goto(`${env.origin()}/d/do_not_honor/`);
      await page.waitForURL(`${env.origin()}/zh-cn/declines/do-not-honor/`);
      await page.goto(`${env.origin()}/`);
      await page.waitForURL(`${env.origin()}/zh-cn/`);
      await page.goto(`${env.origin()}/en/glossary/`);
      await page.goto(`${env.origin()}/`);
      await page.waitForURL(`${env.origin()}/en/`);
    });
  });

  it('shows the short link on the entry, in both languages, with the codes that reach it', async () => {
    for (const l of ['en', 'zh-cn']) {
      const { page } = await trackedPage(env.context(), env.origin());
      await page.goto(`${env.origin()}/${l}/declines/insufficient-funds/`);
      expect(await page.locator('.share .short-url').textContent()).toMatch(/^https?:\/\/.+\/d\/insufficient-funds\/$/);
      expect(await page.locator('.share .copy-btn').isVisible()).toBe(true);
      expect(await page.locator('.share a[href="/d/insufficient_funds/"]').isVisible()).toBe(true);
      await page.close();
    }
  });
});

describe('a missing page', () => {
  it.each([
    ['/zh-cn/no-such-guide/', 'en-US', 'zh-cn'],
    ['/en/no-such-guide/', 'zh-CN', 'en'],
    ['/d/no_such_code/', 'zh-CN', 'zh-cn'],
    ['/nowhere/', 'en-US', 'en'],
  ])('%s (browser %s) offers search and the decline catalogue in %s', async (path, browserLocale, expected) => {
    await withContext({ ...phone, locale: browserLocale }, async (page) => {
      const response = await page.goto(`${env.origin()}${path}`);
      expect(response?.status()).toBe(404);
      const lang = expected === 'en' ? 'en' : 'zh-CN';
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      const section = page.locator(`section[data-locale="${expected}"]`);
      expect(await section.isVisible()).toBe(true);
      expect(await page.locator(`section[data-locale]:not([data-locale="${expected}"])`).isVisible()).toBe(false);
      expect(await section.locator(`a[href="/${expected}/declines/"]`).isVisible()).toBe(true);
      const box = section.locator('input[type="search"]');
      if (path.startsWith('/d/')) expect(await box.inputValue()).toBe('no_such_code');
      await box.fill('do not honor');
      await box.press('Enter');
      await page.waitForURL(new RegExp(`/${expected}/search/\\?q=do\\+not\\+honor`));
    });
  });
});

describe('navigation that keeps its place', () => {
  it('Back and Forward on the search page restore the query and its results, one history entry per query', async () => {
    const { page, problems } = await trackedPage(env.context(), env.origin());
    await page.goto(`${env.origin()}/en/search/`);
    const first = page.locator('[data-search-results] > li > a').first();
    const search = async (q: string) => {
      await page.fill('#search-input', q);
      // Results for the typed text show before Enter; they must not rewrite the current entry.
      await first.waitFor();
      await page.waitForFunction((typed) => new URLSearchParams(location.search).get('q') === typed, q);
      await page.press('#search-input', 'Enter');
      await page.waitForURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
      await first.waitFor();
    };
    await search('expired card');
    const expiredTop = await first.getAttribute('href');
    const length = await page.evaluate(() => history.length);
    await search('do not honor');
    await page.press('#search-input', 'Enter'); // the same query again: no new entry
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    const honorTop = await first.getAttribute('href');
    expect(honorTop).not.toBe(expiredTop);
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('#search-input') as HTMLInputElement).value === 'expired card');
    await page.waitForFunction(
      (href) => document.querySelector('[data-search-results] > li > a')?.getAttribute('href') === href,
      expiredTop,
    );
    await page.goForward();
    await page.waitForFunction(() => (document.querySelector('#search-input') as HTMLInputElement).value === 'do not honor');
    await page.waitForFunction((href) => document.querySelector('[data-search-results] > li > a')?.getAttribute('href') === href, honorTop);
    expect(problems).toEqual([]);
  });

  it('the language switch keeps the query on the search page', async () => {
    const { page } = await trackedPage(env.context(), env.origin());
    await page.goto(`${env.origin()}/en/search/?q=${encodeURIComponent('card declined')}`);
    await page.locator('[data-search-results] > li > a').first().waitFor();
    await tap(page, '.lang-switch a');
    await page.waitForURL(`${env.origin()}/zh-cn/search/?q=card+declined`);
    expect(await page.inputValue('#search-input')).toBe('card declined');
  });

  it('the language switch keeps the section in view when the address has no #hash', async () => {
    await withContext({ ...phone, locale: 'en-US' }, async (page) => {
      await page.goto(`${env.origin()}/en/card-declined/`);
      await page.evaluate(() => document.getElementById('diagnosis-checklist')!.scrollIntoView());
      await page.waitForFunction(
        () => document.querySelector('[data-toc-current]')?.textContent === document.getElementById('diagnosis-checklist')!.textContent,
      );
      expect(new URL(page.url()).hash).toBe('');
      await tap(page, '.lang-switch a');
      await page.waitForURL(`${env.origin()}/zh-cn/card-declined/#diagnosis-checklist`);
      expect(await inView(page, '#diagnosis-checklist')).toBe(true);
    });
  });

  it('without JavaScript the search page says so and offers the catalogue and the guides by topic', async () => {
    await withContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${env.origin()}/zh-cn/search/?q=card_declined`);
      const note = page.locator('main .callout');
      expect(await note.isVisible()).toBe(true);
      expect(await note.locator('a[href="/zh-cn/declines/"]').isVisible()).toBe(true);
      expect(await note.locator('a[href^="/zh-cn/#topic-"]').count()).toBeGreaterThan(2);
    });
  });
});
