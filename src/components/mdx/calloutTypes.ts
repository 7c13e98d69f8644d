/** The kinds of `<Callout type="…">`; each has a title per language (`callout.<type>` in src/i18n/ui). */
export const calloutTypes = ['note', 'tip', 'caution', 'compliance'] as const;
export type CalloutType = (typeof calloutTypes)[number];
