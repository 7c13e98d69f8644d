/**
 * The text with fenced code blocks and `code spans` blanked out (same length, same lines), so
 * markup and link checks do not fire on examples an author quotes as code.
 * @example withoutCode('a `<script>` b') // 'a           b'
 */
export function withoutCode(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

/** A link target written in Markdown (`](x)`), in an href attribute, or as an autolink, with its offset. */
export interface LinkRef {
  target: string;
  offset: number;
}

/** Every link target in a text (Markdown links, href="…" / href='…' / href={"…"}, <autolinks>). */
export function linkTargets(text: string): LinkRef[] {
  const out: LinkRef[] = [];
  const patterns = [
    /\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g,
    /\bhref\s*=\s*\{?\s*["'`]([^"'`]*)["'`]/gi,
    /<((?:[a-z][a-z0-9+.-]*:|\/\/)[^>\s]+)>/gi,
  ];
  for (const re of patterns) for (const m of text.matchAll(re)) out.push({ target: m[1]!, offset: m.index! });
  return out.sort((a, b) => a.offset - b.offset);
}

/** Tags that can run code, load another origin or send the reader elsewhere: never allowed in content. */
const FORBIDDEN_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'style',
  'form',
  'svg',
  'math',
];

/** Markup problems in a text: forbidden tags and on…= event handlers, with offsets. */
export function dangerousMarkup(text: string): { offset: number; message: string }[] {
  const out: { offset: number; message: string }[] = [];
  const tags = new RegExp(`<\\s*/?\\s*(${FORBIDDEN_TAGS.join('|')})\\b`, 'gi');
  for (const m of text.matchAll(tags)) out.push({ offset: m.index!, message: `<${m[1]!.toLowerCase()}> is not allowed in content` });
  for (const m of text.matchAll(/<[A-Za-z][^<>]*?\s(on[a-z]+)\s*=/gi))
    out.push({ offset: m.index!, message: `event handler attribute ${m[1]!.toLowerCase()}= is not allowed in content` });
  return out;
}

/** Raw HTML tags in a Markdown string from frontmatter or YAML, where only Markdown is allowed. */
export function rawHtml(text: string): { offset: number; tag: string }[] {
  return [...text.matchAll(/<\/?([A-Za-z][\w-]*)[^<>]*>|<!--/g)].map((m) => ({ offset: m.index!, tag: m[0]!.slice(0, 40) }));
}

/**
 * The text with YAML comment lines blanked out in its first `yamlLength` characters (the whole
 * file for YAML, the frontmatter for MDX).
 * @example withoutYamlComments('# see <id>\na: 1', 99) // '          \na: 1'
 */
export function withoutYamlComments(text: string, yamlLength: number): string {
  const head = text.slice(0, yamlLength).replace(/^[ \t]*#[^\n]*/gm, (c) => ' '.repeat(c.length));
  return head + text.slice(yamlLength);
}
