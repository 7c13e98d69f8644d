import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { getArticlePages } from '../../lib/articles';
import { getDeclines } from '../../lib/declines/collection';
import { renderPreview, type PreviewCard } from '../../lib/og/render';
import { ogImagePath } from '../../lib/og/paths';
import { withoutBase } from '../../i18n/paths';

/** A preview image for every home page, guide and decline entry, in its own language. */
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
  return cards.map(({ path, card }) => ({ params: { path: withoutBase(path).replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const png = renderPreview((props as { card: PreviewCard }).card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
