/**
 * The alias-record contract, shared by the build (lib/search/records.ts writes the records,
 * integrations/pagefind.ts indexes them and notes their kind in the record table) and the browser
 * (lib/search/pipeline.ts folds them back into their pages). An alias record is extra searchable
 * text for a page (decline message variants, glossary terms and aliases), never shown itself.
 *
 * Pagefind keeps one record per URL, so a record sharing its page's URL would replace the page's
 * own text: alias records get a fragment of their own, and say what they are in `meta.kind`.
 * No `astro:` import: the Pagefind integration loads this module in the Astro config.
 */

/** `meta.kind` of an alias record. */
export const ALIAS_KIND = 'aliases';

/**
 * The URL an alias record is indexed under: its page's URL plus a fragment of its own.
 * @example aliasUrl('/en/card-declined/') // '/en/card-declined/#search-aliases'
 */
export const aliasUrl = (pageUrl: string) => `${pageUrl}#search-aliases`;

/** Whether an index record (its `meta`) is an alias record. */
export const isAlias = (meta: Readonly<Record<string, string | undefined>>) => meta['kind'] === ALIAS_KIND;

/**
 * The page a result belongs to: an alias record's URL without its fragment (any other URL
 * without its section fragment).
 * @example pageOf(aliasUrl('/en/card-declined/')) // '/en/card-declined/'
 */
export const pageOf = (url: string) => url.split('#')[0]!;
