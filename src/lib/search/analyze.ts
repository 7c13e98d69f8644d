import { hanTextLang } from '../../i18n/locales';
import { STOP, stripHanFiller, stripQuestion } from './filler';
import * as ranking from './ranking';

/**
 * Query analysis shared by the browser and the tests: splits what a reader typed into search
 * terms the index knows. Latin words are checked against the site's own vocabulary (so a typo
 * or a British spelling becomes the word the pages use); Chinese runs are segmented by longest
 * match against the site's domain terms (so 预授权 stays whole), the rest by Intl.Segmenter.
 */
export interface SearchVocabulary {
  /** Latin words in the content, with how often they occur. */
  words: Record<string, number>;
  /** Chinese domain terms (glossary terms and aliases, short decline phrasings). */
  han: string[];
  /** Latin words of the site's own terms (glossary terms and aliases, readers' keywords, codes). */
  terms?: string[];
  /** A reader's word → the site's word for the same thing (see glossarySynonyms in records.ts). */
  synonyms?: Record<string, string[]>;
}

const HAN_RUN = /\p{Script=Han}+/u;
const TOKEN = /\p{Script=Han}+|[a-z0-9]+(?:[_'’.-][a-z0-9]+)*/gu;

/** Optimal string alignment distance, capped: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      best = Math.min(best, v);
    }
    if (i > 0 && best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * The vocabulary word a Latin token most likely means, or the token itself when it is known,
 * too short to correct, or has no close match. A correction keeps the first letter (typos
 * rarely hit it), so a random string is not turned into some unrelated short word.
 * @example correctWord('authorisation', { authorization: 9 }) // 'authorization'
 * @example correctWord('asdkjhaskdjh', { ask: 9 }) // 'asdkjhaskdjh'
 * @example correctWord('token', { taken: 9, tokens: 2 }) // 'tokens'
 */
export function correctWord(token: string, words: Record<string, number>): string {
  if (Object.hasOwn(words, token) || token.length < 4 || /\d|_/.test(token)) return token;
  // A word the site uses with an ending ("token" → "tokens") beats one with a letter changed ("taken").
  const longer = Object.keys(words).filter((w) => w.startsWith(token) && w.length <= token.length + 3);
  if (longer.length) return longer.sort((a, b) => words[b]! - words[a]! || a.length - b.length)[0]!;
  const max = token.length <= 6 ? 1 : 2;
  let best: { word: string; d: number; f: number } | undefined;
  for (const [word, f] of Object.entries(words)) {
    if (word[0] !== token[0] || Math.abs(word.length - token.length) > max) continue;
    const d = editDistance(token, word, max);
    if (d <= max && (!best || d < best.d || (d === best.d && f > best.f))) best = { word, d, f };
  }
  return best?.word ?? token;
}

/** Whether Intl.Segmenter's dictionary treats the text as one word. */
function isWord(text: string): boolean {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return true;
  const parts = [...new Intl.Segmenter(hanTextLang, { granularity: 'word' }).segment(text)];
  return parts.length === 1;
}

/** Particles that go between the verb and the object of a two-character term (扣了钱, 充点钱). */
const SPLITTERS = new Set([...'了过点个次']);

/** Longest-match segmentation of a Chinese run against the domain terms; the rest by Intl.Segmenter. */
export function segmentHan(run: string, terms: ReadonlySet<string>, maxTerm = 8, keepStop = false): string[] {
  const out: string[] = [];
  let rest = '';
  const flush = () => {
    if (!rest) return;
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      const seg = new Intl.Segmenter(hanTextLang, { granularity: 'word' });
      for (const s of seg.segment(rest)) if (s.isWordLike) out.push(s.segment);
    } else out.push(rest);
    rest = '';
  };
  let i = 0;
  const chars = [...run];
  while (i < chars.length) {
    let matched = '';
    let width = 0;
    for (let len = Math.min(maxTerm, chars.length - i); len >= 2; len--) {
      const candidate = chars.slice(i, i + len).join('');
      if (terms.has(candidate)) {
        [matched, width] = [candidate, len];
        break;
      }
    }
    // A verb-object term split by a particle, as people write it: 扣了钱, 绑了卡, 充点钱, 退过款.
    const split = chars[i]! + (chars[i + 2] ?? '');
    if (!matched && SPLITTERS.has(chars[i + 1] ?? '') && terms.has(split)) [matched, width] = [split, 3];
    if (matched) {
      flush();
      out.push(matched);
      i += width;
    } else {
      rest += chars[i];
      i++;
    }
  }
  flush();
  return mergeSingles(out, keepStop);
}

/** A money verb left alone in a question (钱能退吗, 又被扣了) means its usual term. */
const MONEY_VERBS: Record<string, string> = { 退: '退款', 扣: '扣款', 充: '充值', 封: '封号' };

/**
 * A lone character is too common to search for: neighbouring single characters are joined
 * ("扣" "费" → "扣费") and a character left alone is dropped. A function word (的, 还, 了, 怎么)
 * is dropped and ends a run, so it never glues its neighbours together.
 * @example mergeSingles(['重复', '扣', '费', '后']) // ['重复', '扣费']
 * @example mergeSingles(['计', '费', '是', '怎么', '样']) // ['计费']
 * @example mergeSingles(['钱', '能', '退']) // ['退款']
 */
export function mergeSingles(segments: readonly string[], keepStop = false): string[] {
  // Joined runs are guesses, not dictionary words: analyzeQuery marks them weak.
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if ([...run].length >= 2) out.push(run);
    else if (Object.hasOwn(MONEY_VERBS, run)) out.push(MONEY_VERBS[run]!);
    run = '';
  };
  for (const seg of segments) {
    if (STOP.has(seg) && !keepStop) flush();
    else if ([...seg].length === 1) run += seg;
    else {
      flush();
      out.push(seg);
    }
  }
  flush();
  return out;
}

