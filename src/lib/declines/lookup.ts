import { codesIn, normalizeMessage } from './normalize';

/** What the lookup needs of one catalogue entry (serialised to /declines-lookup.json). */
export interface LookupEntry {
  id: string;
  /** Every message, normalised. */
  keys: string[];
  codes: string[];
}

export interface LookupMatch {
  id: string;
  /** How it matched: the whole text, a code in it, or a known message inside a longer paste. */
  by: 'exact' | 'code' | 'contains';
}

/** The umbrella code: present on every card decline, so it only decides when nothing else does. */
const UMBRELLA = 'card_declined';
const UMBRELLA_ENTRY = 'generic-decline';

/**
 * Finds the catalogue entry for what a reader pasted, without word segmentation:
 * 1. the normalised text equals a message or a code;
 * 2. a specific code appears in it ("card_declined / insufficient_funds");
 * 3. a known message (8+ characters) appears inside a longer paste; the longest wins.
 * @example findDecline(entries, '您的卡已被拒绝。') // { id: 'generic-decline', by: 'exact' }
 */
export function findDecline(entries: readonly LookupEntry[], input: string): LookupMatch | undefined {
  const text = normalizeMessage(input);
  if (!text) return undefined;
  for (const e of entries) {
    if (e.keys.includes(text) || (text !== UMBRELLA && e.codes.includes(text))) return { id: e.id, by: 'exact' };
  }
  const codes = codesIn(input);
  for (const code of [...codes].reverse()) {
    if (code === UMBRELLA) continue;
    const hit = entries.find((e) => e.codes.includes(code));
    if (hit) return { id: hit.id, by: 'code' };
  }
  let best: { id: string; length: number } | undefined;
  for (const e of entries) {
    for (const key of e.keys) {
      if ([...key].length >= 8 && text.includes(key) && key.length > (best?.length ?? 0)) best = { id: e.id, length: key.length };
    }
  }
  if (best) return { id: best.id, by: 'contains' };
  if (codes.includes(UMBRELLA) && entries.some((e) => e.id === UMBRELLA_ENTRY)) return { id: UMBRELLA_ENTRY, by: 'code' };
  return undefined;
}

/** Builds the lookup entries from catalogue data (build time). */
export function lookupEntries(data: readonly { id: string; codes: string[]; messages: { text: string }[] }[]): LookupEntry[] {
  return data.map((d) => ({
    id: d.id,
    keys: [...new Set(d.messages.map((m) => normalizeMessage(m.text)).filter(Boolean))],
    codes: d.codes,
  }));
}
