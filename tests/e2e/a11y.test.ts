import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser';
import { loadSite } from '../helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const all = loadSite().map((p) => p.path);
// The language chooser and the short links send a scripted browser on at once; they are
// checked without the site's scripts, as a reader without JavaScript sees them.
const isStub = (p: string) => p === '/' || p.startsWith('/d/');
const paths = all.filter((p) => !isStub(p));
const stubs = all.filter(isStub);
// Tabs that check pages at the same time: the pages are independent, and one tab mostly waits
// (navigation, then axe). KB_A11Y_TABS tunes it for a slower or faster machine.
const tabs = Math.max(1, Number(process.env['KB_A11Y_TABS']) || 4);

// axe is added to every page before the page's own scripts, which the site's CSP (rightly)
// forbids for an injected script; hence bypassCSP.
const env = useSiteInBrowser({ bypassCSP: true });

const schemes = ['light', 'dark'] as const;

/**
 * One load of the page, checked in each colour scheme: the palettes follow
 * prefers-color-scheme in CSS alone (no script reads it, nothing transitions), so switching the
 * emulated scheme restyles the loaded page as a fresh load in that scheme would.
 */
async function violations(page: Page, path: string, inSchemes: readonly (typeof schemes)[number][]): Promise<string[]> {
  await page.goto(`${env.origin()}${path}`);
  const found: string[] = [];
  for (const scheme of inSchemes) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await check(page, inSchemes.length > 1 ? `${path} (${scheme})` : path)));
  }
  return found;
}

/** axe (added to the page by an init script) on the page as it is now. */
async function check(page: Page, path: string): Promise<string[]> {
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      // Every rule still runs; only violations are collected in full (what the sweep asserts), which
      // halves axe's time per page.
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return result.violations.map(
    (v) =>
      `${path}: ${v.id} (${v.help}) at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** Checks every path, in each scheme, with `tabs` pages of one context working through a shared queue. */
async function sweep(context: BrowserContext, list: string[], inSchemes: readonly (typeof schemes)[number][]): Promise<string[]> {
  const queue = [...list];
  const found: string[] = [];
  const seen: string[] = [];
  await Promise.all(
    Array.from({ length: Math.min(tabs, list.length) }, async () => {
      const page = await context.newPage();
      await page.addInitScript({ content: axeSource });
      for (let path = queue.shift(); path; path = queue.shift()) {
        found.push(...(await violations(page, path, inSchemes)));
        seen.push(path);
      }
      await page.close();
    }),
  );
  expect(seen.sort()).toEqual([...list].sort());
  return found.sort();
}

describe('WCAG 2.2 A and AA (axe-core) on every built page', () => {
  it(`${paths.length} pages in light and in dark mode have no violations`, async () => {
    expect(await sweep(env.context(), paths, schemes)).toEqual([]);
  }, 300_000);

  it('a page checked after switching schemes reads as one loaded in that scheme', async () => {
    // What the sweep relies on: the same colours, hence the same contrast findings, whichever way
    // the page came to be in dark mode.
    const colours = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('body, a, .callout, .verdict, code')].slice(0, 40).map((e) => {
          const style = getComputedStyle(e);
          return `${style.color} ${style.backgroundColor} ${style.borderLeftColor}`;
        }),
      );
    const page = await env.context().newPage();
    const path = `${env.origin()}/zh-cn/declines/do-not-honor/`;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const loadedDark = await colours();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    const loadedLight = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const switchedDark = await colours();
    await page.close();
    expect(loadedLight).not.toEqual(loadedDark);
    expect(switchedDark).toEqual(loadedDark);
  });

  it('the header box’s results, open under the box, have no violations in either scheme', async () => {
    const page = await env.context().newPage();
    await page.addInitScript({ content: axeSource });
    const found: string[] = [];
    for (const scheme of schemes) {
      for (const [lang, query] of [
        ['en', 'Your card has insufficient funds.'],
        ['zh-cn', '预授权'],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${env.origin()}/${lang}/card-declined/`);
        await page.fill('#header-search', query);
        await page.press('#header-search', 'Enter');
        await page.waitForFunction(() =>
          /\d/.test(document.querySelector('[data-header-results] [data-search-status]')?.textContent ?? ''),
        );
        found.push(...(await check(page, `/${lang}/card-declined/ with results for ${query} (${scheme})`)));
      }
    }
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);

  it(`${stubs.length} redirect stubs (/ and /d/…) seen without JavaScript have no violations`, async () => {
    const context = await env.browser().newContext({ bypassCSP: true });
    // The site's own scripts are blocked; axe still runs, added by the test.
    await context.route('**/_astro/*.js', (route) => route.abort());
    try {
      expect(await sweep(context, stubs, ['light'])).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
