import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { loadGlossary } from '../helpers/content';
import { indexableText, loadSite } from '../helpers/site';
import { searchSite } from '../helpers/pagefind';

// Where Pagefind's index-time segmentation and the query's disagree, a page that plainly
// contains a term is not found by it (Pagefind/pagefind#1237). For every glossary term, in
// both languages, every content page whose indexed text contains the term must be found by it.
const glossary = Object.values(loadGlossary()) as { en: { term: string }; 'zh-cn': { term: string } }[];
const site = loadSite();
const pages = site
  .map((p) => ({ path: p.path, text: indexableText(p.html)?.toLowerCase() }))
  .filter((p): p is { path: string; text: string } => Boolean(p.text));

describe('a page containing a domain term is found by it', () => {
  it.each(localeCodes)('in the %s index', async (locale) => {
    const misses: string[] = [];
    for (const entry of glossary) {
      const term = entry[locale].term;
      // Latin terms as whole words ("BIN" is not in "billing"); Chinese terms as written.
      const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const pattern = /[a-z]/i.test(term) ? new RegExp(`\\b${escaped}\\b`) : new RegExp(escaped);
      const containing = pages.filter((p) => p.path.startsWith(`/${locale}/`) && pattern.test(p.text)).map((p) => p.path);
      if (containing.length === 0) continue;
      const found = new Set((await searchSite(locale, term, { limit: 100 })).hits.map((h) => h.url));
      const lost = containing.filter((p) => !found.has(p));
      if (lost.length) misses.push(`${JSON.stringify(term)}: not found on ${lost.join(' ')}`);
    }
    expect(misses).toEqual([]);
  });
});

// Everyday words, not only domain terms: each Chinese word of two or more characters in the
// guides' section headings, as the browser's segmenter splits them.
const headingWords = [
  ...new Set(
    site
      .filter((p) => p.path.startsWith('/zh-cn/') && p.document.querySelector('[data-pagefind-body]'))
      .flatMap((p) => [...p.document.querySelectorAll('[data-pagefind-body] h2, [data-pagefind-body] h3')].map((h) => h.textContent ?? ''))
      .flatMap((text) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment))
      .filter((w) => /^\p{Script=Han}{2,}$/u.test(w)),
  ),
];

describe('a Chinese page containing an everyday word from the headings is found by it', () => {
  it(`for ${headingWords.length} words`, async () => {
    const misses: string[] = [];
    for (const word of headingWords) {
      const containing = pages.filter((p) => p.path.startsWith('/zh-cn/') && p.text.includes(word)).map((p) => p.path);
      const found = new Set((await searchSite('zh-cn', word, { limit: 100 })).hits.map((h) => h.url));
      const lost = containing.filter((p) => !found.has(p));
      if (lost.length) misses.push(`${word}: ${lost.length} of ${containing.length} pages not found`);
    }
    expect(misses).toEqual([]);
  }, 120_000);
});
