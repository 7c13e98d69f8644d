import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(root, 'dist');
export const contentDir = path.join(root, 'content');
export const fixturesDir = path.join(root, 'tests/fixtures');
/** Where a fixture content tree is built by tests/setup/build.ts. */
export const fixtureDist = (name: string) => path.join(root, 'node_modules/.kb-test', name);
