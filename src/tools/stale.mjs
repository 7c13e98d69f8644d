// `npm run stale`: guides whose facts are due for another check, and Chinese pages reviewed
// before their English original. Exits 0 (it is a report); KB_STALE_DAYS sets the age.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { isStale, lagsOriginal, staleAfterDays, today } from '../lib/freshness.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(process.env.KB_CONTENT_DIR ?? path.join(root, 'content'), 'articles');
const days = staleAfterDays(process.env);
const now = today(process.env);

const reviewed = (locale, slug) => {
  const file = path.join(dir, locale, `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const date = m && load(m[1])?.reviewed;
  if (!date) throw new Error(`${path.relative(root, file)}: reviewed: is missing`);
  return new Date(date);
};

const slugs = [...new Set(['en', 'zh-cn'].flatMap((l) => (existsSync(path.join(dir, l)) ? readdirSync(path.join(dir, l)) : [])))]
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .sort();

const rows = [];
for (const slug of slugs) {
  const en = reviewed('en', slug);
  const zh = reviewed('zh-cn', slug);
  for (const [locale, date] of [['en', en], ['zh-cn', zh]]) {
    if (date && isStale(date, now, days)) rows.push(`stale    ${locale.padEnd(6)} ${slug}  reviewed ${date.toISOString().slice(0, 10)}`);
  }
  if (en && zh && lagsOriginal(zh, en)) rows.push(`lagging  zh-cn  ${slug}  reviewed ${zh.toISOString().slice(0, 10)}, English ${en.toISOString().slice(0, 10)}`);
  if (!en || !zh) rows.push(`missing  ${(en ? 'zh-cn' : 'en').padEnd(6)} ${slug}`);
}
console.log(`Guides reviewed more than ${days} days before ${now.toISOString().slice(0, 10)}, translations behind their original, and missing translations:`);
console.log(rows.length ? rows.join('\n') : 'none');
