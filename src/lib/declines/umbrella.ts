/**
 * Stripe's catch-all decline code. Checkouts and API responses print it with nearly every
 * decline; the reason, when there is one, comes in a second code (`decline_code`). Nearly every
 * entry of the catalogue lists it, so on its own it decides nothing: the lookup uses it only when
 * nothing else matched (lookup.ts), and the catalogue list shows an entry's other codes.
 */
export const UMBRELLA_CODE = 'card_declined';

/** The entry that explains the catch-all code itself: a paste of the code alone opens it. */
export const UMBRELLA_ENTRY = 'generic-decline';
