/**
 * Words that carry nothing for search: function words, and the greetings, politeness and
 * hedging readers wrap a question in ("大佬们", "请问", "怎么办", "please help"). Product and plan
 * names (ChatGPT, Plus, API, Claude, OpenAI) are never filler.
 */
export const STOP = new Set([
  'a',
  'an',
  'the',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'do',
  'does',
  'did',
  'i',
  'im',
  "i'm",
  'my',
  'me',
  'it',
  'its',
  "it's",
  'to',
  'of',
  'for',
  'in',
  'on',
  'at',
  'and',
  'or',
  'but',
  'with',
  'can',
  'could',
  'should',
  'would',
  'will',
  'how',
  'what',
  'why',
  'when',
  'which',
  'this',
  'that',
  'there',
  'from',
  'vs',
  'if',
  'so',
  'am',
  'you',
  'your',
  'we',
  'get',
  'got',
  'has',
  'have',
  'had',
  'just',
  'still',
  'even',
  'really',
  'any',
  'some',
  'use',
  'using',
  'says',
  'said',
  'say',
  'tells',
  'told',
  'isnt',
  "isn't",
  'too',
  'very',
  'also',
  'than',
  'then',
  'into',
  'about',
  'they',
  'them',
  'their',
  'our',
  'all',
  'was',
  'being',
  'please',
  'pls',
  'plz',
  'help',
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank',
  'anyone',
  'someone',
  'guys',
  'know',
  'anybody',
  '的',
  '了',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '嘛',
  '哦',
  '啦',
  '是',
  '我',
  '你',
  '他',
  '在',
  '有',
  '和',
  '与',
  '还',
  '就',
  '都',
  '也',
  '把',
  '会',
  '要',
  '能',
  '但',
  '却',
  '又',
  '么',
  '们',
  ...'怎么 怎么办 怎么样 为什么 什么 怎样 如何 可以 能不能 会不会 一直 还能 为啥 咋办 多少 多久 哪些 是不是 我的 你的 我们 这个 那个 这样 那样'.split(
    ' ',
  ),
  ...'所以 还是 一下 现在 本身 难道 就是 只是 总是 好像 然后 应该 的话 不了 才行 而且 或者 因为 如果 虽然 其实 还有'.split(' '),
  // Conversational English: what a reader says around the subject of a question.
  ...'need needs needed mean means meant able keep keeps kept everything anything something nothing correctly literally'.split(' '),
  ...'suddenly already cause because since though although while way thing things put take took went going goes want wanted'.split(' '),
  ...'seems seem seemed let make makes made think thought sure maybe perhaps actually basically now today yesterday ago'.split(' '),
  ...'here where who whom whose doing done having he she him her his us yours by as up out off once nor might'.split(' '),
  ..."i've i'd i'll we're they're what's there's that's".split(' '),
  ...'one these those such other others every each own both same etc example instance guess wonder wondering after before'.split(' '),
  // Conversational Chinese, dropped only as a whole word (after segmentation), so 使用等级 or 提示音 stay intact.
  ...'问题 出现 显示 提示 遇到 解决 办法 解决办法 情况 可能 可能是 原因 不知道 不知 知道 没有 大家 别人 似乎 开始 突然'.split(' '),
  ...'今天 昨天 最近 近期 之前 以后 之后 发现 注意到 记得 感觉 觉得 意思 两个 几个 这种 那种 这些 那些 你们 他们 自己'.split(' '),
  ...'经验 分享 解答 正常 依然 仍然 同样 的是 也是 都是 我是 我有 我去 我看 我还 我只 你想 关键 基本 究竟 究竟是 也会有'.split(' '),
  ...'使用 一次 上面 下面 时候 重新 这里 那里 哪里 东西 一样 是否 不是 还要 还在 结果 目前 这边 有点 一些 有些 真的 直接'.split(' '),
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
