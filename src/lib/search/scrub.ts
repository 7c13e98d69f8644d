/**
 * Personal data a reader may paste along with an error message. It is removed from a query
 * before the query reaches the address bar, the history, result links or the report link.
 * Pure and small: it runs in the search client (the header search box ships only quickScrub).
 */
export type Removed = 'card' | 'cvc' | 'email' | 'phone';

/** Digits with single spaces or dashes between them: a card number is 13 to 19 of them. */
const CARD = /(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)/g;
/** A security or one-time code next to its label: "CVC 123", "安全码：123", "验证码 123456". */
const CODE =
  /(?:\b(?:cvc2?|cvv2?|csc|cid|security code|otp|one-time (?:pass)?code|verification code|passcode)|安全码|校验码|验证码|动态码|短信码)[\s:：=#]*(?:is\s+|是|为)?[\s:：=#]*\d{3,8}(?!\d)/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A phone number: an international one with +, a mainland mobile (1[3-9]x xxxx xxxx), a landline 0xx-xxxxxxx. */
const PHONE =
  /(?:\+\d{1,3}[\s-]?(?:\(\d{1,4}\)[\s-]?)?\d(?:[\s-]?\d){5,13}|(?<!\d)(?:86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}|(?<!\d)0\d{2,3}-\d{7,8})(?!\d)/g;

/** Each kind with its pattern, in the order they are removed (a phone number before the digits of a card number). */
const SENSITIVE: [Removed, RegExp][] = [
  ['email', EMAIL],
  ['cvc', CODE],
  ['phone', PHONE],
  ['card', CARD],
];

export interface Scrubbed {
  /** The text without the personal data, spaces tidied. */
  text: string;
  /** What was removed, each kind once, in a fixed order. */
  removed: Removed[];
}

/**
 * Removes card numbers, security and one-time codes next to their label, e-mail addresses and
 * phone numbers from a query; the rest of the text is kept as it was.
 * @example scrubQuery('您的卡已被拒绝 卡号6222 0212 3456 7890 123') // { text: '您的卡已被拒绝 卡号', removed: ['card'] }
 * @example scrubQuery('Your card was declined.') // { text: 'Your card was declined.', removed: [] }
 */
export function scrubQuery(input: string): Scrubbed {
  // Full-width digits and spaces are matched as their ASCII forms.
  let text = input.normalize('NFKC');
  const removed = new Set<Removed>();
  for (const [kind, pattern] of SENSITIVE) {
    text = text.replace(pattern, () => {
      removed.add(kind);
      return ' ';
    });
  }
  if (removed.size === 0) return { text: input, removed: [] };
  text = text
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([,.;:，。；：)）])/g, '$1')
    .trim();
  return { text, removed: SENSITIVE.map(([kind]) => kind).filter((k) => removed.has(k)) };
}
