// The section headings of a guide's MDX body, read by the site's own Markdown processor (Satteri,
// with heading attributes, as astro.config.mjs sets it), so a heading counts here exactly when the
// page renders it: not inside a ``` or ~~~ fence (indented or not), but inside a component. The
// guard and the content tests both ask this one function. Imports carry their extension for Node.
import { mdxToMdast } from 'satteri';

export interface Heading {
  /** 2 for `##` … 6 for `######` (a page's `#` title is not a section). */
  depth: number;
  /** The heading's text, markup removed (`**b**` and `code` read "b" and "code"). */
  text: string;
  /** The explicit `{#id}`, or undefined. */
  id: string | undefined;
  /** Line in the body, from 1. */
  line: number;
}

interface Node {
  type: string;
  depth?: number;
  value?: string;
  children?: Node[];
  data?: { hProperties?: { id?: unknown } };
  position?: { start: { line: number } };
}

const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');

/**
 * The `## Title {#id}` headings of an MDX body (the file after its frontmatter), in order.
 * @example mdxHeadings('## Why {#why}\n\n~~~\n## not a heading\n~~~\n') // [{ depth: 2, text: 'Why', id: 'why', line: 1 }]
 */
export function mdxHeadings(body: string): Heading[] {
  const out: Heading[] = [];
  const walk = (node: Node) => {
    if (node.type === 'heading' && node.depth! >= 2) {
      const id = node.data?.hProperties?.id;
      out.push({
        depth: node.depth!,
        text: textOf(node).trim(),
        id: typeof id === 'string' ? id : undefined,
        line: node.position!.start.line,
      });
    }
    node.children?.forEach(walk);
  };
  walk(mdxToMdast(body, { features: { headingAttributes: true, frontmatter: false } }) as Node);
  return out;
}
