/**
 * The terms to mark on a page opened from a search result (`?highlight=<terms>`). The search
 * page passes the terms it searched for, space-separated; anything longer than a query is cut
 * (a link can carry any text, and a huge pattern would stop the page's scripts). Words shorter
 * than 2 characters are dropped (they would mark half the page); Chinese terms are kept whole.
 * @example highlightTerms('5美元 预授权 a') // ['5美元', '预授权']
 */
export function highlightTerms(query: string): string[] {
  const words = query
    .slice(0, 200)
    .normalize('NFKC')
    .split(/[\s"'“”‘’,.;:!?，。；：！？()（）]+/u)
    .map((w) => w.trim())
    .filter((w) => [...w].length >= 2 && w.length <= 40);
  return [...new Set(words.map((w) => w.toLowerCase()))].slice(0, 12);
}

const HAN = /\p{Script=Han}/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One case-insensitive regex for the terms, longest first: a Chinese term matches as written, a
 * Latin term at the start of a word and takes the whole word ("card" marks "cards", never the
 * "card" inside "discard"). Terms under two characters are left out.
 * @example highlightPattern(['hold', '预授权'])?.source // '预授权|\\b(?:hold)[\\p{L}\\p{N}_]*'
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const usable = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => [...t].length >= 2 && t.length <= 60))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return undefined;
  const han = usable.filter((t) => HAN.test(t)).map(escapeRe);
  const latin = usable.filter((t) => !HAN.test(t)).map(escapeRe);
  const parts = [...han, ...(latin.length ? [`\\b(?:${latin.join('|')})[\\p{L}\\p{N}_]*`] : [])];
  return new RegExp(parts.join('|'), 'giu');
}
