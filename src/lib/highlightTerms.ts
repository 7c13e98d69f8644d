/**
 * The terms to mark on a page opened from a search result (`?highlight=<query>`).
 * Words shorter than 2 characters are dropped (they would mark half the page); Chinese runs
 * are kept whole, since the browser has no segmenter we can rely on here.
 * @example highlightTerms('5美元 预授权 a') // ['5美元', '预授权']
 */
export function highlightTerms(query: string): string[] {
  const words = query
    .normalize('NFKC')
    .split(/[\s"'“”‘’,.;:!?，。；：！？()（）]+/u)
    .map((w) => w.trim())
    .filter((w) => [...w].length >= 2);
  return [...new Set(words.map((w) => w.toLowerCase()))].slice(0, 12);
}

/**
 * One case-insensitive regex matching any term, longest first so "card_declined" wins over "card".
 * @example highlightPattern(['hold', 'authorization hold'])?.source // 'authorization hold|hold'
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'giu');
}
