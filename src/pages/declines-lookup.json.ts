import type { APIRoute } from 'astro';
import { getDeclines } from '../lib/declines/collection';
import { lookupEntries } from '../lib/declines/lookup';

/** The exact-text lookup table, fetched by the lookup box (keys are pre-normalised). */
export const GET: APIRoute = async () => {
  const declines = await getDeclines();
  const entries = lookupEntries(declines.map((d) => ({ id: d.id, codes: d.data.codes, messages: d.data.messages })));
  const titles = Object.fromEntries(declines.map((d) => [d.id, { en: d.data.en.title, 'zh-cn': d.data['zh-cn'].title }]));
  return new Response(JSON.stringify({ entries, titles }), { headers: { 'Content-Type': 'application/json' } });
};
