import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { serveSite } from './server';

/**
 * Debian's Chromium, started the way this machine allows (no network beyond loopback).
 * Playwright gives every launch a fresh, empty user-data directory of its own.
 */
export async function launchBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
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
 * Registers beforeAll/afterAll hooks that serve the built site and open one browser context
 * for a test file; returns accessors for both.
 */
export function useSiteInBrowser(contextOptions: BrowserContextOptions = {}) {
  let site: { origin: string; close: () => Promise<void> } | undefined;
  let chrome: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    site = await serveSite();
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
