import { markdownToHtml } from 'satteri';
import { externalLinks } from './externalLinks';
import { baseLinks } from './baseLinks';
import { siteBase } from '../../i18n/paths';
import { htmlToText } from '../html';
import { expandFactTokens } from '../facts';
import type { Locale } from '../../i18n/locales';

/** Where a Markdown string is rendered, for error messages, and in which language. */
export interface MarkdownContext {
  locale: Locale;
  /** e.g. "content/declines/expired-card.yaml (zh-cn.steps)" or the page path. */
  where: string;
}

/**
 * Renders the short Markdown used in frontmatter and YAML (FAQ answers, decline steps):
 * links, emphasis, `code` and `{{as-of:fact}}` dates. A single paragraph is unwrapped so it can sit inside <li>.
 * @example inlineMarkdown('See [the guide](/en/card-declined/).', ctx) // 'See <a href="/en/card-declined/">the guide</a>.'
 */
export function inlineMarkdown(source: string, context: MarkdownContext): string {
  const { html } = markdownToHtml(expandFactTokens(source, context.locale, context.where), {
    hastPlugins: [externalLinks, baseLinks(siteBase)],
  });
  const trimmed = html.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  return single && !single[1]!.includes('<p>') ? single[1]! : trimmed;
}

/**
 * Plain text of inline Markdown, for structured data and meta tags.
 * @example plainText('Use **another** [card](/x/).', ctx) // 'Use another card.'
 */
export function plainText(source: string, context: MarkdownContext): string {
  return htmlToText(inlineMarkdown(source, context))
    .replace(/ ([.,;:!?，。；：！？、）])/g, '$1')
    .replace(/（ /g, '（');
}
