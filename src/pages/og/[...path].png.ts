import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, everyLocale } from '../../i18n/locales';
import { useTranslations, type UiKey } from '../../i18n';
import { getArticlePages } from '../../lib/articles';
import { getDeclines } from '../../lib/declines/collection';
import { declineTextIn, getDeclinePages } from '../../lib/declines/pages';

import type { PreviewCard } from '../../lib/og/render';
import { cachedPreview } from '../../lib/og/cache';
import { ogImagePath, shortLinkImagePath } from '../../lib/og/paths';
import { drawSampleOnly, placeholderPreview } from '../../lib/og/placeholder';
import { withoutBase } from '../../i18n/paths';

let total = 0;

/**
 * A preview image for every home page, guide and decline entry, in its own language, and one for
 * each entry's short links carrying every language; drawn only when its card or the renderer
 * changed (lib/og/cache.ts).
 */
export const getStaticPaths = (async () => {
  const cards: { path: string; card: PreviewCard; sample?: boolean }[] = [];
  for (const locale of localeCodes) {
    const first = cards.length;
    const t = useTranslations(locale);
    const siteName = t('site.name');
    cards.push({ path: ogImagePath(locale, 'home'), card: { title: t('home.title'), kicker: t('site.tagline'), siteName } });
    for (const page of (await getArticlePages()).filter((p) => p.locale === locale && !p.isFallback)) {
      cards.push({
        path: ogImagePath(locale, page.slug),
        card: { title: page.entry.data.title, kicker: t(`topic.${page.entry.data.topic}`), siteName },
      });
    }
    // A page showing the original uses the original's image, as a guide's does.
    for (const page of (await getDeclinePages()).filter((p) => p.locale === locale && !p.isFallback)) {
      cards.push({
        path: ogImagePath(locale, page.slug),
        card: { title: page.text.title, kicker: t('nav.declines'), siteName },
      });
    }
    // The sample drawn even in test builds (KB_OG_PREVIEWS=sample): the home card and the longest title.
    const own = cards.slice(first);
    const longest = own.reduce((a, b) => (b.card.title.length > a.card.title.length ? b : a));
    own[0]!.sample = true;
    longest.sample = true;
  }
  // A short link opens in the reader's language, but a crawler sends none: its card carries the
  // entry's title in every language that has a text of its own, the default's first.
  const shortLinks: typeof cards = [];
  const every = everyLocale().map((l) => useTranslations(l));
  const joined = (key: UiKey) => [...new Set(every.map((t) => t(key)))].join(' · ');
  for (const entry of await getDeclines()) {
    const titles = everyLocale()
      .map((l) => declineTextIn(entry, l))
      .filter((x) => !x.isFallback)
      .map((x) => x.text.title);
    shortLinks.push({
      path: shortLinkImagePath(entry.id),
      card: { title: titles[0]!, otherTitles: titles.slice(1), kicker: joined('nav.declines'), siteName: joined('site.name') },
    });
  }
  // The sample of test builds: the short-link card with the most text.
  const size = (c: PreviewCard) => c.title.length + (c.otherTitles ?? []).join('').length;
  const most = shortLinks.reduce((a, b) => (size(b.card) > size(a.card) ? b : a));
  most.sample = true;
  cards.push(...shortLinks);
  // What this build draws (or takes from the cache): every image, or in test builds the sample.
  total = drawSampleOnly() ? cards.filter((c) => c.sample).length : cards.length;
  return cards.map(({ path, card, sample }) => ({
    params: {
      path: withoutBase(path)
        .replace(/^\/og\//, '')
        .replace(/\.png$/, ''),
    },
    props: { card, sample },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { card, sample } = props as { card: PreviewCard; sample?: boolean };
  // A sample build leaves the cache as it is (it uses a few of its images only).
  const png = drawSampleOnly() && !sample ? placeholderPreview() : await cachedPreview(card, total, { prune: !drawSampleOnly() });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
