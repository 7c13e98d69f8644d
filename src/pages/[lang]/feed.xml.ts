import type { APIRoute, GetStaticPaths } from 'astro';
import { locales, localeParams } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { getLocaleArticles } from '../../lib/articles';
import { escapeXml } from '../../lib/html';

export const getStaticPaths = localeParams satisfies GetStaticPaths;

/** An Atom feed per language: its guides, newest review first, so readers see new and updated guides. */
export const GET: APIRoute = async ({ locals }) => {
  const { locale, t, site: base } = locals;
  const pages = (await getLocaleArticles(locale)).sort((a, b) => b.entry.data.reviewed.getTime() - a.entry.data.reviewed.getTime());
  const updated = pages[0]?.entry.data.reviewed ?? new Date(0);
  const self = new URL(localePath(locale, 'feed.xml').replace(/\/$/, ''), base).href;
  const entries = pages.map((p) => {
    const url = new URL(localePath(locale, p.slug), base).href;
    return [
      '  <entry>',
      `    <title>${escapeXml(p.entry.data.title)}</title>`,
      `    <link href="${url}"/>`,
      `    <id>${url}</id>`,
      `    <updated>${p.entry.data.reviewed.toISOString()}</updated>`,
      `    <summary>${escapeXml(p.entry.data.description)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locales[locale].lang}">`,
    `  <title>${escapeXml(t('site.name'))}</title>`,
    `  <subtitle>${escapeXml(t('site.tagline'))}</subtitle>`,
    `  <link href="${new URL(localePath(locale), base).href}"/>`,
    `  <link rel="self" href="${self}"/>`,
    `  <id>${self}</id>`,
    `  <updated>${updated.toISOString()}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
