import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asOfText, citeFact, citedFacts, expandFactTokens, loadFacts } from '../../src/lib/facts';

const fact = (label: string, checked: string) => `label: ${label}
claim:
  en: The minimum prepaid credit purchase is $5.
  zh-cn: 预付额度最低购买 5 美元。
source:
  title: How can I set up prepaid billing?
  url: https://help.openai.com/en/articles/8264644
  publisher: OpenAI Help Center
quote: "The minimum credit purchase is $5"
checked: ${checked}
checkedAgainst: a stored copy of the page, read on that day
`;

function register(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'facts-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('fact register', () => {
  const facts = loadFacts(
    register({ 'min-credit.yaml': fact('official', '2026-12-01'), 'rumour.yaml': fact('unconfirmed', '2026-11-21') }),
  );

  it('prints the month the fact was checked, in each language', () => {
    expect(asOfText(facts.get('min-credit')!, 'en')).toBe('as of December 2026');
    expect(asOfText(facts.get('min-credit')!, 'en', true)).toBe('As of December 2026');
    expect(asOfText(facts.get('min-credit')!, 'zh-cn')).toBe('截至 2026 年 12 月');
  });

  it('expands {{as-of:id}} in Markdown to a dated link to the source', () => {
    expect(expandFactTokens('{{As-of:min-credit}}, the minimum is $5.', 'en', 'x', facts)).toBe(
      '[As of December 2026](https://help.openai.com/en/articles/8264644), the minimum is $5.',
    );
  });

  it('refuses an unknown fact and an unconfirmed one, naming where it was cited', () => {
    expect(() => citeFact('nope', 'content/x.mdx', facts)).toThrow('content/x.mdx: unknown fact "nope"');
    expect(() => expandFactTokens('{{as-of:rumour}}', 'en', 'content/y.yaml', facts)).toThrow(
      /content\/y\.yaml: fact "rumour" is unconfirmed/,
    );
  });

  it.each([
    ['2026-13-45', 'real calendar date'],
    ['2026-02-30', 'real calendar date'],
    ['20261121', 'YYYY-MM-DD'],
    ['2099-01-01', 'not in the future'],
  ])('rejects checked: %s, naming the file and the field', (checked, message) => {
    const dir = register({ 'bad-date.yaml': fact('official', checked) });
    expect(() => loadFacts(dir)).toThrow(new RegExp(`bad-date\\.yaml: checked: .*${message}`));
  });

  it('finds citations with their line, in MDX and in YAML Markdown', () => {
    expect(citedFacts('a\n<AsOf fact="min-credit" /> b {{as-of:other}}\n{{As-of:x}}')).toEqual([
      { id: 'min-credit', line: 2 },
      { id: 'other', line: 2 },
      { id: 'x', line: 3 },
    ]);
  });
});
