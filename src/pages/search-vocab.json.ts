import type { APIRoute } from 'astro';
import { searchVocabulary } from '../lib/search/records';

/** Fetched by the search page: the words query analysis corrects towards (see lib/search/analyze.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchVocabulary()), { headers: { 'Content-Type': 'application/json' } });
