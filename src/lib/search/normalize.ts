/** Characters that change nothing a reader sees: zero-width, bidirectional marks and overrides, soft hyphen. */
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Pasted markup as spaces: a <script> or <style> element with its content (to the end of the
 * text when it is not closed), and any other tag.
 * @example withoutMarkup('a<script>x</script><b>b</b>') // 'a  b '
 */
export function withoutMarkup(text: string): string {
  return text.replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, ' ');
}

/**
 * What a reader typed or pasted, cleaned for the search engine: Unicode compatibility forms
 * folded (full-width letters and digits become ASCII), invisible and bidirectional control
 * characters removed, pasted markup dropped (a <script> element with its content), curly quotes
 * straightened, runs of white space collapsed, and the length capped so a pasted page cannot
 * stall the browser.
 * @example normalizeQuery('  Ｙour card  was declined．') // 'Your card was declined.'
 * @example normalizeQuery('<script>alert(1)</script>') // ''
 */
export function normalizeQuery(raw: string, maxLength = 200): string {
  return withoutMarkup(raw.slice(0, 5000).normalize('NFKC').replace(INVISIBLE, ''))
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, maxLength)
    .trim();
}