/**
 * A run-together pair of known words, split ("virtualcard" → "virtual card"); undefined if none.
 * @example splitCompound('virtualcard', { virtual: 3, card: 40 }) // ['virtual', 'card']
 */
export function splitCompound(token: string, words: Record<string, number>): string[] | undefined {
  for (let i = 3; i <= token.length - 3; i++) {
    const [a, b] = [token.slice(0, i), token.slice(i)];
    if (Object.hasOwn(words, a) && Object.hasOwn(words, b)) return [a, b];
  }
  return undefined;
}

/**
 * An English word without its inflection, to tell whether a reader's word is one of the site's
 * terms in another form ("declining" and "declined", "charges" and "charge").
 * @example stem('declining') === stem('declined') // true
 * @example stem('processes') === stem('process') // true
 */
export function stem(word: string): string {
  if (!/^[a-z]{5,}$/.test(word)) return word;
  return word.replace(/(?:ing|ed|es|(?<!s)s)$/, '').replace(/e$/, '');
}

/** Product and plan names: common on the site, but a reader who types one says which product they mean. */
export const PRODUCT = /^(?:(?:openai|chatgpt|claude|anthropic)(?:\.(?:ai|com))?|api|plus|pro|max|team|gpt(?:-?\d[\w.]*)?)$/;

export interface QueryTerm {
  text: string;
  /** `ranking.siteTermWeight` for a known word; less for a word of the reader's own or a guess (see `ranking`). */
  weight: number;
  /** The site's words for the same thing (a reader's 被封 is the pages' 封号), searched along with it. */
  also?: string[];
}

/**
 * Whether a Latin token can match the site's text: a word of the vocabulary or the start of
 * one, a number, a code made of known words, or a short token (a plan or product initialism).
 * @example knownLatin('recharg', { recharge: 3 }) // true
 * @example knownLatin('auto-recharge', { recharge: 3 }) // true
 * @example knownLatin('asdkjh', { ask: 3 }) // false
 */
export function knownLatin(token: string, words: Record<string, number>): boolean {
  // The vocabulary holds words that start with a letter: "3ds", "429" or "tier2" cannot be checked.
  if (Object.hasOwn(words, token) || token.length < 3 || /\d/.test(token)) return true;
  if (/[_'’.-]/.test(token)) return token.split(/[_'’.-]/).some((part) => Object.hasOwn(words, part));
  return Object.keys(words).some((w) => w.startsWith(token));
}

/**
 * The terms to search for, in order, without duplicates, filler or words the site never uses
 * (with a vocabulary, a word that matches nothing on the site is dropped rather than guessed at,
 * so a random string finds nothing instead of something unrelated). A query that is all filler
 * keeps it (`filler`), so "为什么" alone still finds the pages that say it.
 * @example analyzeQuery('预授权多久撤销', vocab).map((t) => t.text) // ['预授权', '撤销']
 * @example analyzeQuery('请问 API 额度不足怎么办', vocab).map((t) => t.text) // ['api', '额度不足']
 */
