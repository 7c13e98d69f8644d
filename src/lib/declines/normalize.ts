import { INVISIBLE, withoutMarkup } from '../search/normalize';

/**
 * Folds a pasted decline message or code into the form the catalogue is keyed by, so that what
 * a reader copies from a checkout matches whatever its case, quotes, width, spacing or prefix:
 * NFKC (full-width to half-width), invisible characters removed, a missing space after a full
 * stop restored, lower case, quotes dropped, a leading "Error:" or code prefix removed, trailing
 * punctuation removed, spaces around Chinese removed.
 * Input is capped at 1,000 characters first, so a pasted page costs nothing.
 * @example normalizeMessage('Error: “Your card was declined.”') // 'your card was declined'
 * @example normalizeMessage('您的卡 已被拒绝。') // '您的卡已被拒绝'
 * @example normalizeMessage('Your card was declined.Try again.') // 'your card was declined. try again'
 */
export function normalizeMessage(input: string): string {
  let s = input.slice(0, 1000).normalize('NFKC').replace(INVISIBLE, '');
  s = s.replace(/([a-z])([.!?])(?=[A-Z])/g, '$1$2 '); // "declined.Try" as pasted from some checkouts
  s = s.toLowerCase();
  s = withoutMarkup(s); // pasted markup is not part of the message
  s = s.replace(/[‘’‚‛′`´"“”„‟″«»「」『』]/g, '').replace(/'/g, '');
  s = s.replace(/\s+/g, ' ').trim();
  // Leading labels people copy along with the message: "Error:", "错误：", "card_declined:", "(402)".
  for (let i = 0; i < 3; i++) {
    s = s
      .replace(/^(error|错误|提示|message|payment failed|支付失败|付款失败|declined|decline code|code|错误代码)\s*[:：\-—]\s*/u, '')
      .replace(/^[a-z]+(?:_[a-z]+)+\s*[:：\-—]\s*(?=\S)/u, '')
      .replace(/^\(?\d{3}\)?\s*[:：\-—]?\s+/u, '')
      .trim();
  }
  s = s.replace(/[\s.。!！?？,，;；:：…~～\-—)）]+$/u, '').replace(/^[\s(（]+/u, '');
  // Spaces next to a Chinese character carry no meaning in Chinese text.
  s = s.replace(/\s*(\p{Script=Han})\s*/gu, '$1');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The sentences, lines and quoted strings of a paste, each normalised: a message is often one
 * of several sentences, or a string value inside a JSON error body.
 * @example messageParts('您的卡已被拒绝。请重试。') // ['您的卡已被拒绝', '请重试']
 * @example messageParts('{"message":"Your card was declined."}') // ['message', 'your card was declined']
 */
export function messageParts(input: string): string[] {
  const text = input.slice(0, 1000).normalize('NFKC').replace(INVISIBLE, '');
  const parts = text.split(/[\n\r"{}[\]]+|(?<=[。！？!?；;])|(?<=[a-z]\.)\s*(?=[A-Z])|(?<=\.)\s+/u);
  return [...new Set(parts.map(normalizeMessage).filter(Boolean))];
}

/**
 * Error codes in a pasted text (snake_case words, and any word given as a code in JSON or
 * key=value form), most specific last.
 * @example codesIn('card_declined (insufficient_funds)') // ['card_declined', 'insufficient_funds']
 * @example codesIn('"decline_code": "fraudulent"') // ['decline_code', 'fraudulent']
 */
export function codesIn(input: string): string[] {
  const text = input.slice(0, 1000).normalize('NFKC').toLowerCase();
  const found: { code: string; at: number }[] = [];
  for (const m of text.matchAll(/\b[a-z]+(?:_[a-z]+)+\b/g)) found.push({ code: m[0], at: m.index });
  for (const m of text.matchAll(/\b(?:code|type|error)"?\s*[:=]\s*"?([a-z]+)\b/g))
    found.push({ code: m[1]!, at: m.index + m[0].length - m[1]!.length });
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.code))];
}
