/**
 * When a guide's facts need checking again. Dependency-free so that `npm run stale`
 * (src/tools/stale.mjs) and the pages share it.
 */

/** Days after its reviewed date that a guide is flagged; KB_STALE_DAYS overrides at build time. */
export const DEFAULT_STALE_DAYS = 180;

/** @example staleAfterDays({ KB_STALE_DAYS: '90' }) // 90 */
export function staleAfterDays(env: Record<string, string | undefined>): number {
  const days = Number(env['KB_STALE_DAYS']);
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_STALE_DAYS;
}

/**
 * @example isStale(new Date('2026-01-01'), new Date('2026-11-21'), 180) // true
 */
export function isStale(reviewed: Date, now: Date, days: number): boolean {
  return now.getTime() - reviewed.getTime() > days * 86_400_000;
}

/**
 * A translation reviewed before its original was last reviewed may miss the original's updates.
 * @example lagsOriginal(new Date('2026-10-01'), new Date('2026-11-21')) // true
 */
export function lagsOriginal(translationReviewed: Date, originalReviewed: Date): boolean {
  return translationReviewed.getTime() < originalReviewed.getTime();
}

/** A fact of the register due for another check, with the pages that cite it. */
export interface StaleFact {
  id: string;
  checked: Date;
  /** Pages citing the fact, e.g. "en/card-declined", "declines/expired-card", "glossary.yaml". */
  pages: string[];
}

/**
 * Facts last checked more than `days` days before `now`, oldest first, each with the pages that cite it.
 * `now` is passed in so that a caller (and every test) decides what "today" is.
 * @example staleFacts(new Map([['hold', new Date('2026-01-01')]]), [{ id: 'hold', page: 'en/x' }], new Date('2026-12-01'), 180)
 * // [{ id: 'hold', checked: 2026-01-01, pages: ['en/x'] }]
 */
export function staleFacts(
  checked: ReadonlyMap<string, Date>,
  citations: readonly { id: string; page: string }[],
  now: Date,
  days: number,
): StaleFact[] {
  return [...checked]
    .filter(([, date]) => isStale(date, now, days))
    .map(([id, date]) => ({ id, checked: date, pages: [...new Set(citations.filter((c) => c.id === id).map((c) => c.page))].sort() }))
    .sort((a, b) => a.checked.getTime() - b.checked.getTime() || a.id.localeCompare(b.id));
}

/**
 * A day as YYYY-MM-DD (UTC), as content writes it and `<time datetime>` and the search metadata carry it.
 * @example isoDay(new Date('2026-11-21')) // '2026-11-21'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A day written YYYY-MM-DD that really exists (no 2026-02-30), at 00:00 UTC; otherwise undefined.
 * @example parseDay('2026-12-01') // 2026-12-01T00:00:00Z
 * @example parseDay('2026-02-30') // undefined
 */
export function parseDay(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text) ? day : undefined;
}

/**
 * "Today" for reports: KB_TODAY (YYYY-MM-DD) when set, so a run can be reproduced; otherwise the clock.
 * @example today({ KB_TODAY: '2027-01-01' }) // 2027-01-01T00:00:00Z
 */
export function today(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
  const fixed = env['KB_TODAY'];
  if (!fixed) return clock();
  const day = parseDay(fixed);
  if (!day) throw new Error(`KB_TODAY: expected a date as YYYY-MM-DD, got "${fixed}"`);
  return day;
}
