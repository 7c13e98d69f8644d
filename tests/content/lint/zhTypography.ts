/**
 * zh-CN typography checks for authored text (see content/README.md): a space between Chinese
 * and Latin letters or digits, full-width punctuation in Chinese sentences, no space around
 * full-width punctuation. Markup (code, URLs, tags, heading ids) is removed first.
 */
export interface TypographyIssue {
  line: number;
  rule: 'cjk-latin-space' | 'halfwidth-punctuation' | 'space-around-fullwidth';
  excerpt: string;
}

const HAN = '\\p{Script=Han}';
const rules: { rule: TypographyIssue['rule']; pattern: RegExp }[] = [
  { rule: 'cjk-latin-space', pattern: new RegExp(`${HAN}[A-Za-z0-9]|[A-Za-z0-9]${HAN}`, 'u') },
  // A half-width , . ; : ! ? ( ) touching a Chinese character.
  { rule: 'halfwidth-punctuation', pattern: new RegExp(`${HAN}[,;:!?()]|[,;:!?()]${HAN}|${HAN}\\.(?:\\s|$|${HAN})`, 'u') },
  { rule: 'space-around-fullwidth', pattern: /[^\S\n][，。：；！？、）」』”]|[，。：；！？、（「『“][^\S\n]/u },
];

/** Removes what is not prose (code, URLs and <AsOf /> become an invisible placeholder), link targets, tags, ids, emphasis. */
export function proseOnly(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, (m) => m.replace(/[^\n]/g, ''))
    .replace(/`[^`\n]*`/g, '\u2060')
    .replace(/\]\([^)\s]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, '\u2060')
    .replace(/\{#[a-z0-9-]+\}/g, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    // A dated fact (<AsOf …/>, {{as-of:…}}) prints "截至 2026 年 12 月": prose, so it stands in for text, not for a space.
    .replace(/<AsOf\b[^>]*\/>|\{\{[Aa]s-of:[^}\s]*\}\}/g, '\u2060')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\*\*|__|[*_~[\]]/g, '');
}

/**
 * @example lintZh('这是OpenAI的API') // two cjk-latin-space issues on line 1
 */
export function lintZh(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  proseOnly(text)
    .split('\n')
    .forEach((content, i) => {
      for (const { rule, pattern } of rules) {
        const m = pattern.exec(content);
        if (m) issues.push({ line: i + 1, rule, excerpt: content.slice(Math.max(0, m.index - 12), m.index + 14).trim() });
      }
    });
  return issues;
}
