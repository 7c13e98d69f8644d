import type { APIRoute } from 'astro';
import { aliasRecords } from '../lib/search/records';

/**
 * The alias records (lib/search/records.ts) as a build output: content collections can be read
 * while pages render, not in `astro:build:done`. Injected by ./pagefind.ts, which reads the file
 * after the build, indexes it and removes it; no page of the site links to it.
 */
export const prerender = true;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await aliasRecords()), { headers: { 'Content-Type': 'application/json' } });
