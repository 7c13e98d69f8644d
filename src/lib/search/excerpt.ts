/**
 * Escapes text for innerHTML, leaving what already reads as an entity (`&amp;`, `&#39;`) alone.
 * Hand-written on purpose: this module ships in the search page's script, where a library would
 * cost bytes (tests/build/budgets.test.ts), and the escaping must be idempotent, because
 * safeExcerpt escapes again an excerpt that markTerms has escaped already (`&amp;` must not
 * become `&amp;amp;`). The text Pagefind returns is plain (the index holds "Plans & Billing").
 * Leaving an entity is safe (no entity can open a tag); the cost is that a page whose text reads
 * "&amp;" literally shows "&". Build-time code escapes with `entities` (lib/html.ts).
 * @example escapeHtml('<a href="x"> &amp; &') // '&lt;a href=&quot;x&quot;&gt; &amp; &amp;'
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&(?![a-z]+;|#\d+;)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Makes a result's excerpt safe to insert as HTML: everything is escaped except the <mark> tags
 * around matched words. The excerpt comes from makeExcerpt or markTerms, escaped already; this is
 * the last check before innerHTML (src/scripts/search.ts), so entities are left as they are.
 * @example safeExcerpt('a <mark>b</mark> <img src=x>') // 'a <mark>b</mark> &lt;img src=x&gt;'
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (part === '<mark>' || part === '</mark>' ? part : escapeHtml(part)))
    .join('');
}

const HAN = /\p{Script=Han}/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query's terms as one regex, exactly as highlightPattern (src/lib/highlightTerms.ts) builds
 * it for the target page: a Chinese term as written, a Latin term at the start of a word taking
 * the whole word. A copy, not an import: a module shared with the search client would become a
 * separate file loaded by every page (tests/unit/excerpt.test.ts checks that both agree).
 * @example termPattern(['card', '预授权'])?.source // '预授权|\\b(?:card)[\\p{L}\\p{N}_]*'
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const usable = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => [...t].length >= 2 && t.length <= 60))].sort(
    (a, b) => b.length - a.length,
  );
  if (usable.length === 0) return undefined;
  const han = usable.filter((t) => HAN.test(t)).map(escapeRe);
  const latin = usable.filter((t) => !HAN.test(t)).map(escapeRe);
  const parts = [...han, ...(latin.length ? [`\\b(?:${latin.join('|')})[\\p{L}\\p{N}_]*`] : [])];
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * Plain text as HTML with the query's terms marked; everything else escaped.
 * @example markTerms('Cards & holds', ['card']) // '<mark>Cards</mark> &amp; holds'
 */
export function markTerms(text: string, terms: readonly string[]): string {
  const pattern = termPattern(terms);
  if (!pattern) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The sentences of a page's indexed text. Pagefind joins headings, list items and table rows
 * to what follows with ". "; such a piece is kept, but marked as not being a sentence (a
 * Chinese piece ending in "." or a Latin one of under five words).
 * @example sentences('标题. 正文第一句。第二句！') // [{ text: '标题', sentence: false }, { text: '正文第一句。', … }, …]
 */
export function sentences(content: string): { text: string; sentence: boolean }[] {
  return content
    .split(/(?<=[。！？])|(?<=[.!?])\s+/u)
    .map((raw) => raw.trim().replace(/^· /, ''))
    .filter(Boolean)
    .map((raw) => {
      const joined = raw.endsWith('.') && HAN.test(raw.at(-2) ?? '');
      const text = joined ? raw.slice(0, -1) : raw;
      const short = !HAN.test(text) && text.split(/\s+/).length < 5;
      // " · " separates table cells and list items (see prepareForIndex): a row or a list, not a sentence.
      return { text, sentence: !joined && !short && !text.includes(' · ') };
    });
}

/**
 * A readable excerpt of a page for a query: the sentence holding the most of the query's terms
 * (a real sentence rather than a heading or a label, and not the title), with the next one when
 * it is short, cut around the first match when long; terms marked, the rest escaped. With
 * `lead`, the first sentence instead.
 * @example makeExcerpt('Hold. A hold is not a fee. It is reversed.', ['fee'], 'Hold') // 'A hold is not a <mark>fee</mark>. It is reversed.'
 */
export function makeExcerpt(content: string, terms: readonly string[], title = '', { max = 170, lead = false } = {}): string {
  const pattern = termPattern(terms);
  const all = sentences(content.slice(0, 50_000));
  // The page starts with its title, which the result shows already; Pagefind does not always end it with ". ".
  const bare = (text: string) => text.trim().replace(/[.。]$/, '');
  const head =
    all[0] && bare(title) && all[0].text.startsWith(bare(title))
      ? all[0].text.slice(bare(title).length).replace(/^[.。\s]+/, '')
      : undefined;
  const pieces = head === undefined ? all : head ? [{ text: head, sentence: all[0]!.sentence }, ...all.slice(1)] : all.slice(1);
  if (pieces.length === 0) return '';
  const hits = (text: string) => (pattern ? new Set([...text.matchAll(pattern)].map((m) => m[0].toLowerCase())).size : 0);
  let best = 0;
  let bestScore = -Infinity;
  pieces.forEach((p, i) => {
    // With `lead`, the page's first sentence (a decline entry's summary): what a pasted message means.
    const score = lead ? (p.sentence ? -i : -1e9 - i) : hits(p.text) * (p.sentence ? 1 : 0.5) + (p.sentence ? 0.1 : 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  let text = pieces[best]!.text;
  // From a table row or a list, only the cell or item that holds the first match.
  if (!pieces[best]!.sentence && text.includes(' · ')) {
    const items = text.split(' · ');
    text = items.find((item) => pattern && [...item.matchAll(pattern)].length) ?? items[0]!;
  }
  const limit = HAN.test(text) ? Math.round(max / 2) : max;
  const next = pieces[best + 1];
  if (next?.sentence && [...text].length + [...next.text].length < limit)
    text += (HAN.test(text.at(-1) ?? '') || /[。！？]$/.test(text) ? '' : ' ') + next.text;
  if ([...text].length > limit) {
    const first = pattern ? ([...text.matchAll(pattern)][0]?.index ?? 0) : 0;
    const chars = [...text];
    const startAt = Math.max(0, Math.min([...text.slice(0, first)].length - Math.round(limit / 3), chars.length - limit));
    let cut = chars.slice(startAt, startAt + limit).join('');
    if (!HAN.test(cut)) cut = cut.replace(startAt > 0 ? /^\S*\s/ : /^/, '').replace(/\s\S*$/, '');
    text = `${startAt > 0 ? '…' : ''}${cut}${startAt + limit < chars.length ? '…' : ''}`;
  }
  return markTerms(text, terms);
}
