/**
 * Pagefind keeps one record per URL, so a record sharing its page's URL would replace the
 * page's own text. Extra records get a fragment of their own; the search pipeline folds them
 * back into their page (see `pageOf` in pipeline.ts).
 */
export const aliasUrl = (pageUrl: string, kind: 'aliases' | 'segmented') => `${pageUrl}#search-${kind}`;
