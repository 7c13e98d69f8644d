/**
 * Where content cites a fact of the register. Dependency-free, so `npm run stale`
 * (src/tools/stale.mjs, plain Node) can use it as well as the build and the tests.
 */

/**
 * Fact ids cited in a text, by `<AsOf fact="…">` or `{{as-of:…}}`, with their 1-based line.
 * @example citedFacts('a\n<AsOf fact="x" /> {{as-of:y}}') // [{ id: 'x', line: 2 }, { id: 'y', line: 2 }]
 */
export function citedFacts(text: string): { id: string; line: number }[] {
  const out: { id: string; line: number }[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/<AsOf\s+fact=["']([^"']*)["']|\{\{[Aa]s-of:([^}\s]*)\}\}/g))
      out.push({ id: m[1] ?? m[2]!, line: i + 1 });
  });
  return out;
}