export function analyzeQuery(query: string, vocab: SearchVocabulary | undefined, filler = false): QueryTerm[] {
  // A word written with inner capitals (MiniMax, OpenCode, LobeHub) is a name, not a typo: it is
  // never corrected towards some site word, only kept if the site uses it.
  const names = new Set((query.normalize('NFKC').match(/\b\p{Lu}?\p{Ll}+\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map((w) => w.toLowerCase()));
  const normalized = query.normalize('NFKC').toLowerCase();
  const lower = filler ? normalized : stripQuestion(stripHanFiller(normalized));
  const tokens = lower.match(TOKEN) ?? [];
  const han = new Set(vocab?.han ?? []);
  const words = vocab?.words ?? {};
  const terms: string[] = [];
  const weak = new Set<string>();
  const unknown = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (HAN_RUN.test(token)) {
      for (const seg of segmentHan(token, han, 8, filler)) {
        if (!han.has(seg) && !isWord(seg)) weak.add(seg);
        terms.push(seg);
      }
      continue;
    }
    const next = tokens[i + 1];
    // "chat gpt" → "chatgpt", when the joined word is what the pages use ("so on" is not "soon").
    if (
      next &&
      !HAN_RUN.test(next) &&
      !STOP.has(token) &&
      !STOP.has(next) &&
      !(Object.hasOwn(words, token) && Object.hasOwn(words, next)) &&
      Object.hasOwn(words, token + next)
    ) {
      terms.push(token + next);
      i++;
      continue;
    }
    const parts = vocab && !Object.hasOwn(words, token) && token.length >= 7 ? splitCompound(token, words) : undefined;
    if (parts) terms.push(...parts);
    else if (!vocab || STOP.has(token)) terms.push(token);
    else {
      const word = names.has(token) ? token : correctWord(token, words);
      if (!knownLatin(word, words)) unknown.add(word);
      terms.push(word);
    }
  }
  const kept = terms.filter((t) => (filler || !STOP.has(t)) && !unknown.has(t));
  // A query made only of filler ("为什么", "what") is searched as typed: the reader means those words.
  if (kept.length === 0 && !filler) return analyzeQuery(query, vocab, true);
  // A long paste keeps its most telling terms (ranking.maxTerms): the site's own terms, product names and codes first.
  const unique = [...new Set(kept)];
  const domain = new Set((vocab?.terms ?? []).map(stem));
  const telling = (t: string) => han.has(t) || domain.has(stem(t)) || PRODUCT.test(t) || t.includes('_');
  const chosen = new Set(
    unique.length <= ranking.maxTerms
      ? unique
      : [...unique.filter(telling), ...unique.filter((t) => !telling(t))].slice(0, ranking.maxTerms),
  );
  // With the site's term list, a word of the reader's own (not one of the site's terms) counts
  // less: in "两个 CC 账号 … 被封", 被封 says what the question is about.
  const general = vocab?.terms ? ranking.ownWordWeight : ranking.siteTermWeight;
  const synonyms = vocab?.synonyms ?? {};
  return unique
    .filter((t) => chosen.has(t))
    .map((text) => {
      const also = Object.hasOwn(synonyms, text) ? synonyms[text]!.filter((s) => !unique.includes(s)) : [];
      return {
        text,
        weight: weak.has(text) ? ranking.guessWeight : telling(text) ? ranking.siteTermWeight : general,
        ...(also.length ? { also } : {}),
      };
    });
}

const QUESTION_LATIN =
  /\?|^\s*(?:how|why|what|can|could|is|are|do|does|did|should|will|would|where|when|which|who)\b|\b(?:i|i'm|i've|my|me|we|our)\b/i;
const QUESTION_HAN = /[?？]|吗|嘛|呢|为什么|为啥|怎么|如何|能不能|可不可以|可以|是不是|会不会|有没有|请问|求助|我(?!们)/u;

/**
 * Whether a text reads as a reader's question or account of a problem ("why is my card declined",
 * "为什么扣了钱", "I paid but…") rather than a message a product showed: such a text usually wants
 * the guide that explains. Product messages speak to the reader ("Your card…", "您的卡…").
 * @example readsAsQuestion('is it safe to use a virtual card') // true
 * @example readsAsQuestion('Your card was declined.') // false
 * @example readsAsQuestion('我们未能验证您的支付方式。') // false
 */
export function readsAsQuestion(text: string): boolean {
  return QUESTION_LATIN.test(text.normalize('NFKC')) || QUESTION_HAN.test(text);
}
