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

/**
 * A YAML document as YAML's core schema reads it (dates stay text): its top-level mapping ({} for
 * anything else, with `mapping` false), or the reason it could not be read with its 1-based line. One reader for
 * frontmatter, decline entries, facts and the glossary.
 * @example readYaml('a: 1').data // { a: 1 }
 */
export function readYaml(text: string): { data: Record<string, unknown>; mapping: boolean; error?: { line: number; message: string } } {
  try {
    // js-yaml 5 refuses an empty document; an empty one is an empty mapping.
    const data: unknown = text.trim() ? load(text, { schema: CORE_SCHEMA }) : {};
    const mapping = data === null || data === undefined || (typeof data === 'object' && !Array.isArray(data));
    return { data: mapping && data ? (data as Record<string, unknown>) : {}, mapping };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    return { data: {}, mapping: false, error: { line: (mark?.line ?? 0) + 1, message: `invalid YAML: ${reason}` } };
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
  const { data, mapping, error } = readYaml(yaml);
  // The YAML starts on line 2, after the opening `---`.
  if (error) throw new FrontmatterError(error.message, error.line + 1);
  if (!mapping) throw new FrontmatterError('frontmatter is not a YAML mapping', 2);
  return { data, body: raw.slice(m[0].length), bodyLine: m[0].split('\n').length };
}
