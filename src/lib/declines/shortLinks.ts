/**
 * Short links for forums: /d/<id>/ for every entry, and /d/<code>/ for every code an entry lists,
 * spelled as checkouts and API responses print it (/d/do_not_honor/). A code listed by several
 * entries (card_declined is on almost all of them: it is Stripe's umbrella code, the reason comes
 * in a second code) goes to the entry named after it if there is one, otherwise to the first of
 * them in catalogue order, which puts the generic decline first: the most general answer.
 */
export interface ShortLinkEntry {
  id: string;
  data: { codes: string[] };
}

export interface CodeLink {
  code: string;
  /** The entry the code opens. */
  id: string;
  /** Every entry that lists the code (more than one: the code is shared). */
  sharedBy: string[];
}

/**
 * @param entries in catalogue order (getDeclines)
 * @example codeLinks([{ id: 'do-not-honor', data: { codes: ['card_declined', 'do_not_honor'] } }])
 *   // [{ code: 'card_declined', id: 'do-not-honor', sharedBy: ['do-not-honor'] }, { code: 'do_not_honor', … }]
 */
export function codeLinks(entries: readonly ShortLinkEntry[]): CodeLink[] {
  const ids = new Set(entries.map((e) => e.id));
  const byCode = new Map<string, string[]>();
  for (const e of entries) {
    for (const code of e.data.codes) {
      // A code spelled exactly like an entry id is already served by that entry's own link.
      if (ids.has(code) || !/^[a-z0-9_-]+$/.test(code)) continue;
      const list = byCode.get(code) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      byCode.set(code, list);
    }
  }
  return [...byCode].map(([code, sharedBy]) => {
    const named = code.replace(/_/g, '-');
    return { code, id: sharedBy.includes(named) ? named : sharedBy[0]!, sharedBy };
  });
}

/** The codes whose short link opens this entry (its own, not the shared umbrella codes). */
export function codesFor(id: string, links: readonly CodeLink[]): string[] {
  return links.filter((l) => l.id === id).map((l) => l.code);
}
