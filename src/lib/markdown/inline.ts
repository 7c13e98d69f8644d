import { markdownToHtml } from 'satteri';
import { externalLinks } from './externalLinks';
import { htmlToText } from '../html';

/**
 * Renders the short Markdown used in frontmatter and YAML (FAQ answers, decline steps):
 * links, emphasis and `code`. A single paragraph is unwrapped so it can sit inside <li>.
 * @example inlineMarkdown('See [the guide](/en/card-declined/).') // 'See <a href="/en/card-declined/">the guide</a>.'
 */
export function inlineMarkdown(source: string): string {
  const { html } = markdownToHtml(source, { hastPlugins: [externalLinks] });
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return single && !single[1]!.includes('<p>') ? single[1]! : trimmed;
}

/**
 * Plain text of inline Markdown, for structured data and meta tags.
 * @example plainText('Use **another** [card](/x/).') // 'Use another card.'
 */
export function plainText(source: string): string {
  return htmlToText(inlineMarkdown(source)).replace(/ ([.,;:!?，。；：！？、）])/g, '$1').replace(/（ /g, '（');
}
