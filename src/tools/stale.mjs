// `npm run stale`: guides whose facts are due for another check, translations reviewed before
// their original, and facts of the register not checked for a while, with the pages that
// cite them. Exits 0 (it is a report). KB_STALE_DAYS sets the age (default 180); KB_TODAY
// (YYYY-MM-DD) fixes "today" so a report can be reproduced.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { readYaml } from '../lib/frontmatter.ts';
import { isoDay, isStale, lagsOriginal, staleAfterDays, staleFacts, today } from '../lib/freshness.ts';
import { citedFacts } from '../lib/factCitations.ts';
import { articleRegistry, contentDir, frontmatter, pairTranslations, readDeclineFiles } from '../lib/registry.ts';
import { localeCodes, locales } from '../i18n/locales.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tree = path.resolve(root, contentDir());
const dir = path.join(tree, 'articles');
const days = staleAfterDays(process.env);
const now = today(process.env);
const list = (folder, ext) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

const reviewed = (locale, slug) => {
  const file = path.join(dir, locale, `${slug}.mdx`);
  if (!existsSync(file)) return undefined;
  const date = frontmatter(file).reviewed;
  if (!date) throw new Error(`${path.relative(root, file)}: reviewed: is missing`);
  return new Date(`${date}T00:00:00Z`);
};

// Guides as the registry pairs them (lib/registry.ts): a draft translation counts as missing.
const rows = [];
for (const { slug, published, original } of articleRegistry(dir)) {
  const originalDate = reviewed(original, slug);
  for (const locale of published) {
    const date = reviewed(locale, slug);
    if (isStale(date, now, days)) rows.push(`stale    ${locale.padEnd(6)} ${slug}  reviewed ${isoDay(date)}`);
    if (locale !== original && lagsOriginal(date, originalDate)) {
      rows.push(`lagging  ${locale.padEnd(6)} ${slug}  reviewed ${isoDay(date)}, ${locales[original].label} ${isoDay(originalDate)}`);
    }
  }
  for (const locale of localeCodes.filter((l) => !published.includes(l))) rows.push(`missing  ${locale.padEnd(6)} ${slug}`);
}
// Decline entries without a locale's block (their page in that locale shows the original).
for (const { slug, published } of pairTranslations(readDeclineFiles(path.join(tree, 'declines'))))
  for (const locale of localeCodes.filter((l) => !published.includes(l))) rows.push(`missing  ${locale.padEnd(6)} ${slug}`);

// The register: each fact's checked date (read as text, so 2026-11-21 stays that day) ...
const factsDir = path.join(tree, 'facts');
const checked = new Map();
for (const name of list(factsDir, '.yaml')) {
  const { data } = readYaml(readFileSync(path.join(factsDir, name), 'utf8'));
  checked.set(name.slice(0, -5), new Date(`${data['checked']}T00:00:00Z`));
}
// ... and every page that cites one: guides, decline entries, the glossary.
const citations = [];
const cite = (file, page) => citations.push(...citedFacts(readFileSync(file, 'utf8')).map((c) => ({ id: c.id, page })));
for (const locale of localeCodes)
  for (const f of list(path.join(dir, locale), '.mdx')) cite(path.join(dir, locale, f), `${locale}/${f.slice(0, -4)}`);
for (const f of list(path.join(tree, 'declines'), '.yaml')) cite(path.join(tree, 'declines', f), `declines/${f.slice(0, -5)}`);
if (existsSync(path.join(tree, 'glossary.yaml'))) cite(path.join(tree, 'glossary.yaml'), 'glossary.yaml');

const factRows = staleFacts(checked, citations, now, days).map(
  (f) => `fact     ${f.id}  checked ${isoDay(f.checked)}  cited by ${f.pages.length ? f.pages.join(', ') : '(no page)'}`,
);

console.log(`Guides reviewed more than ${days} days before ${isoDay(now)}, translations behind their original, and missing translations:`);
console.log(rows.length ? rows.join('\n') : 'none');
console.log(`Facts last checked more than ${days} days before ${isoDay(now)}, with the pages that cite them:`);
console.log(factRows.length ? factRows.join('\n') : 'none');
