/**
 * Fills named placeholders; an unknown one is left as written so a missing value shows up in review.
 * Its own module so that browser code can use it without the dictionaries (src/i18n/index.ts).
 * @example format('{count} results', { count: 3 }) // '3 results'
 */
export function format(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}
