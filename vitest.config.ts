/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import LongestFirst from './tests/setup/sequencer.ts';

// getViteConfig gives tests Astro's compiler, so components render through the Container API.
export default getViteConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      // Fast layers: no build needed (`npx vitest run --project fast` while writing content).
      { extends: true, test: { name: 'fast', include: ['tests/{unit,content,components}/**/*.test.ts'] } },
      // Layers that read the built site: the build runs once first (tests/setup/build.ts).
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/{build,search,e2e}/**/*.test.ts'],
          globalSetup: ['tests/setup/build.ts', 'tests/setup/browser.ts'],
        },
      },
    ],
  },
});
