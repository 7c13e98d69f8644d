import type { APIRoute } from 'astro';
import { getDeclines } from '../lib/declines/collection';
import { lookupEntries } from '../lib/declines/lookup';
import { localeCodes } from '../i18n/locales';

/** The exact-text lookup table, fetched by the lookup box (keys are pre-normalised). */
export const GET: APIRoute = async () => {
  const declines = await getDeclines();
  const entries = lookupEntries(declines.map((d) => ({ id: d.id, codes: d.data.codes, messages: [...d.data.messages, ...Object.values(d.data.keywords).flat().map((text) => ({ text }))] })));
  const titles = Object.fromEntries(declines.map((d) => [d.id, Object.fromEntries(localeCodes.map((l) => [l, d.data[l].title]))]));
  return new Response(JSON.stringify({ entries, titles }), { headers: { 'Content-Type': 'application/json' } });
};
