import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes } from '../../i18n/locales';
import { useTranslations } from '../../i18n';
import { getArticlePages } from '../../lib/articles';
import { getDeclines } from '../../lib/declines/collection';
import { renderPreview, type PreviewCard } from '../../lib/og/render';
import { ogImagePath } from '../../lib/og/paths';
import { drawSampleOnly, placeholderPreview } from '../../lib/og/placeholder';
import { withoutBase } from '../../i18n/paths';

/** A preview image for every home page, guide and decline entry, in its own language. */
export const getStaticPaths = (async () => {
  const cards: { path: string; card: PreviewCard; sample?: boolean }[] = [];
  for (const locale of localeCodes) {
    const first = cards.length;
    const t = useTranslations(locale);
    const siteName = t('site.name');
    cards.push({ path: ogImagePath(locale, 'home'), card: { title: t('home.title'), kicker: t('site.tagline'), siteName } });
    for (const page of (await getArticlePages()).filter((p) => p.locale === locale && !p.isFallback)) {
      cards.push({ path: ogImagePath(locale, page.slug), card: { title: page.entry.data.title, kicker: t(`topic.${page.entry.data.topic}`), siteName } });
    }
    for (const d of await getDeclines()) {
      cards.push({ path: ogImagePath(locale, `declines/${d.id}`), card: { title: d.data[locale].title, kicker: t('nav.declines'), siteName } });
    }
    // The sample drawn even in test builds (KB_OG_PREVIEWS=sample): the home card and the longest title.
    const own = cards.slice(first);
    const longest = own.reduce((a, b) => (b.card.title.length > a.card.title.length ? b : a));
    own[0]!.sample = true;
    longest.sample = true;
  }
  return cards.map(({ path, card, sample }) => ({ params: { path: withoutBase(path).replace(/^\/og\//, '').replace(/\.png$/, '') }, props: { card, sample } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { card, sample } = props as { card: PreviewCard; sample?: boolean };
  const png = drawSampleOnly() && !sample ? placeholderPreview() : renderPreview(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
