import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type BuildResult } from '../helpers/build';
import { fixturesDir, root } from '../helpers/paths';

/** tests/fixtures/bad-content: one file per kind of bad input; the build must refuse each, naming file and line. */
const bad = path.join(fixturesDir, 'bad-content');
const rel = (file: string) => path.relative(root, path.join(bad, file));
/** The 1-based line of the first line of a fixture file that contains `marker`. */
const lineOf = (file: string, marker: string) =>
  readFileSync(path.join(bad, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(marker)) + 1;

const cases: [file: string, marker: string, message: RegExp][] = [
  ['articles/en/future-date.mdx', 'reviewed:', /reviewed: 2099-01-01 is in the future/],
  ['articles/en/rollover-date.mdx', 'reviewed:', /reviewed: "2026-13-45" is not a real date/],
  ['articles/en/impossible-date.mdx', 'reviewed:', /reviewed: "2026-02-30" is not a real date/],
  ['articles/en/number-date.mdx', 'reviewed:', /reviewed: "20261121" is not a real date written YYYY-MM-DD/],
  ['articles/en/early-date.mdx', 'reviewed:', /before the site's first content/],
  ['articles/en/Upper-Case.mdx', '---', /file names are lower-case words joined by hyphens/],
  ['articles/en/duplicate-id.mdx', 'id: a-question', /id "a-question" is used twice on this page \(also line \d+\)/],
  ['articles/en/no-heading-id.mdx', '## A heading without an id', /heading without an explicit id/],
  ['articles/en/unknown-related.mdx', 'related:', /related: "no-such-guide" is not a guide/],
  ['articles/en/frontmatter-html.mdx', 'onerror', /raw HTML \(<img src=x onerror=alert\(1\)>\) is not allowed in frontmatter/],
  ['articles/en/frontmatter-html.mdx', 'onerror', /event handler attribute onerror= is not allowed/],
  ['articles/en/links.mdx', 'Protocol-relative', /protocol-relative link \/\/evil\.example\.com/],
  ['articles/en/links.mdx', 'Upper-case scheme', /link HTTPS:\/\/evil\.example\.com\/pay: only lower-case https:/],
  ['articles/en/links.mdx', 'Script URL', /link javascript:alert\(1.*: only lower-case https:/],
  ['articles/en/links.mdx', 'Missing page', /link to \/en\/no-such-page\/: no such page/],
  ['articles/en/links.mdx', 'Missing anchor', /link to \/en\/good\/#no-such-anchor: no #no-such-anchor on that page/],
  ['articles/en/links.mdx', 'Domain not allowed', /https:\/\/evil\.example\.com\/pay is not on an allowed domain/],
  ['articles/en/links.mdx', '<meta', /<meta> is not allowed in content/],
  ['articles/en/links.mdx', '<script>', /<script> is not allowed in content/],
  ['articles/en/links.mdx', '<iframe', /<iframe> is not allowed in content/],
  ['articles/en/links.mdx', '<object', /<object> is not allowed in content/],
  ['articles/en/links.mdx', '<img', /event handler attribute onerror= is not allowed/],
  ['articles/en/links.mdx', 'Unknown fact', /unknown fact "no-such-fact"/],
  ['declines/bad-yaml-markdown.yaml', 'meaning:', /raw HTML \(<b>\) is not allowed in YAML Markdown/],
  ['declines/bad-yaml-markdown.yaml', 'javascript:', /link javascript:alert\(1.*: only lower-case/],
];

describe('the build refuses bad content, naming the file and the line', () => {
  let result: BuildResult;
  beforeAll(() => {
    const out = mkdtempSync(path.join(tmpdir(), 'kb-bad-'));
    result = astroBuild({ KB_CONTENT_DIR: bad, KB_OUT_DIR: path.join(out, 'dist') });
  }, 120_000);

  it('fails', () => {
    expect(result.status).not.toBe(0);
  });

  it.each(cases)('%s (%s)', (file, marker, message) => {
    const line = lineOf(file, marker);
    expect(line, `marker ${marker} in ${file}`).toBeGreaterThan(0);
    const reported = result.output.split('\n').filter((l) => l.includes(`${rel(file)}:${line}: `));
    expect(reported.join('\n'), `no problem reported at ${rel(file)}:${line}`).toMatch(message);
  });
});

describe('npm run build on bad content', () => {
  it('leaves the previous dist/ as it was and no half-built folder', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'kb-swap-'));
    const target = path.join(out, 'dist');
    mkdirSync(target);
    writeFileSync(path.join(target, 'index.html'), 'the previous site');
    const content = path.join(out, 'content');
    cpSync(bad, content, { recursive: true });
    const run = spawnSync(process.execPath, [path.join(root, 'src/tools/build.mjs')], {
      cwd: root,
      env: { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: target, KB_CACHE_DIR: `${target}-cache`, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/The build failed; .* was left as it was/);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('the previous site');
    expect(existsSync(`${target}.next`)).toBe(false);
  }, 120_000);
});
