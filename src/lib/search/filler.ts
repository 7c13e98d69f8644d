/**
 * Words that carry nothing for search: function words, and the greetings, politeness and
 * hedging readers wrap a question in ("大佬们", "请问", "怎么办", "please help"). Product and plan
 * names (ChatGPT, Plus, API, Claude, OpenAI) are never filler.
 */
export const STOP = new Set([
  'a', 'an', 'the', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'i', 'im', "i'm", 'my', 'me', 'it', 'its', "it's",
  'to', 'of', 'for', 'in', 'on', 'at', 'and', 'or', 'but', 'with', 'can', 'could', 'should', 'would', 'will', 'how', 'what', 'why',
  'when', 'which', 'this', 'that', 'there', 'from', 'vs', 'if', 'so', 'am', 'you', 'your', 'we', 'get', 'got', 'has', 'have', 'had',
  'just', 'still', 'even', 'really', 'any', 'some', 'use', 'using', 'says', 'said', 'say', 'tells', 'told', 'isnt', "isn't",
  'too', 'very', 'also', 'than', 'then', 'into', 'about', 'they', 'them', 'their', 'our', 'all', 'was', 'being',
  'please', 'pls', 'plz', 'help', 'hi', 'hello', 'hey', 'thanks', 'thank', 'anyone', 'someone', 'guys', 'know', 'anybody',
  '的', '了', '吗', '呢', '吧', '啊', '呀', '嘛', '哦', '啦', '是', '我', '你', '他', '在', '有', '和', '与', '还', '就', '都', '也', '把',
  '会', '要', '能', '但', '却', '又', '么', '们',
  ...'怎么 怎么办 怎么样 为什么 什么 怎样 如何 可以 能不能 会不会 一直 还能 为啥 咋办 多少 多久 哪些 是不是 我的 你的 我们 这个 那个 这样 那样'.split(' '),
  ...'所以 还是 一下 现在 本身 难道 就是 只是 总是 好像 然后 应该 的话 不了 才行 而且 或者 因为 如果 虽然 其实 还有'.split(' '),
]);

/** Chinese filler phrases, removed from a Chinese run before it is segmented (longest first). */
const HAN_FILLER = (
  '大佬们 大佬 各位 请问 请教一下 请教 想问问 想问一下 问一下 求助 求问 有没有人 有人知道 谁知道 怎么办 怎么回事 咋回事 咋办 为什么 为啥 ' +
  '明明 但是 可是 已经 到底 谢谢 感谢 在线等 急急急 是不是 能不能 会不会 可不可以 有没有办法 有办法 是要 的嘛 的吗 了吗 呢 嘛 吗'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);
const HAN_FILLER_RE = new RegExp(HAN_FILLER.join('|'), 'gu');

/**
 * A Chinese run with its filler phrases replaced by spaces.
 * @example stripHanFiller('大佬们API明明有余额为什么还报额度不足') // ' API 有余额 还报额度不足'
 */
export const stripHanFiller = (run: string) => run.replace(HAN_FILLER_RE, ' ');

/** English question phrases whose second word means nothing alone ("how long", "how much"). */
const LATIN_FILLER_RE = /\bhow (?:long|much|many|often|soon)\b/gi;

/**
 * A query without its question phrases: "how long" and "how much" ask, they are not the subject.
 * @example stripQuestion('how long are API credits valid') // ' are API credits valid'
 */
export const stripQuestion = (text: string) => text.replace(LATIN_FILLER_RE, ' ');

/**
 * A text without its filler: Chinese filler phrases and Latin function words removed.
 * @example stripFiller('请问余额不足怎么办') // '余额不足'
 * @example stripFiller('please help insufficient funds') // 'insufficient funds'
 */
export function stripFiller(text: string): string {
  return stripHanFiller(text)
    .split(/\s+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .join(' ');
}
