/**
 * Content lints for what the zh-CN typography check cannot see (content/README.md, "Chinese terms"):
 * - one term per concept: the discouraged variants listed under `avoid` in content/glossary.yaml;
 * - no hand-typed "as of <Month> <year>" / "截至 20xx 年 x 月": dates come from the fact register;
 * - a quoted English sentence is not followed by a second full stop (“…again.”。);
 * - another guide is linked under its own title (or the heading of the section linked to).
 * Each hit names the 1-based line of the file it was found in.
 */
import { shortTitle } from '../../../src/lib/shortTitle';
import { withoutCode } from '../../../src/lib/guard/text';
import { lineAt } from '../../../src/lib/guard/problem';

export interface LintHit {
  line: number;
  message: string;
}

/** A concept's preferred Chinese term and the variants our prose must not use for it. */
export interface TermRule {
  id: string;
  prefer: string;
  avoid: string[];
}

/** The glossary's rules, and every Chinese term it defines (a term is never flagged as a variant). */
export function termRules(glossary: Record<string, any>): { rules: TermRule[]; terms: string[] } {
  const entries = Object.entries(glossary) as [string, { 'zh-cn': { term: string; avoid?: string[] } }][];
  // An avoid entry is "variant", or "variant → what to write instead" when the term alone does not say it.
  const rules = entries.flatMap(([id, e]) =>
    (e['zh-cn'].avoid ?? []).map((entry) => {
      const [variant, instead] = entry.split(/\s*→\s*/);
      return { id, prefer: instead || e['zh-cn'].term, avoid: [variant!] };
    }),
  );
  return { rules, terms: entries.map(([, e]) => e['zh-cn'].term) };
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * The text with what is exempt blanked out, same length and same lines: code, link targets and URLs,
 * heading ids, MDX comments, <Myth>…</Myth>, “quotations” and 《titles》 (quoted words are the source's, not ours).
 * @example maskExempt('用“消费上限”这个词').includes('消费上限') // false
 */
function maskExempt(text: string): string {
  return withoutCode(text)
    .replace(/<Myth\b[\s\S]*?<\/Myth>/g, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/\]\([^)\s]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/\{#[a-z0-9-]+\}/g, blank)
    .replace(/“[^”]*”/g, blank)
    .replace(/《[^》]*》/g, blank);
}

/** Keeps only the given lines (1-based, inclusive ranges); the others are blanked so line numbers stay true. */
function keepLines(text: string, keep: (lineNo: number, line: string) => boolean): string {
  return text
    .split('\n')
    .map((line, i) => (keep(i + 1, line) ? line : blank(line)))
    .join('\n');
}


/**
 * Discouraged variants in Chinese prose, with the term to use instead.
 * @example findDiscouragedTerms('达到消费上限', [{ id: 'spend-limit', prefer: '支出上限', avoid: ['消费上限'] }], [])
 * // [{ line: 1, message: '“消费上限” → use “支出上限” (glossary: spend-limit)' }]
 */
export function findDiscouragedTerms(text: string, rules: TermRule[], terms: string[]): LintHit[] {
  const prose = maskExempt(text);
  const hits: LintHit[] = [];
  for (const rule of rules) {
    for (const variant of rule.avoid) {
      // A longer glossary term that contains the variant (每月用量上限 contains 用量上限) is a term, not the variant.
      const covering = terms.filter((t) => t !== variant && t.includes(variant));
      for (let i = prose.indexOf(variant); i !== -1; i = prose.indexOf(variant, i + 1)) {
        const inTerm = covering.some((t) => {
          const off = t.indexOf(variant);
          return prose.startsWith(t, i - off);
        });
        if (!inTerm) hits.push({ line: lineAt(prose, i), message: `“${variant}” → use “${rule.prefer}” (glossary: ${rule.id})` });
      }
    }
  }
  return hits.sort((a, b) => a.line - b.line);
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const HAND_TYPED_AS_OF = new RegExp(`\\bas of (?:${MONTHS}) \\d{4}\\b|截至\\s*\\d{4}\\s*年\\s*\\d{1,2}\\s*月`, 'gi');

/**
 * "As of November 2026" typed by hand: the date must come from a fact (<AsOf fact="…" /> or {{as-of:…}}).
 * @example findHandTypedAsOf('截至 2026 年 11 月，最低 5 美元') // [{ line: 1, message: … }]
 */
export function findHandTypedAsOf(text: string): LintHit[] {
  return [...text.matchAll(HAND_TYPED_AS_OF)].map((m) => ({
    line: lineAt(text, m.index),
    message: `hand-typed "${m[0]}": cite the fact instead (<AsOf fact="…" /> in MDX, {{as-of:…}} in YAML and frontmatter)`,
  }));
}

/**
 * A quoted sentence that already ends with its own full stop, followed by a second one: “…again.”。
 * (A quoted question, such as an article title, may still be followed by 。.)
 * @example findDoubleStop('提示是“Please try again.”。') // [{ line: 1, message: … }]
 */
export function findDoubleStop(text: string): LintHit[] {
  return [...text.matchAll(/\.”。/g)].map((m) => ({
    line: lineAt(text, m.index),
    message: `second full stop after a quoted sentence (${m[0]}): end with the quote, or go on with a new sentence`,
  }));
}

/** What a link to a guide may say: the guide's title (or its short title), and its section headings. */
export interface GuideNames {
  title: string;
  headings: Map<string, string>;
}

// Emphasis and code marks, not the underscores of a code name (insufficient_quota).
const plain = (s: string) => s.replace(/\*\*|`|(?<![A-Za-z0-9])[*_]|[*_](?![A-Za-z0-9])/g, '').trim();

/**
 * Links to another guide in `locale` whose text is neither the guide's title (its full title, or the
 * part before the first colon, as lists show it) nor, for a link to a section, that section's heading.
 * Decline entries (/<locale>/declines/…) are not guides and are not checked here.
 * @example findLinkTitleMismatches('见[合规说明](/zh-cn/compliance-notes/)', 'zh-cn', names) // one hit: expected “合规须知”
 */
export function findLinkTitleMismatches(text: string, locale: string, guides: Map<string, GuideNames>): LintHit[] {
  const hits: LintHit[] = [];
  const link = new RegExp(`\\[([^\\]\\n]+)\\]\\(/${locale}/([a-z0-9-]+)/(?:#([a-z0-9-]+))?\\)`, 'g');
  for (const m of text.matchAll(link)) {
    const [, rawText, slug, anchor] = m as unknown as [string, string, string, string | undefined];
    if (slug === 'declines') continue;
    const guide = guides.get(slug);
    if (!guide) continue; // a missing guide is the link checker's business
    const said = plain(rawText);
    const short = shortTitle(guide.title);
    const heading = anchor ? guide.headings.get(anchor) : undefined;
    // A question's short title keeps its "?", which a link inside a sentence may drop.
    const ok =
      said === guide.title ||
      said.startsWith(short) ||
      said === short.replace(/[？?]$/, '') ||
      (heading !== undefined && said.startsWith(plain(heading)));
    if (!ok) {
      const expected = heading ? `“${short}” or the section heading “${plain(heading)}”` : `“${short}”`;
      hits.push({ line: lineAt(text, m.index), message: `[${said}](/${locale}/${slug}/${anchor ? `#${anchor}` : ''}) links a guide under another name: use ${expected}` });
    }
  }
  return hits;
}

/** Top-level YAML key on a line, e.g. "sources" for "sources:". */
const topKey = (line: string) => /^([a-z][\w-]*):/.exec(line)?.[1];

/**
 * The prose of an article file: everything but the frontmatter's `sources` (titles quoted as published).
 * @example articleProse('---\ntitle: a\nsources:\n  - title: b\n---\nbody').split('\n')[3].trim() // ''
 */
export function articleProse(raw: string): string {
  let inFrontmatter = false;
  let fences = 0;
  let inSources = false;
  return keepLines(raw, (_n, line) => {
    if (line.trim() === '---' && fences < 2) {
      fences++;
      inFrontmatter = fences === 1;
      inSources = false;
      return true;
    }
    if (inFrontmatter && topKey(line)) inSources = topKey(line) === 'sources';
    return !(inFrontmatter && inSources);
  });
}

/**
 * The Chinese we write in a decline entry: its top-level `zh-cn:` block (title, description, meaning,
 * steps, caution, faq). Message variants and reader keywords are quoted or typed by readers, so they stay out.
 */
export function declineChinese(raw: string): string {
  let inZh = false;
  return keepLines(raw, (_n, line) => {
    const key = topKey(line);
    if (key) inZh = key === 'zh-cn';
    return inZh;
  });
}

/** The Chinese we write in glossary.yaml: each term's zh-cn `term` and `definition` (aliases are what readers type). */
export function glossaryChinese(raw: string): string {
  let inZh = false;
  return keepLines(raw, (_n, line) => {
    const side = /^ {2}([a-z-]+):\s*$/.exec(line)?.[1];
    if (side) inZh = side === 'zh-cn';
    if (topKey(line)) inZh = false;
    return inZh && /^ {4}(term|definition):/.test(line);
  });
}
