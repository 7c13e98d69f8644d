import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroBuild } from '../helpers/build';
import { fixturesDir } from '../helpers/paths';
import { topics } from '../../src/schemas/shared';
import { defaultLocale } from '../../src/i18n/locales';

/** Copies the small fixture site, lets a test break one file, and builds it. */
function buildBroken(edit: (dir: string) => void) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-broken-'));
  try {
    cpSync(path.join(fixturesDir, 'untranslated-site'), dir, { recursive: true });
    edit(dir);
    return astroBuild({ KB_CONTENT_DIR: dir, KB_OUT_DIR: path.join(dir, 'dist') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const replaceIn = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

// Problems found in the sources before rendering (unknown related slugs, dates, links, markup…)
// are covered by refusals.test.ts; this file covers what the content schemas refuse.
describe('bad content fails the build with a clear cause', () => {
  it("names the decline entry that lacks the default locale's block", () => {
    const { status, output } = buildBroken((dir) =>
      replaceIn(path.join(dir, 'declines/generic-decline.yaml'), new RegExp(`^${defaultLocale}:$`, 'm'), 'notes:'),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`declines/generic-decline.yaml:1: no "${defaultLocale}:" block: the ${defaultLocale} text is required`);
  }, 120_000);

  it('names the file, the field and what was expected for a broken frontmatter field', () => {
    const { status, output } = buildBroken((dir) => replaceIn(path.join(dir, 'articles/en/paired.mdx'), 'topic: cards', 'topic: payments'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/articles\/en\/paired\.mdx/);
    expect(output).toContain(`topic: Expected one of: ${topics.join(', ')}`);
  }, 120_000);
});
