import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales';
import { en } from '../../i18n/ui/en';
import { useTranslations } from '../../i18n';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

/**
 * The interface strings of search results (search.*, nav.*, decline.lookup*, decline.report*),
 * fetched by the header box when a reader first focuses it: pages that never search carry none.
 */
export const GET: APIRoute = ({ params }) => {
  const t = useTranslations(params['lang'] as Locale);
  const keys = (Object.keys(en) as (keyof typeof en)[]).filter((k) => /^(search\.|nav\.|decline\.(lookup|report))/.test(k));
  return new Response(JSON.stringify(Object.fromEntries(keys.map((k) => [k, t(k)]))), { headers: { 'Content-Type': 'application/json' } });
};
