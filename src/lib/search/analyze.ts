import { STOP, stripHanFiller, stripQuestion } from './filler';

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
  const parts = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)];
  return parts.length === 1;
}

/** Longest-match segmentation of a Chinese run against the domain terms; the rest by Intl.Segmenter. */
export function segmentHan(run: string, terms: ReadonlySet<string>, maxTerm = 8, keepStop = false): string[] {
  const out: string[] = [];
  let rest = '';
  const flush = () => {
    if (!rest) return;
    if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
      const seg = new Intl.Segmenter('zh', { granularity: 'word' });
      for (const s of seg.segment(rest)) if (s.isWordLike) out.push(s.segment);
    } else out.push(rest);
    rest = '';
  };
  let i = 0;
  const chars = [...run];
  while (i < chars.length) {
    let matched = '';
    for (let len = Math.min(maxTerm, chars.length - i); len >= 2; len--) {
      const candidate = chars.slice(i, i + len).join('');
      if (terms.has(candidate)) {
        matched = candidate;
        break;
      }
    }
    if (matched) {
      flush();
      out.push(matched);
      i += [...matched].length;
    } else {
      rest += chars[i];
      i++;
    }
  }
  flush();
  return mergeSingles(out, keepStop);
}

/**
 * A lone character is too common to search for: neighbouring single characters are joined
 * ("扣" "费" → "扣费") and a character left alone is dropped. A function word (的, 还, 了, 怎么)
 * is dropped and ends a run, so it never glues its neighbours together.
 * @example mergeSingles(['重复', '扣', '费', '后']) // ['重复', '扣费']
 * @example mergeSingles(['计', '费', '是', '怎么', '样']) // ['计费']
 */
export function mergeSingles(segments: readonly string[], keepStop = false): string[] {
  // Joined runs are guesses, not dictionary words: analyzeQuery marks them weak.
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if ([...run].length >= 2) out.push(run);
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

export interface QueryTerm {
  text: string;
  /** 1 for a known word; less for a guess (characters joined because no dictionary knew them). */
  weight: number;
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
    // "chat gpt" → "chatgpt", when the joined word is what the pages use.
    if (next && !HAN_RUN.test(next) && !(Object.hasOwn(words, token) && Object.hasOwn(words, next)) && Object.hasOwn(words, token + next)) {
      terms.push(token + next);
      i++;
      continue;
    }
    const parts = vocab && !Object.hasOwn(words, token) && token.length >= 7 ? splitCompound(token, words) : undefined;
    if (parts) terms.push(...parts);
    else if (!vocab || STOP.has(token)) terms.push(token);
    else {
      const word = correctWord(token, words);
      if (!knownLatin(word, words)) unknown.add(word);
      terms.push(word);
    }
  }
  const kept = terms.filter((t) => (filler || !STOP.has(t)) && !unknown.has(t));
  // A query made only of filler ("为什么", "what") is searched as typed: the reader means those words.
  if (kept.length === 0 && !filler) return analyzeQuery(query, vocab, true);
  // A long paste keeps its ten most telling terms: the site's own Chinese terms and codes first.
  const unique = [...new Set(kept)];
  const telling = (t: string) => han.has(t) || t.includes('_');
  const chosen = new Set(unique.length <= 10 ? unique : [...unique.filter(telling), ...unique.filter((t) => !telling(t))].slice(0, 10));
  return unique.filter((t) => chosen.has(t)).map((text) => ({ text, weight: weak.has(text) ? 0.3 : 1 }));
}
