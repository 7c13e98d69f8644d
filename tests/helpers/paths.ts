import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(root, 'dist');
export const contentDir = path.join(root, 'content');
export const fixturesDir = path.join(root, 'tests/fixtures');
/** Where a fixture content tree is built by tests/setup/build.ts. */
export const fixtureDist = (name: string) => path.join(root, 'node_modules/.kb-test', name);
/**
 * "Today" for fixture builds and tools run on fixtures: english-only (reviewed 2026-11-01) is then
 * more than 180 days old and paired (2026-11-21) is not, whatever the real date.
 */
export const fixtureToday = '2027-05-01';
/** The real site built again under a sub-path with a public address (tests/build/base.test.ts). */
export const baseSite = { base: '/kb/', origin: 'https://example.org', out: fixtureDist('base-site') };
