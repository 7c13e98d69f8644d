/** Characters a line may not start with (Chinese line-breaking rules, simplified). */
const NO_LINE_START = /^[，。、：；！？）》」』”’%,.;:!?)]/u;
/** Characters a line may not end with: opening brackets and quotes go to the next line. */
const NO_LINE_END = /[（《「『“‘(]+$/u;
/** Han characters and CJK punctuation (U+3000–303F, full-width forms): a line may break around each. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef`;

/**
 * The pieces a title is broken between: a Latin word with its trailing space, or a single Han
 * character or CJK punctuation mark.
 * @example wrapUnits('API 额度') // ['API ', '额', '度']
 */
export function wrapUnits(text: string): string[] {
  return text.match(new RegExp(`[${CJK}]|[^\\s${CJK}]+\\s*|\\s+`, 'gu')) ?? [];
}

/**
 * Breaks a title into lines that fit `maxWidth`: between words in Latin text, between any two
 * characters in Chinese (CJK punctuation included, so a code after "（" or "、" can start a line),
 * never putting closing punctuation at the start of a line nor opening punctuation at its end.
 * Lines past `maxLines` are dropped and the last kept line ends with an ellipsis.
 * @example wrapLines('aaa bbb', 3, (s) => s.length) // ['aaa', 'bbb']
 */
export function wrapLines(text: string, maxWidth: number, measure: (s: string) => number, maxLines = 4): string[] {
  // A word wider than the line (a long code) is broken after its _ - / or, failing that, anywhere.
  const units = wrapUnits(text).flatMap((unit) => {
    if (measure(unit.trimEnd()) <= maxWidth) return [unit];
    return (unit.match(/[^_\-/]+[_\-/]*\s*|[_\-/]+\s*/g) ?? [unit]).flatMap((part) =>
      measure(part.trimEnd()) <= maxWidth ? [part] : [...part],
    );
  });
  const lines: string[] = [];
  const join = (us: string[]) => us.join('').trimEnd();
  let line: string[] = [];
  for (const unit of units) {
    if (measure(join([...line, unit])) <= maxWidth || !join(line)) {
      line.push(unit);
      continue;
    }
    // The next line starts with `unit`, and takes along what may not be left behind: an opening
    // bracket ending this line, or the unit before a closing mark that would start the next.
    const next = [unit];
    while (line.length > 1 && (NO_LINE_START.test(next[0]!) || NO_LINE_END.test(join(line)))) next.unshift(line.pop()!);
    if (NO_LINE_START.test(next[0]!)) {
      // A one-unit line: the closing mark stays on it, a little too wide.
      line.push(...next);
      continue;
    }
    lines.push(join(line));
    line = next;
    line[0] = line[0]!.trimStart();
  }
  if (join(line)) lines.push(join(line));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.replace(/\s+$/, '')}…`;
  return kept;
}
