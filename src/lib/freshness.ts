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

/**
 * The day the build and the tools treat as today: KB_TODAY (YYYY-MM-DD) when set, so that tests
 * and reproducible builds do not depend on the calendar; otherwise now.
 * @example today({ KB_TODAY: '2026-12-01' }) // Date 2026-12-01T00:00:00Z
 */
export function today(env: Record<string, string | undefined>): Date {
  const fixed = env['KB_TODAY'];
  if (!fixed) return new Date();
  const day = new Date(`${fixed}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(day.getTime())) throw new Error(`KB_TODAY must be a date written YYYY-MM-DD (got "${fixed}")`);
  return day;
}
