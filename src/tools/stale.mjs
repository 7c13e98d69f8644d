// `npm run stale`: guides whose facts are due for another check, Chinese pages reviewed before
// their English original, and facts of the register not checked for a while, with the pages that
// cite them. Exits 0 (it is a report). KB_STALE_DAYS sets the age (default 180); KB_TODAY
// (YYYY-MM-DD) fixes "today" so a report can be reproduced.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isStale, lagsOriginal, staleAfterDays, staleFacts, today } from '../lib/freshness.ts';
import { citedFacts } from '../lib/factCitations.ts';

const root = path.resolve(import.meta.dirname, '../..');
const contentDir = process.env.KB_CONTENT_DIR ?? path.join(root, 'content');
const dir = path.join(contentDir, 'articles');
const days = staleAfterDays(process.env);
const now = today(process.env);
const iso = (d) => d.toISOString().slice(0, 10);
const list = (folder, ext) => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(ext)).sort() : []);

const reviewed = (locale, slug) => {
  const file = path.join(dir, locale, `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const date = m && load(m[1])?.reviewed;
  if (!date) throw new Error(`${path.relative(root, file)}: reviewed: is missing`);
  return new Date(date);
};

const slugs = [...new Set(['en', 'zh-cn'].flatMap((l) => list(path.join(dir, l), '.mdx')))].map((f) => f.slice(0, -4)).sort();

const rows = [];
for (const slug of slugs) {
  const en = reviewed('en', slug);
  const zh = reviewed('zh-cn', slug);
  for (const [locale, date] of [['en', en], ['zh-cn', zh]]) {
    if (date && isStale(date, now, days)) rows.push(`stale    ${locale.padEnd(6)} ${slug}  reviewed ${iso(date)}`);
  }
  if (en && zh && lagsOriginal(zh, en)) rows.push(`lagging  zh-cn  ${slug}  reviewed ${iso(zh)}, English ${iso(en)}`);
  if (!en || !zh) rows.push(`missing  ${(en ? 'zh-cn' : 'en').padEnd(6)} ${slug}`);
}

// The register: each fact's checked date (read as text, so 2026-11-21 stays that day) ...
const factsDir = path.join(contentDir, 'facts');
const checked = new Map();
for (const name of list(factsDir, '.yaml')) {
  const data = load(readFileSync(path.join(factsDir, name), 'utf8'), { schema: CORE_SCHEMA });
  checked.set(name.slice(0, -5), new Date(`${data?.checked}T00:00:00Z`));
}
// ... and every page that cites one: guides, decline entries, the glossary.
const citations = [];
const cite = (file, page) => citations.push(...citedFacts(readFileSync(file, 'utf8')).map((c) => ({ id: c.id, page })));
for (const locale of ['en', 'zh-cn']) for (const f of list(path.join(dir, locale), '.mdx')) cite(path.join(dir, locale, f), `${locale}/${f.slice(0, -4)}`);
for (const f of list(path.join(contentDir, 'declines'), '.yaml')) cite(path.join(contentDir, 'declines', f), `declines/${f.slice(0, -5)}`);
if (existsSync(path.join(contentDir, 'glossary.yaml'))) cite(path.join(contentDir, 'glossary.yaml'), 'glossary.yaml');

const factRows = staleFacts(checked, citations, now, days).map(
  (f) => `fact     ${f.id}  checked ${iso(f.checked)}  cited by ${f.pages.length ? f.pages.join(', ') : '(no page)'}`,
);

console.log(`Guides reviewed more than ${days} days before ${iso(now)}, translations behind their original, and missing translations:`);
console.log(rows.length ? rows.join('\n') : 'none');
console.log(`Facts last checked more than ${days} days before ${iso(now)}, with the pages that cite them:`);
console.log(factRows.length ? factRows.join('\n') : 'none');
