import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../../src/tools/chromium.mjs';
import { serveSite } from '../helpers/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The one Chromium every browser test file connects to (tests/helpers/browser.ts). */
    browserWsEndpoint: string;
    /** dist/ served once for the whole run. */
    siteOrigin: string;
  }
}

/**
 * Starts one Chromium and one static server for the whole run (after the build in build.ts):
 * each test file connects with its own browser contexts instead of launching a browser (about a
 * second each, more on a loaded machine) and binding a server of its own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const browser = await chromium.launchServer(chromiumLaunchOptions());
  const site = await serveSite();
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('siteOrigin', site.origin);
  return async () => {
    await browser.close();
    await site.close();
  };
}
