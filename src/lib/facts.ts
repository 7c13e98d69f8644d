import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from './registry';
import { CORE_SCHEMA, load } from 'js-yaml';
import { formatMonth, useTranslations, type Locale } from '../i18n';
import { factSchema, type Fact } from '../schemas/fact';

/** content/facts/ of the content tree being built (KB_CONTENT_DIR points the build at fixtures). */
export const factsDir = () => path.resolve(contentDir(), 'facts');

const cache = new Map<string, Map<string, Fact>>();

/**
 * Every fact of the register, validated; throws naming the file and the field that is wrong.
 * YAML is read with the core schema so a date stays the text the author wrote (no 2026-13-45 roll-over).
 */
export function loadFacts(dir = factsDir()): Map<string, Fact> {
  const cached = cache.get(dir);
  if (cached) return cached;
  const facts = new Map<string, Fact>();
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
    : [];
  for (const name of files) {
    const file = path.join(dir, name);
    const where = path.relative(process.cwd(), file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/.test(name)) throw new Error(`${where}: fact file names are lower-case words joined by hyphens`);
    let raw: unknown;
    try {
      raw = load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA, filename: where });
    } catch (error) {
      throw new Error(`${where}: invalid YAML: ${(error as Error).message}`, { cause: error });
    }
    const parsed = factSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
      throw new Error(`${where}: ${issues.join('; ')}`);
    }
    facts.set(name.slice(0, -5), parsed.data);
  }
  cache.set(dir, facts);
  return facts;
}

/**
 * What is wrong with citing this fact with an "as of" date, or undefined: it must exist, and an
 * unconfirmed claim is never dated as though it were established. One rule for the components
 * (citeFact) and the content guard.
 * @example citationProblem('nope', new Map()) // 'unknown fact "nope" (no content/facts/nope.yaml)'
 */
export function citationProblem(id: string, facts: ReadonlyMap<string, Fact>): string | undefined {
  const fact = facts.get(id);
  if (!fact) return `unknown fact "${id}" (no content/facts/${id}.yaml)`;
  if (fact.label === 'unconfirmed') return `fact "${id}" is unconfirmed: say so in the text instead of dating it with "as of"`;
  return undefined;
}

/** The fact cited as established, by id; throws, naming `where`, when it cannot be cited (citationProblem). */
export function citeFact(id: string, where: string, facts = loadFacts()): Fact {
  const problem = citationProblem(id, facts);
  if (problem) throw new Error(`${where}: ${problem}`);
  return facts.get(id)!;
}

/**
 * "as of December 2026" in the page's language, from the day the fact was checked.
 * @example asOfText(fact, 'zh-cn') // '截至 2026 年 12 月'
 */
export function asOfText(fact: Fact, locale: Locale, start = false): string {
  return useTranslations(locale)(start ? 'fact.asOfStart' : 'fact.asOf', { month: formatMonth(fact.checked, locale) });
}

const TOKEN = /\{\{(as-of|As-of):([^}\s]*)\}\}/g;

/**
 * Replaces `{{as-of:id}}` (and `{{As-of:id}}` at a sentence start) in frontmatter or YAML Markdown
 * with the fact's "as of" date linked to its source.
 * @example expandFactTokens('{{As-of:openai-api-hold-amount}}, the hold is $5.', 'en', 'x') // '[As of December 2026](https://…), the hold is $5.'
 */
export function expandFactTokens(markdown: string, locale: Locale, where: string, facts = loadFacts()): string {
  return markdown.replace(TOKEN, (_whole, kind: string, id: string) => {
    const fact = citeFact(id, where, facts);
    return `[${asOfText(fact, locale, kind === 'As-of')}](${fact.source.url})`;
  });
}

export { citedFacts } from './factCitations';
