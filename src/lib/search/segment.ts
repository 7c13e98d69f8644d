import { segmentHan } from './analyze';
import { htmlToText } from '../html';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Chinese text with the words separated by spaces, segmented exactly as queries are (longest
 * match on the site's domain terms, then Intl.Segmenter), so index and query agree on what a
 * word is. Pagefind's own index-time segmenter and the browser's query-time one disagree on
 * many everyday words (Pagefind/pagefind#1237); this text is indexed alongside the page.
 * @example segmentForIndex('通过苹果订阅', new Set(['订阅'])) // '通过 苹果 订阅'
 */
export function segmentForIndex(text: string, domainTerms: ReadonlySet<string>): string {
  return text.replace(HAN_RUN, (run) => ` ${segmentHan(run, domainTerms).join(' ')} `).replace(/\s+/g, ' ').trim();
}

/**
 * The indexable text of a built page: the data-pagefind-body element without the parts marked
 * data-pagefind-ignore, tags removed and entities decoded. Undefined when the page has no body.
 */
export function indexableText(html: string): string | undefined {
  const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/);
  if (start === -1) return undefined;
  const body = html.slice(start);
  return htmlToText(
    body.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<(div|nav|section|aside)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' '),
  );
}
