import type { APIRoute } from 'astro';
import { withBase } from '../i18n/paths';

export const GET: APIRoute = ({ locals }) => {
  const sitemap = new URL(withBase('/sitemap-index.xml'), locals.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
