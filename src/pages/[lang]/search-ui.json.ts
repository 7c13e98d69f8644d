import type { APIRoute, GetStaticPaths } from 'astro';
import { type Locale, localeParams } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { headerKeys, pickStrings } from '../../lib/search/strings';

export const getStaticPaths = localeParams satisfies GetStaticPaths;

/**
 * The interface strings of search results and of the header box's dropdown (`headerKeys`),
 * fetched by the header box when a reader first focuses it: pages that never search carry none.
 */
export const GET: APIRoute = ({ params }) => {
  const strings = pickStrings(useTranslations(params['lang'] as Locale), headerKeys);
  return new Response(JSON.stringify(strings), { headers: { 'Content-Type': 'application/json' } });
};
