import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staleFacts, today } from '../../src/lib/freshness';
import { root } from '../helpers/paths';

// Every date here is fixed: no test depends on the day it runs.
const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe('staleFacts', () => {
  const checked = new Map([
    ['old-fact', day('2026-01-10')],
    ['older-fact', day('2025-12-01')],
    ['fresh-fact', day('2026-11-21')],
  ]);
  const citations = [
    { id: 'old-fact', page: 'zh-cn/card-declined' },
    { id: 'old-fact', page: 'en/card-declined' },
    { id: 'old-fact', page: 'en/card-declined' },
    { id: 'fresh-fact', page: 'glossary.yaml' },
  ];

  it('lists facts checked more than N days before today, oldest first, with the pages citing them', () => {
    expect(staleFacts(checked, citations, day('2026-12-01'), 180)).toEqual([
      { id: 'older-fact', checked: day('2025-12-01'), pages: [] },
      { id: 'old-fact', checked: day('2026-01-10'), pages: ['en/card-declined', 'zh-cn/card-declined'] },
    ]);
  });

  it('follows the number of days it is given', () => {
    expect(staleFacts(checked, citations, day('2026-12-01'), 400)).toEqual([]);
    expect(staleFacts(checked, citations, day('2026-12-01'), 5).map((f) => f.id)).toEqual(['older-fact', 'old-fact', 'fresh-fact']);
  });
});

describe('today', () => {
  it('is KB_TODAY when set, the clock otherwise', () => {
    expect(today({ KB_TODAY: '2027-01-01' })).toEqual(day('2027-01-01'));
    expect(today({}, () => day('2030-05-05'))).toEqual(day('2030-05-05'));
    expect(() => today({ KB_TODAY: '1/1/2027' })).toThrow(/KB_TODAY/);
  });
});

describe('npm run stale (src/tools/stale.mjs) on a small content tree', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'stale-'));
  const article = (reviewed: string, body: string) => `---\ntitle: x\nreviewed: ${reviewed}\n---\n${body}\n`;
  const fact = (checked: string) => `label: official\nchecked: ${checked}\n`;
  for (const l of ['en', 'zh-cn']) mkdirSync(path.join(dir, 'articles', l), { recursive: true });
  mkdirSync(path.join(dir, 'facts'));
  mkdirSync(path.join(dir, 'declines'));
  writeFileSync(path.join(dir, 'articles/en/hold.mdx'), article('2026-11-21', 'Held <AsOf fact="hold-amount" />.'));
  writeFileSync(path.join(dir, 'articles/zh-cn/hold.mdx'), article('2026-11-21', '<AsOf fact="hold-amount" />，预授权。'));
  writeFileSync(path.join(dir, 'declines/quota.yaml'), 'zh-cn:\n  meaning: "{{as-of:min-purchase}}"\n');
  writeFileSync(path.join(dir, 'facts/hold-amount.yaml'), fact('2026-01-05'));
  writeFileSync(path.join(dir, 'facts/min-purchase.yaml'), fact('2026-01-20'));
  writeFileSync(path.join(dir, 'facts/tiers.yaml'), fact('2026-11-30'));

  const run = (env: Record<string, string>) =>
    execFileSync(process.execPath, [path.join(root, 'src/tools/stale.mjs')], {
      env: { ...process.env, KB_CONTENT_DIR: dir, ...env },
      encoding: 'utf8',
    });

  it('reports stale facts with the pages that cite them, for the "today" it is given', () => {
    const out = run({ KB_TODAY: '2026-12-01', KB_STALE_DAYS: '300' });
    expect(out).toContain('Facts last checked more than 300 days before 2026-12-01');
    expect(out).toContain('fact     hold-amount  checked 2026-01-05  cited by en/hold, zh-cn/hold');
    expect(out).toContain('fact     min-purchase  checked 2026-01-20  cited by declines/quota');
    expect(out).not.toContain('tiers');
  });

  it('reports nothing when every fact is recent enough', () => {
    const out = run({ KB_TODAY: '2026-02-01', KB_STALE_DAYS: '180' });
    expect(out.split('\n').slice(-2)[0]).toBe('none');
  });
});

describe('src/site.config.ts reads KB_STALE_DAYS and KB_TODAY once, for the build', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });
  const load = async (env: Record<string, string>) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    vi.resetModules();
    return import('../../src/site.config');
  };

  it('takes the age and the day from the environment', async () => {
    const config = await load({ KB_STALE_DAYS: '90', KB_TODAY: '2027-03-04' });
    expect(config.staleDays).toBe(90);
    expect(config.buildDay).toEqual(day('2027-03-04'));
  });

  it('fails on a KB_TODAY that is not a date, naming the variable', async () => {
    await expect(load({ KB_TODAY: '4/3/2027' })).rejects.toThrow(/KB_TODAY: expected a date as YYYY-MM-DD, got "4\/3\/2027"/);
  });
});
