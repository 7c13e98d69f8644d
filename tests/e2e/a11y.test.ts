import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteInBrowser } from '../helpers/browser';
import { loadSite } from '../helpers/site';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const all = loadSite().map((p) => p.path);
// The language chooser and the short links send a scripted browser on at once; they are
// checked without the site's scripts, as a reader without JavaScript sees them.
const isStub = (p: string) => p === '/' || p.startsWith('/d/');
const paths = all.filter((p) => !isStub(p));
const stubs = all.filter(isStub);

// axe is injected as a script, which the site's own CSP (rightly) forbids.
const env = useSiteInBrowser({ bypassCSP: true });
const noJs = useSiteInBrowser({ bypassCSP: true });

async function violations(page: Page, path: string, origin = env.origin()): Promise<string[]> {
  await page.goto(`${origin}${path}`);
  return check(page, path);
}

/** axe on the page as it is now. */
async function check(page: Page, path: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
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

describe('WCAG 2.2 A and AA (axe-core) on every built page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${paths.length} pages in ${scheme} mode have no violations`, async () => {
      const pages = await Promise.all([env.context().newPage(), env.context().newPage()]);
      await Promise.all(pages.map((p) => p.emulateMedia({ colorScheme: scheme })));
      const found: string[] = [];
      // Two tabs share the list, one path at a time each.
      const queue = [...paths];
      await Promise.all(
        pages.map(async (page) => {
          for (let path = queue.shift(); path; path = queue.shift()) found.push(...(await violations(page, path)));
        }),
      );
      await Promise.all(pages.map((p) => p.close()));
      expect(found).toEqual([]);
    }, 300_000);
  }

  it('the header box’s results, open under the box, have no violations in either scheme', async () => {
    const page = await env.context().newPage();
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const [lang, query] of [['en', 'Your card has insufficient funds.'], ['zh-cn', '预授权']] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${env.origin()}/${lang}/card-declined/`);
        await page.fill('#header-search', query);
        await page.press('#header-search', 'Enter');
        await page.waitForFunction(() => /\d/.test(document.querySelector('[data-header-results] [data-search-status]')?.textContent ?? ''));
        found.push(...(await check(page, `/${lang}/card-declined/ with results for ${query} (${scheme})`)));
      }
    }
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);

  it(`${stubs.length} redirect stubs (/ and /d/…) seen without JavaScript have no violations`, async () => {
    const page = await noJs.context().newPage();
    // The site's own scripts are blocked; axe still runs, injected by the test.
    await page.route('**/_astro/*.js', (route) => route.abort());
    const found: string[] = [];
    for (const path of stubs) found.push(...(await violations(page, path, noJs.origin())));
    await page.close();
    expect(found).toEqual([]);
  }, 300_000);
});
