import { getCollection, type CollectionEntry } from 'astro:content';

export type DeclineEntry = CollectionEntry<'declines'>;

/**
 * The catalogue order: the generic decline first (what most readers see), then card problems,
 * then errors that are not about the card, each group by id.
 */
export function compareDeclines(a: DeclineEntry, b: DeclineEntry): number {
  const rank = (e: DeclineEntry) => (e.id === 'generic-decline' ? 0 : e.data.verdict === 'not-card-problem' ? 2 : 1);
  return rank(a) - rank(b) || a.id.localeCompare(b.id);
}

let cache: Promise<DeclineEntry[]> | undefined;

/** Every decline entry, in catalogue order. */
export function getDeclines(): Promise<DeclineEntry[]> {
  cache ??= getCollection('declines').then((all) => all.sort(compareDeclines));
  return cache;
}
