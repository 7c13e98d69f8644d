// What a distant reader waits for, measured in Chromium against a site served by the
// distant-reader model (distant-server.mjs): a guide's first visit, a search from the header box
// of a guide, a pasted decline message, a search page opened from a ?q= link and the next query.
// Times are taken in the page (the moment Enter is pressed, or the last keystroke for a
// search-as-you-type box, to the moment the first result is on screen); bytes, requests and the
// longest chain come from the server's log of the same window.
import { longestChain, now } from './distant-server.mjs';

/** How the reader types: a pause after clicking the box, then 100 ms per character. */
export const TYPING = { pauseAfterFocusMs: 200, perCharMs: 100, pasteAfterFocusMs: 400 };

/** Installed in every document: watches for the first result and records input and Enter times. */
function watcher() {
  const stamp = () => performance.timeOrigin + performance.now();
  // Kept in sessionStorage: a search that navigates reads them from the next document.
  addEventListener('input', () => sessionStorage.setItem('kb-input', String(stamp())), true);
  addEventListener('keydown', (e) => e.key === 'Enter' && sessionStorage.setItem('kb-enter', String(stamp())), true);
  const visible = (el) => el.getClientRects().length > 0;
  const check = (spec) => {
    const links = [...document.querySelectorAll(spec.links)].filter(visible);
    if (!links.length) return false;
    if (spec.href && !links.some((a) => (a.getAttribute('href') ?? '').includes(spec.href))) return false;
    if (spec.guard === 'data-query') {
      const list = links[0].closest('[data-search-results]');
      if (list?.hasAttribute('data-query')) return list.getAttribute('data-query') === spec.query;
      return new URLSearchParams(location.search).get('q') === spec.query || !list?.closest('[data-sync-url]');
    }
    if (spec.guard === 'message') return (document.querySelector(spec.message)?.textContent ?? '').includes(spec.query);
    return true;
  };
  window.__kbWatch = (spec) => {
    window.__kbHit = undefined;
    sessionStorage.setItem('kb-watch', JSON.stringify(spec));
    const test = () => {
      if (window.__kbHit === undefined && check(spec)) {
        window.__kbHit = stamp();
        sessionStorage.removeItem('kb-watch');
      }
    };
    new MutationObserver(test).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    test();
  };
  addEventListener('DOMContentLoaded', () => {
    const pending = sessionStorage.getItem('kb-watch');
    if (pending) window.__kbWatch(JSON.parse(pending));
  });
}

/** Waits for window.__kbHit in whatever document the tab holds (a search may navigate). */
async function hitTime(page, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForFunction(() => window.__kbHit !== undefined, null, { timeout: Math.max(1, deadline - Date.now()), polling: 'raf' });
      return await page.evaluate(() => window.__kbHit);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      if (!/context was destroyed|navigation|Target closed|frame was detached/i.test(String(error))) throw error;
      await page.waitForLoadState('domcontentloaded').catch(() => {});
    }
  }
}

/** When the reader finished: Enter pressed, or the last keystroke in a search-as-you-type box. */
const startTime = (page, profile) =>
  page
    .evaluate((enter) => Number(sessionStorage.getItem(enter ? 'kb-enter' : 'kb-input')) || undefined, profile.enter)
    .catch(() => undefined);

/** The server log between two times: what the reader downloaded, and the longest waiting chain. */
function traffic(log, from, to) {
  const entries = log.filter((e) => e.end > from && e.end <= to + 5);
  return {
    bytes: entries.reduce((a, e) => a + e.bytes, 0),
    requests: entries.length,
    chain: longestChain(entries),
  };
}

const idle = async (page) => {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(300);
};

/**
 * Runs every scenario once for one site and language.
 * @param {{ browser: import('playwright-core').Browser, server: { origin: string, log: any[] }, profile: any, lang: 'en' | 'zh-cn', queries: any }} args
 */
