import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import type { Page, Request } from 'playwright-core';
import { trackedPage, useSiteInBrowser } from '../helpers/browser';

// What loads when, and in what order: the structure behind `npm run bench`'s distant-reader
// figures (timings stay in the benchmark; these tests hold no clock but request order).
const env = useSiteInBrowser({ locale: 'en-US' });
const origin = () => env.origin();

/** Every request the page makes, by path (with query), in order. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin()) seen.push(url.pathname + url.search);
  });
  return seen;
}
/** Resolves once no new request has been recorded for `quiet` ms. */
async function settled(seen: readonly string[], quiet = 500): Promise<void> {
  for (let count = -1; count !== seen.length;) {
    count = seen.length;
    await new Promise((r) => setTimeout(r, quiet));
  }
}
const isSearchFile = (p: string) =>
  /^\/(pagefind\/|declines-lookup\.json|search-vocab\.json)/.test(p) || localeCodes.some((l) => p === `/${l}/search-ui.json`);

describe('search loads when a reader focuses a search box, all at once', () => {
  it('loads nothing of search with a guide, then everything the first search needs on focus, each file once', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    const seen = recordRequests(page);
    await page.goto(`${origin()}/en/card-declined/`);
    await page.waitForLoadState('networkidle');
    expect(seen.filter(isSearchFile)).toEqual([]);

    await page.focus('#header-search');
    // The hints are added after focus: wait until the header box's panel is ready and no request
    // has started for half a second, so a second fetch of any file would be seen.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#header-search')?.form?.dataset['searchReady'] === 'yes');
    await settled(seen);
    const search = seen.filter(isSearchFile);
    for (const file of [
      /^\/pagefind\/pagefind\.js$/,
      /^\/pagefind\/wasm\.en\.pagefind$/,
      /^\/pagefind\/pagefind-entry\.json\?ts=\w+$/,
      /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/,
      /^\/pagefind\/kb-records\.en_\w+\.json$/,
      /^\/declines-lookup\.json$/,
      /^\/search-vocab\.json$/,
      /^\/en\/search-ui\.json$/,
    ]) {
      expect(
        search.filter((p) => file.test(p)),
        String(file),
      ).toHaveLength(1);
    }
    // Pagefind runs on the page's thread: no worker script to wait for.
    expect(search.some((p) => p.includes('pagefind-worker'))).toBe(false);
    expect(problems).toEqual([]);
  });

  it('searches in place from the header: results under the box, the guide stays, the search page one link away', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    await page.goto(`${origin()}/en/card-declined/`);
    await page.fill('#header-search', 'authorization hold');
    await page.press('#header-search', 'Enter');
    const first = page.locator('[data-header-results] [data-search-results] > li > a').first();
    await first.waitFor();
    expect(new URL(page.url()).pathname).toBe('/en/card-declined/');
    expect(await first.getAttribute('href')).toMatch(/^\/en\/five-dollar-authorization-hold\//);
    expect(await page.locator('[data-header-results] [data-search-results] > li').count()).toBeLessThanOrEqual(5);
    expect(await page.getAttribute('.header-results-all', 'href')).toBe('/en/search/?q=authorization+hold');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-header-results]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('falls back to the search page, with personal data removed, when the header’s results cannot load', async () => {
    const page = await env.context().newPage();
    await page.route('**/_astro/header-entry*', (route) => route.abort());
    await page.goto(`${origin()}/en/card-declined/`);
    await page.fill('#header-search', 'Your card was declined. 4242 4242 4242 4242');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/en\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Your card was declined.');
    await page.locator('[data-search-results] > li > a').first().waitFor();
    await page.close();
  });

  it('shows a pasted decline message’s entry from the lookup table before Pagefind’s script has loaded', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let served = false;
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      served = true;
      await route.continue();
    });
    await page.goto(`${origin()}/en/card-declined/`);
    await page.fill('#header-search', 'Your card has insufficient funds.');
    await page.press('#header-search', 'Enter');
    const entry = page.locator('[data-header-results] [data-search-results] > li.exact > a[href="/en/declines/insufficient-funds/"]');
    await entry.waitFor();
    expect(served).toBe(false);
    expect(await page.locator('[data-header-results] [data-search-status]').textContent()).toContain('…');
    // The rest follows once Pagefind is there.
    release();
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-header-results] [data-search-status]')?.textContent ?? ''));
    expect(await page.locator('[data-header-results] [data-search-results] > li > a').first().getAttribute('href')).toBe(
      '/en/declines/insufficient-funds/',
    );
    expect(problems).toEqual([]);
  });

  it('fetches the fragments of the results shown in parallel, not one after another', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    const events: { kind: 'start' | 'end'; url: string }[] = [];
    const isFragment = (req: Request) => req.url().includes('/pagefind/fragment/');
    page.on('request', (req) => isFragment(req) && events.push({ kind: 'start', url: req.url() }));
    page.on('requestfinished', (req) => isFragment(req) && events.push({ kind: 'end', url: req.url() }));
    await page.route('**/pagefind/fragment/**', async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      await route.continue();
    });
    await page.goto(`${origin()}/zh-cn/search/?q=${encodeURIComponent('预授权')}`);
    await page.locator('[data-search-results] > li > a').first().waitFor();
    const firstEnd = events.findIndex((e) => e.kind === 'end');
    const startedBefore = events.slice(0, firstEnd).filter((e) => e.kind === 'start').length;
    // Ten results shown: their fragments were all asked for before the first one arrived.
    expect(startedBefore).toBeGreaterThanOrEqual(Math.min(10, await page.locator('[data-search-results] > li').count()));
    expect(problems).toEqual([]);
  });

  it('hints Pagefind and its files in the search page’s HTML, and uses every hint', async () => {
    const { page, problems } = await trackedPage(env.context(), origin());
    const seen = recordRequests(page);
    await page.goto(`${origin()}/zh-cn/search/?q=${encodeURIComponent('退款')}`);
    await page.locator('[data-search-results] > li > a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const hints = await page.$$eval('link[rel=preload], link[rel=modulepreload]', (links) =>
      links.map((l) => new URL((l as HTMLLinkElement).href).pathname + new URL((l as HTMLLinkElement).href).search),
    );
    expect(hints).toEqual(
      expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', '/declines-lookup.json', '/search-vocab.json']),
    );
    expect(hints.some((h) => /^\/pagefind\/pagefind\.zh-cn_\w+\.pf_meta$/.test(h))).toBe(true);
    // Each hinted file is fetched once: Pagefind's own requests reuse the preloads.
    for (const hint of hints)
      expect(
        seen.filter((p) => p === hint),
        hint,
      ).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});
