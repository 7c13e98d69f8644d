/** What a recall suite needs of a query: the paths that count as a right answer. */
export interface Expecting {
  expect: string[];
}

/** hit@k for one query: one of the first k results is an expected page (by path prefix). */
export const hitAt = (urls: string[], expected: string[], k: number): boolean =>
  urls.slice(0, k).some((u) => expected.some((e) => new URL(u, 'http://x').pathname.startsWith(e)));

export interface HitGroup {
  n: number;
  h1: number;
  h3: number;
}

/** hit@1 and hit@3 counts per group; `keysOf` names the groups a query belongs to. */
export function hitGroups<Q extends Expecting>(
  rows: readonly { q: Q; urls: string[] }[],
  keysOf: (q: Q) => string[],
): Map<string, HitGroup> {
  const groups = new Map<string, HitGroup>();
  for (const { q, urls } of rows) {
    for (const key of keysOf(q)) {
      const g = groups.get(key) ?? { n: 0, h1: 0, h3: 0 };
      g.n++;
      g.h1 += Number(hitAt(urls, q.expect, 1));
      g.h3 += Number(hitAt(urls, q.expect, 3));
      groups.set(key, g);
    }
  }
  return groups;
}

/** @example pct(86, 87) // ' 98.9%' */
export const pct = (a: number, n: number): string => `${((100 * a) / n).toFixed(1)}%`.padStart(6);

/** One printed line per group, sorted: "en all   n= 87  hit@1  92.0%  hit@3  97.7%". */
export function hitTable(groups: Map<string, HitGroup>, width: number): string[] {
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, g]) => `${k.padEnd(width)} n=${String(g.n).padStart(3)}  hit@1 ${pct(g.h1, g.n)}  hit@3 ${pct(g.h3, g.n)}`);
}
