import { defineHastPlugin } from 'satteri';
import { withBase } from '../../i18n/paths';

/**
 * Content links to other pages of the site are written from the site root (`/en/card-declined/`,
 * what the build's link check reads); a site served under a sub-path (`/kb/`) needs the base in
 * front of them. No plugin at all when the base is '/'. Used for MDX bodies (astro.config.mjs)
 * and for the inline Markdown in frontmatter and YAML (inline.ts).
 * @example baseLinks('/kb/') // rewrites <a href="/en/x/"> to <a href="/kb/en/x/">
 */
export function baseLinks(base: string) {
  if (base === '/') return null;
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'img' ? 'src' : 'href';
        const value = node.properties?.[key];
        // Root-relative only: not //host/… (protocol-relative), not #anchors, not full URLs.
        if (typeof value === 'string' && /^\/(?!\/)/.test(value)) ctx.setProperty(node, key, withBase(value, base));
      },
    },
  });
}
