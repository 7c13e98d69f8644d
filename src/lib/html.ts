// Build-time helpers for the site's own HTML (JSON-LD text, the Atom feed). Entities are the
// `entities` package's work, not a hand-kept list. Not for the browser: the search client
// escapes with its own few lines (lib/search/excerpt.ts), so this import never reaches it.
import { decodeHTML, escapeUTF8 } from 'entities';

/** A tag, its quoted attribute values allowed to hold `>` (Satteri writes `title="a > b"` as is). */
const TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

/**
 * Text from a fragment of our own HTML: tags removed, every HTML entity decoded (named or
 * numeric), white space collapsed. Not a sanitiser: the input is the site's own output.
 * @example htmlToText('<p>It&#8217;s <b>A &amp; B</b></p>') // 'It’s A & B'
 */
export function htmlToText(html: string): string {
  return decodeHTML(html.replace(TAG, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * Text as XML character data or an attribute value: `&`, `<`, `>`, `"` and `'` escaped, every
 * `&` included (a title that says "&amp;" shows "&amp;"); other characters stay as they are.
 * @example escapeXml('Plans & <Billing>') // 'Plans &amp; &lt;Billing&gt;'
 */
export const escapeXml: (text: string) => string = escapeUTF8;
