import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AstroIntegration } from 'astro';

// Pagefind's Node API, as the integration calls it; each test says how it answers.
const api = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => undefined),
}));
vi.mock('pagefind', () => api);

const { default: pagefind, RECORDS_FILE } = await import('../../src/integrations/pagefind');

type Hooks = Required<AstroIntegration['hooks']>;
const integration = pagefind();
const hooks = integration.hooks as Hooks;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

/** A built site: one page that Pagefind would index, and the alias records the route wrote. */
function site(records: unknown[] = []): URL {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-pagefind-'));
  mkdirSync(path.join(dir, 'en/card-declined'), { recursive: true });
  writeFileSync(
    path.join(dir, 'en/card-declined/index.html'),
    '<html lang="en"><body><main data-pagefind-body>Declined</main></body></html>',
  );
  writeFileSync(path.join(dir, RECORDS_FILE), JSON.stringify(records));
  return pathToFileURL(`${dir}/`);
}

const buildDone = (dir: URL) => (hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir, logger });

function index(overrides: Record<string, unknown> = {}) {
  return {
    addHTMLFile: vi.fn(async () => ({ errors: [], file: { url: '/en/card-declined/' } })),
    addCustomRecord: vi.fn(async () => ({ errors: [] })),
    writeFiles: vi.fn(async () => ({ errors: [] })),
    ...overrides,
  };
}

beforeEach(() => {
  api.createIndex.mockReset();
  api.close.mockClear();
});

describe('the Pagefind integration', () => {
  it('adds the route that writes the alias records, and that route exists', () => {
    const injected: { pattern: string; entrypoint: string | URL }[] = [];
    (hooks['astro:config:setup'] as (o: unknown) => void)({
      config: { root: pathToFileURL(`${process.cwd()}/`) },
      updateConfig: () => undefined,
      injectRoute: (r: { pattern: string; entrypoint: string | URL }) => injected.push(r),
    });
    expect(injected.map((r) => r.pattern)).toEqual([`/${RECORDS_FILE}`]);
    expect(existsSync(fileURLToPath(injected[0]!.entrypoint))).toBe(true);
  });

  it('fails the build when Pagefind cannot start, and still closes it', async () => {
    api.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary for this platform'] });
    await expect(buildDone(site())).rejects.toThrow(/Pagefind could not start: no binary for this platform/);
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when a page cannot be indexed, naming the file', async () => {
    api.createIndex.mockResolvedValue({ index: index({ addHTMLFile: async () => ({ errors: ['bad html'], file: null }) }), errors: [] });
    await expect(buildDone(site())).rejects.toThrow(/failed to index en\/card-declined\/index\.html: bad html/);
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when no page carries data-pagefind-body', async () => {
    api.createIndex.mockResolvedValue({ index: index({ addHTMLFile: async () => ({ errors: [], file: null }) }), errors: [] });
    await expect(buildDone(site())).rejects.toThrow(/indexed 0 pages/);
  });

  it('fails the build when an alias record is refused, naming its page', async () => {
    const records = [{ url: '/en/declines/do-not-honor/#aliases', language: 'en', content: 'do_not_honor', meta: {}, filters: {} }];
    api.createIndex.mockResolvedValue({ index: index({ addCustomRecord: async () => ({ errors: ['no language'] }) }), errors: [] });
    await expect(buildDone(site(records))).rejects.toThrow(/alias record for \/en\/declines\/do-not-honor\/#aliases: no language/);
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails the build when the index cannot be written, after removing the records file', async () => {
    const dir = site();
    api.createIndex.mockResolvedValue({ index: index({ writeFiles: async () => ({ errors: ['disk full'] }) }), errors: [] });
    await expect(buildDone(dir)).rejects.toThrow(/failed to write its files: disk full/);
    expect(existsSync(path.join(fileURLToPath(dir), RECORDS_FILE))).toBe(false);
  });
});
