import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { searchSite } from '../helpers/pagefind';
import { hitAt, hitGroups, hitTable, pct } from '../helpers/recall';
import { distDir, root } from '../helpers/paths';

/**
 * The real-world recall suite: texts copied verbatim from public sources (product strings in
 * open-source repositories, error bodies and questions pasted into issue threads and forums), each
 * with its source, run through the search page's own pipeline on the built site.
 * tests/search/real-world.json documents the format; nothing in it is written for this site.
 */

type Kind = 'message' | 'question';

interface RealWorldQuery {
  id: string;
  lang: Locale;
  q: string;
  kind: Kind;
  expect: string[];
  source: string;
  note?: string;
}

interface RealWorldSuite {
  format: string;
  compiled: string;
  description: string;
  count: number;
  queries: RealWorldQuery[];
}

const suite = JSON.parse(readFileSync(path.join(root, 'tests/search/real-world.json'), 'utf8')) as RealWorldSuite;
const langs: Locale[] = ['en', 'zh-cn'];
const kinds: Kind[] = ['message', 'question'];

/** The suite may grow but never shrink below these sizes. */
const minimum = { total: 230, perLang: 90, message: 135, question: 70 };
/** hit@3 each language must reach, by kind. */
const threshold: Record<Kind, number> = { message: 0.97, question: 0.9 };

/** The built page an expected path prefix names (`/en/declines/x/` → dist/en/declines/x/index.html). */
const builtPage = (prefix: string) => path.join(distDir, prefix, 'index.html');

describe('real-world recall suite: the data', () => {
  it('is well formed: unique ids, a source for every text, 1–3 expected paths in the text’s own language', () => {
    expect(suite.format).toBe('search-eval-realworld/v1');
    expect(suite.count, 'count field').toBe(suite.queries.length);
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const q of suite.queries) {
      if (ids.has(q.id)) problems.push(`${q.id}: duplicate id`);
      ids.add(q.id);
      if (!langs.includes(q.lang)) problems.push(`${q.id}: unknown lang ${q.lang}`);
      if (!kinds.includes(q.kind)) problems.push(`${q.id}: unknown kind ${q.kind}`);
      if (typeof q.q !== 'string' || q.q.trim() === '') problems.push(`${q.id}: empty text`);
      if (!/^(https:\/\/\S+|[\w.-]+\/[\w.-]+:\S.*)$/.test(q.source ?? '')) problems.push(`${q.id}: source is not a URL or owner/repo:path`);
      if (!Array.isArray(q.expect) || q.expect.length < 1 || q.expect.length > 3) problems.push(`${q.id}: expect needs 1–3 paths`);
      for (const e of q.expect ?? []) {
        if (!e.startsWith(`/${q.lang}/`) || !e.endsWith('/')) problems.push(`${q.id}: expect ${e} is not a /${q.lang}/…/ path`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it(`keeps its size: ≥${minimum.total} texts, ≥${minimum.perLang} per language, ≥${minimum.message} messages, ≥${minimum.question} questions`, () => {
    const count = (pred: (q: RealWorldQuery) => boolean) => suite.queries.filter(pred).length;
    expect(suite.queries.length, 'texts').toBeGreaterThanOrEqual(minimum.total);
    for (const lang of langs)
      expect(
        count((q) => q.lang === lang),
        `${lang} texts`,
      ).toBeGreaterThanOrEqual(minimum.perLang);
    expect(
      count((q) => q.kind === 'message'),
      'product messages',
    ).toBeGreaterThanOrEqual(minimum.message);
    expect(
      count((q) => q.kind === 'question'),
      'reader questions',
    ).toBeGreaterThanOrEqual(minimum.question);
  });

  it('expects only pages the build contains', () => {
    const unknown = [...new Set(suite.queries.flatMap((q) => q.expect))].filter((e) => !existsSync(builtPage(e))).sort();
    expect(unknown, `expected paths with no page in dist/:\n  ${unknown.join('\n  ')}`).toEqual([]);
  });
});

describe('real-world recall suite on the built index (same pipeline as the search page)', () => {
  it('lands product messages and reader questions on the page that answers them', async () => {
    const rows: { q: RealWorldQuery; urls: string[] }[] = [];
    for (const q of suite.queries) {
      const outcome = await searchSite(q.lang, q.q, { limit: 5 });
      rows.push({ q, urls: outcome.hits.map((h) => h.url) });
    }

    // Also reported, never asserted: the texts for which this build has at least one expected page.
    const groups = hitGroups(rows, (q) => {
      const reachable = q.expect.some((e) => existsSync(builtPage(e)));
      return [`${q.lang} all`, `${q.lang} ${q.kind}`, ...(reachable ? [`${q.lang} ${q.kind} (page built)`] : [])];
    });
    const table = hitTable(groups, 28);
    const short = (s: string) => JSON.stringify(s.length > 140 ? `${s.slice(0, 140)}…` : s);
    const misses = rows
      .filter(({ q, urls }) => !hitAt(urls, q.expect, 3))
      .map(
        ({ q, urls }) =>
          `  MISS ${q.id} [${q.lang}/${q.kind}] ${short(q.q)}\n       → ${urls.slice(0, 3).join(' ') || '(nothing)'}\n       expected ${q.expect.join(' | ')}`,
      );
    const notFirst = rows
      .filter(({ q, urls }) => hitAt(urls, q.expect, 3) && !hitAt(urls, q.expect, 1))
      .map(({ q, urls }) => `  not first ${q.id} ${short(q.q)} → ${urls[0]}`);
    console.log(
      [
        'Real-world recall',
        ...table,
        'Misses at 3:',
        ...(misses.length ? misses : ['  none']),
        'Right page not first:',
        ...(notFirst.length ? notFirst : ['  none']),
      ].join('\n'),
    );

    const failures: string[] = [];
    for (const lang of langs) {
      for (const kind of kinds) {
        const g = groups.get(`${lang} ${kind}`);
        if (!g) {
          failures.push(`${lang} ${kind}: no texts in the suite`);
          continue;
        }
        if (g.h3 / g.n < threshold[kind]) failures.push(`${lang} ${kind}: hit@3 ${pct(g.h3, g.n).trim()} < ${threshold[kind] * 100}%`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  }, 600_000);
});
