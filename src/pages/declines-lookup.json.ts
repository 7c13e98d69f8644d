import type { APIRoute } from 'astro';
import { getDeclines } from '../lib/declines/collection';
import { lookupEntries } from '../lib/declines/lookup';
import { localeCodes } from '../i18n/locales';
import { declineText } from '../lib/declines/pages';

/** The lookup table (messages, then readers' keywords, then codes; pre-normalised), fetched by the search box. */
export const GET: APIRoute = async () => {
  const declines = await getDeclines();
  const entries = lookupEntries(
    declines.map((d) => ({ id: d.id, codes: d.data.codes, messages: d.data.messages, keywords: d.data.keywords })),
  );
  // Per locale, the title its entry page shows (the original's where the entry is not translated).
  const titles = Object.fromEntries(declines.map((d) => [d.id, Object.fromEntries(localeCodes.map((l) => [l, declineText(d, l).title]))]));
  return new Response(JSON.stringify({ entries, titles }), { headers: { 'Content-Type': 'application/json' } });
};
