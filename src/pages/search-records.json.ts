import type { APIRoute } from 'astro';
import { aliasRecords } from '../lib/search/records';

/** Read by the Pagefind integration after the build, then removed from dist/. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await aliasRecords()), { headers: { 'Content-Type': 'application/json' } });
