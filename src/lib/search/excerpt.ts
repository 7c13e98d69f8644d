import { escapeHtml } from '../html';

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
