import { localeCodes, type Locale } from '../../i18n/locales';

const ONE_LATIN = /^[a-z0-9]+(?:[_'’.-][a-z0-9]+)*$/;
const ONE_HAN = /^\p{Script=Han}{2,8}$/u;

interface Side {
  term: string;
  aliases: string[];
}

/**
 * A reader's word and the word the pages use for the same thing, from the glossary: each single
 * word among a term's aliases (被封, 账户, banned) points to the term itself in the same script
 * (封号, 账号, …), so a question in the reader's words also finds the page in the site's. A word
 * that several terms list (额度: credit limit and quota) is ambiguous and points nowhere.
 * @example glossarySynonyms([{ en: { term: 'Refund', aliases: ['money back'] }, 'zh-cn': { term: '退款', aliases: ['退钱'] } }]) // { 退钱: ['退款'] }
 */
export function glossarySynonyms(entries: readonly Partial<Record<Locale, Side>>[]): Record<string, string[]> {
  const targets = new Map<string, Set<string>>();
  const owners = new Map<string, number>();
  entries.forEach((entry, index) => {
    // Every side the term has, in table order (a side not written yet contributes nothing). The
    // word a form points to is the term's own word in the form's script: its Han words for a Han
    // alias, its single Latin word for a Latin one.
    const sides = localeCodes.flatMap((l) => entry[l] ?? []);
    const terms = sides.flatMap((side) => side.term.split('/'));
    const han = terms.flatMap((term) => term.match(/\p{Script=Han}+/gu) ?? []).filter((w) => ONE_HAN.test(w));
    const latin = terms.map((term) => term.trim().toLowerCase()).filter((w) => ONE_LATIN.test(w));
    const forms = sides
      .flatMap((side) => [...side.term.split('/'), ...side.aliases])
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean);
    for (const form of new Set(forms)) {
      const canonical = ONE_HAN.test(form) ? han : ONE_LATIN.test(form) ? latin : [];
      if (owners.has(form) && owners.get(form) !== index) owners.set(form, -1);
      else owners.set(form, index);
      const set = targets.get(form) ?? new Set<string>();
      for (const c of canonical) if (c !== form) set.add(c);
      targets.set(form, set);
    }
  });
  const out: Record<string, string[]> = {};
  for (const [form, set] of [...targets].sort(([a], [b]) => a.localeCompare(b)))
    if (owners.get(form) !== -1 && set.size) out[form] = [...set];
  return out;
}
