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

async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(`${env.origin()}${path}`);
  return check(page, path);
}

/** axe (added to the page by an init script) on the page as it is now. */
async function check(page: Page, path: string): Promise<string[]> {
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
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

/** Checks every path with `tabs` pages of one context working through a shared queue. */
async function sweep(context: BrowserContext, list: string[], prepare: (page: Page) => Promise<unknown>): Promise<string[]> {
  const queue = [...list];
  const found: string[] = [];
  const seen: string[] = [];
  await Promise.all(
    Array.from({ length: Math.min(tabs, list.length) }, async () => {
      const page = await context.newPage();
      await page.addInitScript({ content: axeSource });
      await prepare(page);
      for (let path = queue.shift(); path; path = queue.shift()) {
        found.push(...(await violations(page, path)));
        seen.push(path);
      }
      await page.close();
    }),
  );
  expect(seen.sort()).toEqual([...list].sort());
  return found.sort();
}

describe('WCAG 2.2 A and AA (axe-core) on every built page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${paths.length} pages in ${scheme} mode have no violations`, async () => {
      expect(await sweep(env.context(), paths, (page) => page.emulateMedia({ colorScheme: scheme }))).toEqual([]);
    }, 300_000);
  }

  it('the header box’s results, open under the box, have no violations in either scheme', async () => {
    const page = await env.context().newPage();
    await page.addInitScript({ content: axeSource });
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
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
      expect(await sweep(context, stubs, async () => undefined)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
