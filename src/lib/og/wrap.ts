/** Characters a line may not start with (Chinese line-breaking rules, simplified). */
const NO_LINE_START = /^[，。、：；！？）》」』”’%,.;:!?)]/u;

/**
 * Breaks a title into lines that fit `maxWidth`: between words in Latin text, between any two
 * characters in Chinese, never putting closing punctuation at the start of a line.
 * Lines past `maxLines` are dropped and the last kept line ends with an ellipsis.
 * @example wrapLines('aaa bbb', 3, (s) => s.length) // ['aaa', 'bbb']
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 4): string[] {
  // Units: a Latin word with its trailing space, or a single Han character.
  const units = text.match(/\p{Script=Han}|[^\s\p{Script=Han}]+\s*|\s+/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const candidate = line + unit;
    if (measure(candidate.trimEnd()) <= maxWidth || !line.trim() || NO_LINE_START.test(unit)) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = unit.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(/\s+$/, '')}…`;
  return kept;
}
