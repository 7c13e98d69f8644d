/**
 * A result URL that asks the target page to highlight the query, keeping any #section last.
 * @example withHighlight('/en/card-declined/#why', 'card declined') // '/en/card-declined/?highlight=card+declined#why'
 */
export function withHighlight(url: string, query: string): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const params = new URLSearchParams({ highlight: query });
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash}`;
}
