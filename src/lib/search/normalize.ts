/**
 * What a reader typed or pasted, cleaned for the search engine: Unicode compatibility forms
 * folded (full-width letters and digits become ASCII), curly quotes straightened, runs of
 * white space collapsed, and the length capped so a pasted page cannot stall the browser.
 * @example normalizeQuery('  Ｙour card  was declined．') // 'Your card was declined.'
 */
export function normalizeQuery(raw: string, maxLength = 200): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}
