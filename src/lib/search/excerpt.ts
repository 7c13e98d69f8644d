/**
 * Makes a Pagefind excerpt safe to insert as HTML: everything is escaped except the
 * <mark> tags Pagefind adds around matched words.
 * @example safeExcerpt('a <mark>b</mark> <img src=x>') // 'a <mark>b</mark> &lt;img src=x&gt;'
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(part)))
    .join('');
}

/** @example escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;' */
export function escapeHtml(text: string): string {
  return text.replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
