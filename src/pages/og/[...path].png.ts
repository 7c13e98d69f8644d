import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { getArticlePages } from '../../lib/articles';
import { getDeclines } from '../../lib/declines/collection';
import type { PreviewCard } from '../../lib/og/render';
import { cachedPreview } from '../../lib/og/cache';
import { ogImagePath } from '../../lib/og/paths';

let total = 0;

/**
 * A preview image for every home page, guide and decline entry, in its own language; drawn only
 * when its card or the renderer changed (lib/og/cache.ts).
 */
export const getStaticPaths = (async () => {
  const cards: { path: string; card: PreviewCard }[] = [];
  for (const locale of localeCodes) {
    const t = useTranslations(locale);
    const siteName = t('site.name');
    cards.push({ path: ogImagePath(locale, 'home'), card: { title: t('home.title'), kicker: t('site.tagline'), siteName } });
    for (const page of (await getArticlePages()).filter((p) => p.locale === locale && p.contentLocale === locale)) {
      cards.push({ path: ogImagePath(locale, page.slug), card: { title: page.entry.data.title, kicker: t(`topic.${page.entry.data.topic}`), siteName } });
    }
    for (const d of await getDeclines()) {
      cards.push({ path: ogImagePath(locale, `declines/${d.id}`), card: { title: d.data[locale].title, kicker: t('nav.declines'), siteName } });
    }
  }
  total = cards.length;
  return cards.map(({ path, card }) => ({ params: { path: path.replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await cachedPreview((props as { card: PreviewCard }).card, total);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
