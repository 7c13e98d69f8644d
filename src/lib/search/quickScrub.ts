/**
 * What the header search box removes before it submits to the search page, where scrubQuery does
 * the full job: any run of 11 or more digits (card and phone numbers) and any e-mail address.
 * One pattern only, because it ships on every page.
 * @example quickScrub('declined 4242 4242 4242 4242') // 'declined'
 * @example quickScrub('charged on 2026-12-01, error 429') // 'charged on 2026-12-01, error 429'
 */
export const quickScrub = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\+?\d(?:[ ()-]{0,2}\d){10,}|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
