// The interface strings the search client shows, as one typed list: SearchPanel.astro passes
// them in data-strings, /<lang>/search-ui.json serves them (with the header box's own) to the
// header box, and the client asks for them by key, so a misspelt key fails the type check.
import { format } from '../../i18n/format';
import type { Translate, UiKey } from '../../i18n';

/** The strings the results panel shows (src/scripts/search.ts through present.ts). */
export const clientKeys = [
  'search.results',
  'search.resultsMore',
  'search.oneResult',
  'search.noResults',
  'search.loading',
  'search.error',
  'search.zeroResultsHelp',
  'search.removed',
  'search.removedJoin',
  'search.removed.card',
  'search.removed.cvc',
  'search.removed.email',
  'search.removed.phone',
  'decline.lookupMatch',
  'decline.lookupClose',
  'decline.report',
  'decline.reportWarning',
  'nav.declines',
  'article.reviewed',
] as const satisfies readonly UiKey[];

/** The panel's strings and those the header box builds its dropdown with (header-search.ts). */
export const headerKeys = [
  ...clientKeys,
  'search.close',
  'search.allResults',
  'search.suggestDeclined',
  'search.suggestGuides',
] as const satisfies readonly UiKey[];

export type ClientKey = (typeof clientKeys)[number];
export type HeaderKey = (typeof headerKeys)[number];

/** A locale's text for each key: what the page carries in data-strings. */
export type Strings<K extends UiKey = ClientKey> = Record<K, string>;

/** Says a client string, placeholders filled (see `format`). */
export type Say = (key: ClientKey, values?: Record<string, string | number>) => string;

/**
 * The texts of the given keys in one locale, for the page to carry.
 * @example pickStrings(useTranslations('en'), ['search.oneResult']) // { 'search.oneResult': '1 result' }
 */
export function pickStrings<K extends UiKey>(t: Translate, keys: readonly K[]): Strings<K> {
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as Strings<K>;
}

/**
 * A `Say` over the strings a page carries.
 * @example sayFrom({ 'search.results': '{count} results', … })('search.results', { count: 3 }) // '3 results'
 */
export function sayFrom(strings: Strings): Say {
  return (key, values) => format(strings[key], values);
}

/**
 * Where the no-result state sends a reader (the search page and the header box's panel): the
 * page after the locale, and the label's key.
 */
export const noResultLinks = [
  ['declines', 'nav.declines'],
  ['card-declined', 'search.suggestDeclined'],
  ['', 'search.suggestGuides'],
] as const satisfies readonly (readonly [string, HeaderKey])[];
