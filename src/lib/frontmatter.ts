// The one reader of a guide's frontmatter (content/articles/<locale>/<slug>.mdx): the guard, the
// registry, `npm run stale` and the content tests all split a file here, so they agree on where
// the YAML ends and how it reads (Astro's MDX loader reads the block again for the pages). Free of
// astro:content, for Node scripts and the Astro config; imports carry their extension.
import { CORE_SCHEMA, load } from 'js-yaml';

export interface Frontmatter {
  /** The YAML mapping, read with the core schema: dates stay the text the author wrote. */
  data: Record<string, unknown>;
  /** What follows the closing `---`, and the line of the file it starts on. */
  body: string;
  bodyLine: number;
}

/** Why a file's frontmatter could not be read, and the line of the file (1-based) to look at. */
export class FrontmatterError extends Error {
  // A plain field, not a constructor parameter property: Node's type stripping (npm run stale) rejects those.
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'FrontmatterError';
    this.line = line;
  }
}

/** `---` on the first line, the YAML, `---` on a line of its own. */
const BLOCK = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * A guide file's frontmatter and body. Throws a FrontmatterError when the file does not open
 * with a `---` block, when its YAML is broken, or when the YAML is not a mapping (empty is `{}`).
 * @example parseFrontmatter('---\ntitle: A\nreviewed: 2026-12-01\n---\nBody') // { data: { title: 'A', reviewed: '2026-12-01' }, body: 'Body', bodyLine: 5 }
 */
export function parseFrontmatter(raw: string): Frontmatter {
  const m = BLOCK.exec(raw);
  if (!m) throw new FrontmatterError('no frontmatter block (--- … ---) at the top', 1);
  const yaml = m[1] ?? '';
  let data: unknown;
  try {
    // js-yaml 5 refuses an empty document; an empty block is an empty mapping (the schema names what is missing).
    data = yaml.trim() ? load(yaml, { schema: CORE_SCHEMA }) : {};
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // The YAML starts on line 2, after the opening `---`; js-yaml counts lines from 0.
    throw new FrontmatterError(`invalid YAML: ${reason}`, 2 + (mark?.line ?? 0));
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data)))
    throw new FrontmatterError('frontmatter is not a YAML mapping', 2);
  return { data: (data ?? {}) as Record<string, unknown>, body: raw.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
