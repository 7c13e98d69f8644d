/**
 * Text from a fragment of our own HTML: tags removed, the entities our renderers emit decoded,
 * white space collapsed. Not a sanitiser: the input is the site's own output.
 * @example htmlToText('<p>A &amp; <b>B</b></p>') // 'A & B'
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** @example escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;' */
export function escapeHtml(text: string): string {
  return text
    .replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
