/**
 * Claims that shared/reference/facts.md contradicts or could not confirm. A hit outside
 * <Myth>…</Myth> fails `npm test`: fix the sentence, do not weaken the pattern.
 */
export const bannedClaims: { id: string; why: string; pattern: RegExp; allowNegated?: boolean }[] = [
  {
    id: 'hold-14-21-days',
    why: 'OpenAI says the $5 hold is reversed within 7 days; "14–21 working days" has no source (Conflicting claims 1)',
    pattern: /14\s*[-–—~至到]\s*21\s*(个)?\s*(working|business|工作日|天)/i,
  },
  {
    id: 'one-dollar-reversal-fee',
    why: 'No source supports a $1 bank fee for releasing the hold (Conflicting claims 1)',
    pattern: /(\$\s*1|1\s*(美元|美金|刀))\s*(的)?\s*(bank\s*|reversal\s*|撤销|撤销交易|银行)*(fee|手续费|费用)/i,
  },
  {
    id: 'hold-called-fee',
    why: 'OpenAI calls the $5 a temporary authorization hold, not a fee (fact 1, Conflicting claims 2)',
    pattern: /(card[- ]binding|verification|binding)\s+fee|绑卡(费用|费|手续费)|预扣费|验证费/i,
    // "…which it is not" / "它不是绑卡费" correct the claim rather than make it.
    allowNegated: true,
  },
  {
    id: 'unconfirmed-openai-string',
    why: '"We\'re having trouble processing your payment" was not found in any source (Decline messages)',
    pattern: /having trouble processing your payment/i,
  },
  {
    id: 'credits-never-expire',
    why: 'OpenAI and Anthropic credits expire one year after purchase (facts 13, 15, 41)',
    pattern: /credits?\s+(never|do not|don't)\s+expire|(额度|余额|点数|credits?)\s*(永不|永久不|不会)过期/i,
  },
  {
    id: 'auto-recharge-minimum-10',
    why: 'OpenAI gives a $5 auto-recharge minimum; "$10 minimum" comes from an affiliate page (Conflicting claims 6)',
    pattern: /自动充值最低(需要)?\s*10\s*美元|minimum\s+(auto-?recharge|auto-?reload)\s+(is|of)\s+\$\s*10\b/i,
  },
];

/** Drops <Myth …>…</Myth> blocks and questions (a question may repeat a claim to answer it). */
export function claimsText(text: string): string {
  return text
    .replace(/<Myth\b[\s\S]*?<\/Myth>/g, '')
    .split(/\n/)
    .map((line) => line.replace(/^\s*-?\s*q:.*[?？]\s*$/, ''))
    .join('\n');
}

const negation = /\bnot\b|n't\b|不是|并非|而非|不属于|并不是/i;

/** The sentence around a match: from the previous sentence end to the next. */
function sentenceAt(text: string, index: number): string {
  const start = Math.max(...['.', '。', '\n', '!', '！'].map((c) => text.lastIndexOf(c, index - 1))) + 1;
  const ends = ['.', '。', '\n', '!', '！'].map((c) => text.indexOf(c, index)).filter((i) => i !== -1);
  return text.slice(start, ends.length ? Math.min(...ends) : undefined);
}

export function findBannedClaims(text: string): { id: string; why: string; match: string }[] {
  const prose = claimsText(text);
  return bannedClaims.flatMap(({ id, why, pattern, allowNegated }) => {
    const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    const hits = [...prose.matchAll(global)].filter((m) => !(allowNegated && negation.test(sentenceAt(prose, m.index))));
    return hits.length ? [{ id, why, match: hits[0]![0] }] : [];
  });
}
