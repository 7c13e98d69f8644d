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
export function glossarySynonyms(entries: readonly { en?: Side | undefined; 'zh-cn'?: Side | undefined }[]): Record<string, string[]> {
  const none: Side = { term: '', aliases: [] };
  const targets = new Map<string, Set<string>>();
  const owners = new Map<string, number>();
  entries.forEach((entry, index) => {
    // A term without its English or Chinese side (not written yet) contributes the side it has.
    const g = { en: entry.en ?? none, 'zh-cn': entry['zh-cn'] ?? none };
    const han = (g['zh-cn'].term.match(/\p{Script=Han}+/gu) ?? []).filter((w) => ONE_HAN.test(w));
    const latin = [g.en.term.toLowerCase()].filter((w) => ONE_LATIN.test(w));
    const forms = [g.en.term, ...g.en.aliases, ...g['zh-cn'].term.split('/'), ...g['zh-cn'].aliases]
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
