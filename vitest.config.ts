/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig gives tests Astro's compiler, so components render through the Container API.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds the real site once (and the fixture sites), before any test that reads dist/.
    globalSetup: ['tests/setup/build.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // Browser tests share one Chromium; files run in parallel on the 2 cores otherwise.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
