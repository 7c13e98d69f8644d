import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { serveSite } from './server';
import { chromiumLaunchOptions } from '../../src/tools/chromium.mjs';

/**
 * The run's shared Chromium (started by tests/setup/browser.ts), or a browser of its own when a
 * file runs outside that setup. `close` disconnects, closing the contexts this file opened; each
 * context is a fresh profile, so files do not share cookies or storage.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const ws = inject('browserWsEndpoint');
  const browser = ws ? await chromium.connect(ws) : await chromium.launch(chromiumLaunchOptions());
  return { browser, close: () => browser.close() };
}

/**
 * A page that records console errors, failed requests and any request to another origin,
 * so a test can assert a clean load.
 */
export async function trackedPage(context: BrowserContext, origin: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`third-party request: ${url}`);
  });
  page.on('requestfailed', (req) => problems.push(`failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  return { page, problems };
}

/**
 * Registers beforeAll/afterAll hooks that give a test file the served site, the shared browser
 * and one browser context of its own; returns accessors for the three.
 */
export function useSiteInBrowser(contextOptions: BrowserContextOptions = {}) {
  let site: { origin: string; close: () => Promise<void> } | undefined;
  let chrome: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    const shared = inject('siteOrigin');
    site = shared ? { origin: shared, close: async () => {} } : await serveSite();
    chrome = await launchBrowser();
    context = await chrome.browser.newContext(contextOptions);
  });
  afterAll(async () => {
    await context?.close();
    await chrome?.close();
    await site?.close();
  });
  return {
    origin: () => site!.origin,
    browser: () => chrome!.browser,
    context: () => context!,
  };
}

/** A tap or click where the element is. page.click() first scrolls a sticky header "into view". */
export async function tap(page: Page, selector: string): Promise<void> {
  const box = (await page.locator(selector).first().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits until a search panel's status says something other than "searching…" (results, none, or an error). */
export function searchSettled(page: Page, status = '[data-search-status]') {
  return page.waitForFunction((selector) => {
    const text = document.querySelector(selector)?.textContent ?? '';
    return text !== '' && !text.includes('…');
  }, status);
}
