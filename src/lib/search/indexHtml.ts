/**
 * The built HTML of a page as Pagefind should read it. Pagefind runs adjacent table cells,
 * definition terms, links and code elements, and list items together ("methodauthentication_required",
 * "您的卡已被拒绝 你的卡已被拒绝") and indexes
 * badge labels ("official wording") as page text, so search excerpts would show them. Here
 * cells, terms and codes get a separator, and badges are marked `data-pagefind-ignore`. The
 * page itself is not changed: only what goes into the index.
 * @example prepareForIndex('<tr><th>Message</th><td>Code</td></tr>') // '<tr><th>Message</th><td> · Code</td></tr>'
 * @example prepareForIndex('<span class="badge badge-official">official wording</span>') // '<span data-pagefind-ignore class="badge badge-official">official wording</span>'
 */
export function prepareForIndex(html: string): string {
  return (
    html
      .replace(/(<\/t[dh]>\s*<t[dh]\b[^>]*>)/g, '$1 · ')
      .replace(/(<\/dt>\s*<dd\b[^>]*>)/g, '$1 · ')
      .replace(/(<\/code>)(\s*<code\b)/g, '$1, $2')
      .replace(/(<\/a>)(<code\b)/g, '$1 $2')
      // List items that are not sentences (messages, links) would run on as one.
      .replace(/([^。！？.!?:：;；\s])(\s*<\/li>\s*<li\b[^>]*>)/g, '$1$2 · ')
      .replace(/([^。！？.!?:：;；\s])(\s*<\/li>\s*<\/[ou]l>)/g, '$1$2 · ')
      // A paragraph without a full stop would run into the next heading ("…issuer_not_available Where you see it").
      .replace(/([^\s>。！？.!?:：;；])((?:\s*<[^>]+>)*?\s*<h[2-6]\b)/g, '$1.$2')
      .replace(/<([a-z][a-z0-9]*)(?=\s[^>]*\bclass="(?:[^"]*\s)?badge(?:\s[^"]*)?")/g, '<$1 data-pagefind-ignore')
  );
}
