/**
 * The part of a title before its first colon or question mark: what a link in a list needs.
 * A question keeps its question mark.
 * @example shortTitle('Card declined? Why payments fail') // 'Card declined?'
 * @example shortTitle('合规须知：支持的国家和地区') // '合规须知'
 */
export function shortTitle(title: string): string {
  const m = /^(.{4,}?)([：:？?])\s*\S/u.exec(title);
  if (!m) return title;
  return m[2] === '？' || m[2] === '?' ? `${m[1]}${m[2]}` : m[1]!.trimEnd();
}
