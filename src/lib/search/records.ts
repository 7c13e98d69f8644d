import { getCollection } from 'astro:content';
import { localeCodes, locales } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { useTranslations } from '../../i18n';
import { getDeclines } from '../declines/collection';
import { getDeclinePages } from '../declines/pages';
import type { GlossarySide } from '../../schemas/glossary';
import { getArticlePages } from '../articles';
import { isoDay } from '../freshness';
import type { SearchVocabulary } from './analyze';
import { ALIAS_KIND, aliasUrl } from './aliases';
import { STOP } from './filler';
import { glossarySynonyms } from './synonyms';

/** A Pagefind custom record: extra searchable text for a page, never shown on the page itself. */
export interface AliasRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * What readers type that a page's own text may not contain, indexed under that page in every
 * language index: each decline entry's message variants in both languages and its codes, and
 * each guide's glossary terms and aliases (English and Chinese).
 */
export async function aliasRecords(): Promise<AliasRecord[]> {
  // Pages showing an untranslated original are not in their language's index (as for guides).
  const declines = (await getDeclinePages()).filter((p) => !p.isFallback);
  const glossary = await getCollection('glossary');
  const pages = (await getArticlePages()).filter((p) => !p.isFallback);
  const records: AliasRecord[] = [];
  for (const locale of localeCodes) {
    const t = useTranslations(locale);
    for (const { entry: d, text, slug } of declines.filter((p) => p.locale === locale)) {
      const codes = d.data.codes.flatMap((c) => [c, c.replace(/_/g, ' ')]);
      records.push({
        url: aliasUrl(localePath(locale, slug)),
        language: locales[locale].pagefindLang,
        content: [...d.data.messages.map((m) => m.text), ...Object.values(d.data.keywords).flat(), ...codes].join('\n'),
        meta: {
          title: text.title,
          topic: t('nav.declines'),
          description: text.description,
          reviewed: isoDay(d.data.reviewed),
          kind: ALIAS_KIND,
        },
        filters: { topic: [t('nav.declines')] },
      });
    }
    for (const page of pages.filter((p) => p.locale === locale)) {
      const terms = glossary.filter((g) => g.data.guide.split('#')[0] === page.slug);
      if (terms.length === 0) continue;
      const words = terms.flatMap((g) => sidesOf(g.data).flatMap((side) => [side.term, ...side.aliases]));
      const topic = t(`topic.${page.entry.data.topic}`);
      records.push({
        url: aliasUrl(localePath(locale, page.slug)),
        language: locales[locale].pagefindLang,
        content: words.join('\n'),
        meta: {
          title: page.entry.data.title,
          topic,
          description: page.entry.data.description,
          reviewed: isoDay(page.entry.data.reviewed),
          kind: ALIAS_KIND,
        },
        filters: { topic: [topic] },
      });
    }
  }
  return records;
}

/** A review date as the pages' `reviewed` meta writes it (YYYY-MM-DD). */

/** The sides a glossary term has, in table order (a locale's may not be written yet). */
function sidesOf(term: Partial<Record<(typeof localeCodes)[number], GlossarySide>>): GlossarySide[] {
  return localeCodes.flatMap((l) => term[l] ?? []);
}

const LATIN_WORD = /[a-z][a-z0-9]*(?:['’][a-z]+)?/g;
const HAN_RUN = /\p{Script=Han}{2,}/gu;
const DOMAIN_WORD = /[a-z0-9]+(?:[_'’.-][a-z0-9]+)*/g;

/** The site's own words: what query analysis corrects typos towards and segments Chinese by. */
export async function searchVocabulary(): Promise<SearchVocabulary> {
  const pages = await getArticlePages();
  const declines = await getDeclines();
  const glossary = await getCollection('glossary');
  const texts: string[] = [
    ...pages.filter((p) => !p.isFallback).flatMap((p) => [p.entry.data.title, p.entry.data.description, p.entry.body ?? '']),
    ...declines.map((d) => JSON.stringify(d.data)),
    ...glossary.map((g) => JSON.stringify(g.data)),
  ];
  const words: Record<string, number> = {};
  for (const text of texts) {
    for (const w of text.toLowerCase().match(LATIN_WORD) ?? []) if (w.length >= 3) words[w] = (words[w] ?? 0) + 1;
  }
  const han = new Set<string>();
  const domain = [
    ...glossary.flatMap((g) => sidesOf(g.data).flatMap((side) => [side.term, ...side.aliases])),
    ...declines.flatMap((d) => localeCodes.flatMap((l) => d.data.keywords[l] ?? [])),
  ];
  for (const phrase of domain) for (const run of phrase.match(HAN_RUN) ?? []) if ([...run].length <= 8) han.add(run);
  // The Latin words of the site's own terms: glossary terms and aliases, readers' keywords, codes.
  const latinTerms = [
    ...glossary.flatMap((g) => sidesOf(g.data).flatMap((side) => [side.term, ...side.aliases])),
    ...declines.flatMap((d) => [...localeCodes.flatMap((l) => d.data.keywords[l] ?? []), ...d.data.codes]),
  ];
  // A term is a few words: a sentence among the aliases ("We were unable to authenticate your
  // payment method") would make its every word (unable, method) look like one of the site's terms.
  const terms = new Set<string>();
  for (const phrase of latinTerms) {
    const words = (phrase.toLowerCase().match(DOMAIN_WORD) ?? []).filter((w) => !STOP.has(w));
    if (words.length <= 3) for (const w of words) terms.add(w);
  }
  return { words, han: [...han].sort(), terms: [...terms].sort(), synonyms: glossarySynonyms(glossary.map((g) => g.data)) };
}
