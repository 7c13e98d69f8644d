import { hanTextLang } from '../../i18n/locales';
import { codesIn, messageParts, normalizeMessage } from './normalize';
import { editDistance } from '../search/analyze';
import { stripFiller } from '../search/filler';
import { UMBRELLA_CODE, UMBRELLA_ENTRY } from './umbrella';

/** What the lookup needs of one catalogue entry (serialised to /declines-lookup.json). */
export interface LookupEntry {
  id: string;
  /** Every message a product shows, normalised. */
  keys: string[];
  /** How readers type it (search aids, not messages), normalised: weaker than a message. */
  keywords?: string[];
  codes: string[];
}

export interface LookupMatch {
  id: string;
  /**
   * How it matched: the whole text is a message (`exact`), a code in it (`code`), a known
   * message inside a longer paste (`contains`), a reader's phrasing of it (`keyword`), or a
   * close but not identical text or code (`close`). The first three are exact matches.
   */
  by: 'exact' | 'code' | 'contains' | 'keyword' | 'close';
}

/** Whether a match may be called exact on the page. */
export const isExact = (by: LookupMatch['by']) => by === 'exact' || by === 'code' || by === 'contains';

const HAN = /\p{Script=Han}/u;
const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
/** How much a key says: a Chinese character carries about as much as a short Latin word. */
const weight = (s: string) => hanCount(s) * 3 + s.replace(/[\p{Script=Han}\s]/gu, '').length;
/** Long enough to be recognised inside a longer paste: 4 Chinese characters, or 8 Latin ones. */
const specific = (s: string) => weight(s) >= 12 || (!HAN.test(s) && s.length >= 8);

/** `key` occurs in `text`, not inside a longer Latin word. */
function within(text: string, key: string): boolean {
  const glued = (a: string | undefined, b: string | undefined) =>
    a !== undefined && b !== undefined && /[a-z0-9]/.test(a) && /[a-z0-9]/.test(b);
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    if (!glued(text[at - 1], key[0]) && !glued(key.at(-1), text[at + key.length])) return true;
  }
  return false;
}

/** Character pairs of a text, spaces ignored: what the fuzzy comparison counts. */
function pairs(s: string): Set<string> {
  const chars = [...s.replace(/\s+/g, '')];
  const out = new Set<string>();
  for (let i = 1; i < chars.length; i++) out.add(chars[i - 1]! + chars[i]!);
  return out;
}

/**
 * How close a part of the paste is to a key, from 0 to 1: the Dice coefficient of their
 * character pairs, or, for a key that is a long message, the share of the key found in a part
 * not much longer than it (a message with a word changed or added).
 * @example similarity('你的卡已被拒绝了', '您的卡已被拒绝') // ≈ 0.77
 */
export function similarity(part: string, key: string, message = true): number {
  const a = pairs(part);
  const b = pairs(key);
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const p of b) if (a.has(p)) shared++;
  const dice = (2 * shared) / (a.size + b.size);
  const contained = message && b.size >= 8 && a.size <= 2.5 * b.size ? (0.9 * shared) / b.size : 0;
  return Math.max(dice, contained);
}

/** A Chinese text one character away from a key (a typo), where that character is not part of a dictionary word. */
function hanTypo(text: string, key: string): boolean {
  const t = [...text];
  const k = [...key];
  if (t.length !== k.length || t.length < 4 || !HAN.test(key)) return false;
  const diff = t.flatMap((c, i) => (c === k[i] ? [] : [i]));
  if (diff.length !== 1) return false;
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return true;
  // "额度不足" is not a typo of "余额不足": 额度 is a word of its own.
  let at = 0;
  for (const s of new Intl.Segmenter(hanTextLang, { granularity: 'word' }).segment(text)) {
    const len = [...s.segment].length;
    if (at <= diff[0]! && diff[0]! < at + len) return len === 1;
    at += len;
  }
  return true;
}

/** The entry that explains an umbrella code itself; any other umbrella goes to the first entry listing it. */
const UMBRELLA_ENTRIES: Record<string, string> = { [UMBRELLA_CODE]: UMBRELLA_ENTRY };

/** Codes listed by more than one entry say only "declined": they decide when nothing else does. */
function umbrellaCodes(entries: readonly LookupEntry[]): Map<string, string> {
  const owners = new Map<string, string[]>();
  for (const e of entries) for (const c of e.codes) owners.set(c, [...(owners.get(c) ?? []), e.id]);
  const out = new Map<string, string>();
  for (const [code, ids] of owners) {
    if (ids.length < 2) continue;
    const own = UMBRELLA_ENTRIES[code];
    out.set(code, own && ids.includes(own) ? own : ids[0]!);
  }
  return out;
}

