/**
 * Pagefind keeps one record per URL, so a record sharing its page's URL would replace the
 * page's own text. Alias records get a fragment of their own; the search pipeline folds them
 * back into their page (see `pageOf` in pipeline.ts).
 * @example aliasUrl('/en/card-declined/') // '/en/card-declined/#search-aliases'
 */
export const aliasUrl = (pageUrl: string) => `${pageUrl}#search-aliases`;
