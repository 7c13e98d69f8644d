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
