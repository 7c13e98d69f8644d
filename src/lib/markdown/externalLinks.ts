import { defineHastPlugin } from 'satteri';

/**
 * Marks links to other origins with rel="noopener noreferrer" so a source page can neither
 * script this one nor learn which page the reader came from. Used for MDX bodies and for the
 * inline Markdown in frontmatter and YAML.
 */
export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && /^https?:\/\//i.test(href)) {
        ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      }
    },
  },
});