export async function readerRun({ browser, server, profile, lang, queries }) {
  const q = queries[lang];
  const context = async () => {
    await server.idle();
    const ctx = await browser.newContext({ ignoreHTTPSErrors: true, locale: lang === 'en' ? 'en-US' : 'zh-CN', serviceWorkers: 'block' });
    await ctx.addInitScript(watcher);
    return ctx;
  };
  const out = {};
  const guideUrl = `${server.origin}${profile.guide(lang)}`;

  // 1. First visit to a guide.
  {
    const ctx = await context();
    const page = await ctx.newPage();
    const started = now();
    await page.goto(guideUrl);
    await idle(page);
    const nav = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp?.startTime, load: n?.loadEventEnd };
    });
    out.article = { ms: nav.fcp, loadMs: nav.load, ...traffic(server.log, started - 1, now()) };
    await ctx.close();
  }

  // 2. A search from the header box of a guide: typed (the box is focused first, so search can
  // start loading), or pasted at once (no head start); 3. an exact decline message, pasted.
  const headerSearch = async (query, { typed = false, entry = undefined, pause = 0 } = {}) => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.goto(guideUrl);
    await idle(page);
    const focusAt = now();
    const input = await profile.focus(page);
    if (pause) await page.waitForTimeout(pause);
    await page.evaluate((spec) => window.__kbWatch(spec), profile.spec(query, entry));
    if (typed) await page.locator(input).pressSequentially(query, { delay: TYPING.perCharMs });
    else await page.fill(input, query);
    if (profile.enter) await page.press(input, 'Enter');
    const hit = await hitTime(page);
    const start = await startTime(page, profile);
    await ctx.close();
    return measure(server.log, start, hit, focusAt);
  };
  for (const [key, query] of Object.entries(q.header)) {
    out[`typed ${key}`] = await headerSearch(query, { typed: true, pause: TYPING.pauseAfterFocusMs });
    out[`pasted ${key}`] = await headerSearch(query);
  }
  out.message = await headerSearch(q.message, { entry: q.messageEntry, pause: TYPING.pasteAfterFocusMs });

  // 5. The search page opened from a ?q= link (or the first query in the modal), then the next query.
  {
    const ctx = await context();
    const page = await ctx.newPage();
    let input;
    if (profile.searchPage) {
      await page.addInitScript(
        (spec) => sessionStorage.getItem('kb-watch') || sessionStorage.setItem('kb-watch', JSON.stringify(spec)),
        profile.spec(q.link),
      );
      const started = now();
      await page.goto(`${server.origin}${profile.searchPage(lang, q.link)}`);
      const hit = await hitTime(page);
      const origin = await page.evaluate(() => performance.timeOrigin);
      out.link = { ms: hit - origin, ...traffic(server.log, started - 1, hit) };
      input = profile.searchInput;
      await idle(page);
      await page.focus(input);
      await page.press(input, 'Escape');
    } else {
      await page.goto(guideUrl);
      await idle(page);
      input = await profile.focus(page);
      await page.waitForTimeout(TYPING.pauseAfterFocusMs);
      await page.evaluate((spec) => window.__kbWatch(spec), profile.spec(q.link));
      await page.locator(input).pressSequentially(q.link, { delay: TYPING.perCharMs });
      await hitTime(page);
      await idle(page);
      await page.fill(input, '');
    }
    const focusAt = now();
    await page.waitForTimeout(TYPING.pauseAfterFocusMs);
    await page.evaluate((spec) => window.__kbWatch(spec), profile.spec(q.next));
    await page.locator(input).pressSequentially(q.next, { delay: TYPING.perCharMs });
    if (profile.enter) await page.press(input, 'Enter');
    const hit = await hitTime(page);
    const start = await startTime(page, profile);
    out.next = measure(server.log, start, hit, focusAt);
    await ctx.close();
  }
  return out;
}

function measure(log, start, hit, focusAt) {
  if (start === undefined || hit === undefined) return { ms: NaN, bytes: NaN, requests: NaN, chain: [] };
  const fromEnter = traffic(log, start, hit);
  const fromFocus = traffic(log, focusAt, hit);
  return { ms: Math.max(0, hit - start), ...fromEnter, focusBytes: fromFocus.bytes, focusRequests: fromFocus.requests };
}

/** This site: the header box (search in place, or the search page), the search page's own box. */
export const thisSite = {
  name: 'this site',
  guide: (lang) => `/${lang}/card-declined/`,
  focus: async (page) => {
    await page.click('#header-search');
    return '#header-search';
  },
  enter: true,
  searchPage: (lang, query) => `/${lang}/search/?q=${encodeURIComponent(query)}`,
  searchInput: '#search-input',
  spec: (query, entry) => ({
    links: '[data-search-results] > li > a',
    query,
    guard: 'data-query',
    ...(entry ? { href: `/declines/${entry}/` } : {}),
  }),
};

/** Starlight: its search button opens Pagefind's default modal, which searches as the reader types. */
export const starlightSite = {
  name: 'Starlight',
  guide: (lang) => `/${lang}/card-declined/`,
  focus: async (page) => {
    await page.click('button[data-open-modal]');
    await page.locator('#starlight__search input').waitFor();
    return '#starlight__search input';
  },
  enter: false,
  spec: (query) => ({
    links: '#starlight__search .pagefind-ui__result-link',
    query,
    guard: 'message',
    message: '#starlight__search .pagefind-ui__message',
  }),
};
