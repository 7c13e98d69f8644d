import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/guard';
import { defaultLocale, localeCodes } from '../../src/i18n/locales';
import { dangerousMarkup, linkTargets, rawHtml, withoutCode } from '../../src/lib/guard/text';
import { siteUrlFrom } from '../../src/site.config';
import { inlineBlocks, withHashes } from '../../src/lib/csp';

describe('guard text helpers', () => {
  it('blanks code so quoted examples are not checked, keeping lines', () => {
    expect(withoutCode('a `<script>` b\n```\n<iframe>\n```\nc')).toBe('a            b\n   \n        \n   \nc');
  });

  it.each([
    ['[a](/en/x/#y)', ['/en/x/#y']],
    ['<a href="//evil.example/">x</a>', ['//evil.example/']],
    ["<a href={'javascript:x'}>", ['javascript:x']],
    ['see <https://docs.stripe.com/x>', ['https://docs.stripe.com/x']],
    ['[t](https://a.b/c "title")', ['https://a.b/c']],
  ])('finds link targets in %j', (text, targets) => {
    expect(linkTargets(text).map((l) => l.target)).toEqual(targets);
  });

  it.each([
    ['<SCRIPT>x</SCRIPT>', ['<script> is not allowed in content', '<script> is not allowed in content']],
    ['<meta http-equiv="refresh">', ['<meta> is not allowed in content']],
    ['<img src=x onerror=alert(1)>', ['event handler attribute onerror= is not allowed in content']],
    ['<Callout type="note">', []],
    ['if x < 5 and y > 3', []],
  ])('flags dangerous markup in %j', (text, messages) => {
    expect(dangerousMarkup(text).map((m) => m.message)).toEqual(messages);
  });

  it('finds raw HTML where only Markdown belongs', () => {
    expect(rawHtml('a <b>bold</b> and 1 < 2').map((m) => m.tag)).toEqual(['<b>', '</b>']);
  });
});

describe('checkContent', () => {
  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'guard-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }
  const page = (extra = '', reviewed = '2026-11-21') =>
    `---\ntitle: T\nreviewed: ${reviewed}\nrelated: []\nfaq:\n  - id: q-one\n    q: Q?\n    a: A.\n---\n\n## Section {#s-one}\n\n${extra}\n`;

  it('passes a clean tree', () => {
    expect(checkContent(tree({ 'articles/en/a.mdx': page('[b](/en/b/#s-one)'), 'articles/en/b.mdx': page() }))).toEqual([]);
  });

  it('reports problems with the file and the line, judged against a fixed today', () => {
    const dir = tree({ 'articles/en/a.mdx': page('[x](/en/b/#nope)\n\n## Q {#q-one}', '2026-12-02') });
    const problems = checkContent(dir, { projectRoot: dir, today: new Date('2026-12-01T00:00:00Z') }).map(formatProblem);
    expect(problems).toEqual([
      'articles/en/a.mdx:3: reviewed: 2026-12-02 is in the future',
      'articles/en/a.mdx:6: id "q-one" is used twice on this page (also line 15)',
      'articles/en/a.mdx:13: link to /en/b/: no such page',
    ]);
  });

  it("requires the default locale's block of a decline entry and side of a glossary term, and no other", () => {
    const other = localeCodes.find((l) => l !== defaultLocale)!;
    const block = (l: string) => `${l}:\n  title: Title\n  faq:\n    - { id: q-one, q: Q?, a: A. }\n`;
    const dir = tree({
      'declines/translated-only.yaml': `codes: []\n${block(other)}`,
      'declines/original-only.yaml': `codes: []\n${block(defaultLocale)}`,
      'glossary.yaml': `hold:\n  guide: a\n  ${other}: { term: x, definition: xxxxx }\nother-hold:\n  guide: a\n  ${defaultLocale}: { term: y, definition: yyyyy }\n`,
      'articles/en/a.mdx': page(`[q](/${other}/declines/original-only/#q-one)`),
    });
    expect(checkContent(dir, { projectRoot: dir }).map(formatProblem)).toEqual([
      `declines/translated-only.yaml:1: no "${defaultLocale}:" block: the ${defaultLocale} text is required (other languages' blocks are optional)`,
      `glossary.yaml:1: hold: no "${defaultLocale}:" side: the ${defaultLocale} side is required`,
    ]);
  });

  it('reads headings as the page does: none in a ~~~ fence; an MDX body that does not parse is reported at its line', () => {
    const dir = tree({
      'articles/en/a.mdx': page('~~~\n## Example without an id\n~~~'),
      'articles/en/b.mdx': page('<Callout type="note">\n\nunclosed'),
    });
    expect(checkContent(dir, { projectRoot: dir }).map(formatProblem)).toEqual([
      expect.stringMatching(/^articles\/en\/b\.mdx:13: the MDX body does not parse: Expected a closing tag for `<Callout>`/),
    ]);
  });

  it('reports a decline entry that is not valid YAML at its line, and nothing else about it', () => {
    const dir = tree({ 'declines/broken.yaml': `codes: []\n${defaultLocale}:\n  title: [unclosed\n` });
    expect(checkContent(dir, { projectRoot: dir }).map(formatProblem)).toEqual([
      expect.stringMatching(/^declines\/broken\.yaml:\d+: invalid YAML: /),
    ]);
  });
});

describe('site settings', () => {
  it.each([
    [undefined, 'http://127.0.0.1:4321'],
    ['https://example.org', 'https://example.org'],
  ])('SITE_URL=%j gives %s', (value, url) => {
    expect(siteUrlFrom(value)).toBe(url);
  });

  it.each(['example.org', 'ftp://example.org'])('SITE_URL=%j fails naming SITE_URL', (value) => {
    expect(() => siteUrlFrom(value)).toThrow(/SITE_URL must be an absolute http\(s\) URL/);
  });

  it('hashes inline blocks into the policy and never leaves the placeholder', () => {
    const { styles, scripts } = inlineBlocks(
      '<style>a{}</style><script type="application/ld+json">{}</script><script>go()</script><script src="/x.js"></script>',
    );
    expect(styles).toEqual(['a{}']);
    expect(scripts).toEqual(['go()']);
    expect(withHashes("script-src 'self' 'inline-hashes'; style-src 'inline-hashes'", ["'sha256-s'"], [])).toBe(
      "script-src 'self'; style-src 'sha256-s'",
    );
    expect(withHashes("style-src 'inline-hashes'", [], [])).toBe("style-src 'none'");
  });
});