/**
 * Finds the catalogue entry for what a reader pasted, without word segmentation. In order:
 * 1. the normalised text is a message, or a specific code;
 * 2. a specific code appears in it (`card_declined / insufficient_funds`, a JSON error body);
 * 3. a message appears inside it (a second sentence, a prefix, a card number around it); the
 *    longest wins, so the most specific message beats a general one it contains;
 * 4. a reader's phrasing (keyword) is the text, or most of it;
 * 5. close matches: a code one or two edits away (`insufficent_quota`), a Chinese text one
 *    typo away from a message or keyword, or a sentence most of whose character pairs match
 *    a message; only when one entry is clearly closer than any other;
 * 6. a code shared by many entries (`card_declined`).
 * @example findDecline(entries, '您的卡已被拒绝。请重试') // { id: 'generic-decline', by: 'contains' }
 */
export function findDecline(entries: readonly LookupEntry[], input: string): LookupMatch | undefined {
  const text = normalizeMessage(input);
  if (!text) return undefined;
  const umbrella = umbrellaCodes(entries);
  const keywords = (e: LookupEntry) => e.keywords ?? [];

  for (const e of entries) if (e.keys.includes(text) || (e.codes.includes(text) && !umbrella.has(text))) return { id: e.id, by: 'exact' };
  if (umbrella.has(text)) return { id: umbrella.get(text)!, by: 'exact' };

  const codes = codesIn(input);
  for (const code of [...codes].reverse()) {
    if (umbrella.has(code)) continue;
    const hit = entries.find((e) => e.codes.includes(code));
    if (hit) return { id: hit.id, by: 'code' };
  }

  const longest = (list: (e: LookupEntry) => string[], ok: (key: string) => boolean) => {
    let best: { id: string; weight: number } | undefined;
    for (const e of entries)
      for (const key of list(e)) if (ok(key) && weight(key) > (best?.weight ?? 0)) best = { id: e.id, weight: weight(key) };
    return best?.id;
  };
  const contained = longest(
    (e) => e.keys,
    (key) => specific(key) && within(text, key),
  );
  if (contained) return { id: contained, by: 'contains' };

  // A keyword decides when it is most of what was typed, filler words ("怎么办", "please") aside.
  const core = stripFiller(text);
  const keyword = longest(
    keywords,
    (key) => key === text || (within(text, key) && (weight(key) >= 18 || weight(key) >= 0.5 * weight(core))),
  );
  if (keyword) return { id: keyword, by: 'keyword' };

  const close = closest(entries, input, text, codes, umbrella);
  if (close) return { id: close, by: 'close' };

  for (const code of codes) if (umbrella.has(code)) return { id: umbrella.get(code)!, by: 'code' };
  return undefined;
}

/** The one entry clearly closest to the paste, if any (step 5 of findDecline). */
function closest(
  entries: readonly LookupEntry[],
  input: string,
  text: string,
  codes: string[],
  umbrella: Map<string, string>,
): string | undefined {
  const known = new Set(entries.flatMap((e) => e.codes));
  const scores = new Map<string, number>();
  const score = (id: string, s: number) => scores.set(id, Math.max(scores.get(id) ?? 0, s));

  // Codes: one edit away for short ones, two for long ones; same first letter.
  for (const code of codes) {
    if (known.has(code) || code.length < 6) continue;
    const max = code.length <= 10 ? 1 : 2;
    for (const e of entries) {
      for (const c of e.codes) {
        if (umbrella.has(c) || c[0] !== code[0]) continue;
        const d = editDistance(code, c, max);
        if (d <= max) score(e.id, 1 - d / 10);
      }
    }
  }

  const parts = [...new Set([text, ...messageParts(input)])].filter((p) => p.length <= 300);
  for (const e of entries) {
    for (const [list, message] of [
      [e.keys, true],
      [e.keywords ?? [], false],
    ] as const) {
      for (const key of list) {
        if (weight(key) < 8) continue;
        for (const part of parts) {
          if (hanTypo(part, key)) score(e.id, 0.9);
          else score(e.id, similarity(part, key, message) * (message ? 1 : 0.95));
        }
      }
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.72) return undefined;
  if (second && best[1] - second[1] < 0.1) return undefined;
  return best[0];
}

/** Builds the lookup entries from catalogue data (build time): messages, then keywords that are not also messages. */
export function lookupEntries(
  data: readonly { id: string; codes: string[]; messages: { text: string }[]; keywords?: Partial<Record<string, string[]>> }[],
): LookupEntry[] {
  const norm = (texts: string[]) => [...new Set(texts.map(normalizeMessage).filter(Boolean))];
  return data.map((d) => {
    const keys = norm(d.messages.map((m) => m.text));
    const keywords = norm(Object.values(d.keywords ?? {}).flatMap((k) => k ?? [])).filter((k) => !keys.includes(k));
    return { id: d.id, keys, ...(keywords.length ? { keywords } : {}), codes: d.codes };
  });
}
