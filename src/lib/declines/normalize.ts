/**
 * Folds a pasted decline message or code into the form the catalogue is keyed by, so that what
 * a reader copies from a checkout matches whatever its case, quotes, width, spacing or prefix:
 * NFKC (full-width to half-width), lower case, quotes dropped, a leading "Error:" or code
 * prefix removed, trailing punctuation removed, spaces around Chinese removed.
 * Input is capped at 1,000 characters first, so a pasted page costs nothing.
 * @example normalizeMessage('Error: “Your card was declined.”') // 'your card was declined'
 * @example normalizeMessage('您的卡 已被拒绝。') // '您的卡已被拒绝'
 */
export function normalizeMessage(input: string): string {
  let s = input.slice(0, 1000).normalize('NFKC').toLowerCase();
  s = s.replace(/<[^>]*>/g, ' '); // pasted markup is not part of the message
  s = s.replace(/[‘’‚‛′`´"“”„‟″«»「」『』]/g, '').replace(/'/g, '');
  s = s.replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
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
 * Error codes in a pasted text (snake_case words), most specific last.
 * @example codesIn('card_declined (insufficient_funds)') // ['card_declined', 'insufficient_funds']
 */
export function codesIn(input: string): string[] {
  return [...input.slice(0, 1000).toLowerCase().matchAll(/\b[a-z]+(?:_[a-z]+)+\b/g)].map((m) => m[0]);
}
