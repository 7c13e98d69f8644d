import { describe, expect, it } from 'vitest';
import { loadSite } from '../helpers/site';
import { requiredDeclines } from '../content/required';
import { loadDeclines } from '../helpers/content';
import { declineSchema } from '../../src/schemas/decline';
import { localeCodes } from '../../src/i18n/locales';
import { localePath } from '../../src/i18n/paths';

const pages = new Map(loadSite().map((p) => [p.path, p.document]));
const files = loadDeclines();
// Every entry of the content tree gets the checks; requiredDeclines is only what must exist.
const ids = files.map((f) => f.id);

describe('decline catalogue', () => {
  it('has the promised entries (and any others), each valid against the schema', () => {
    expect(files.map((f) => f.id)).toEqual(expect.arrayContaining([...requiredDeclines]));
    for (const f of files) {
      const parsed = declineSchema.safeParse(f.data);
      expect(parsed.error?.issues.map((i) => `${f.file} ${i.path.join('.')}: ${i.message}`) ?? []).toEqual([]);
    }
  });

  it.each(ids)('%s: every language, a short link, and its own preview', (id) => {
    for (const l of localeCodes) {
      const doc = pages.get(`/${l}/declines/${id}/`);
      expect(doc, `/${l}/declines/${id}/`).toBeDefined();
      const title = doc!.querySelector('h1')!.textContent!.trim();
      expect(doc!.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe(title);
      expect(doc!.querySelector('meta[property="og:description"]')!.getAttribute('content')).toBeTruthy();
      expect([...doc!.querySelectorAll('h2[id]')].map((h) => h.id)).toEqual(
        expect.arrayContaining(['meaning', 'what-to-do', 'variants', 'where', 'sources']),
      );
    }
    const short = pages.get(`/d/${id}/`);
    expect(short).toBeDefined();
    const links = [...short!.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(localeCodes.map((l) => localePath(l, `declines/${id}`)));
    expect(short!.querySelector('meta[name=robots]')!.getAttribute('content')).toBe('noindex');
  });

  it('uses identical section ids in both languages', () => {
    for (const id of ids) {
      const idsIn = (l: string) => [...pages.get(`/${l}/declines/${id}/`)!.querySelectorAll('[id]')].map((e) => e.id);
      for (const l of localeCodes) expect(idsIn(l)).toEqual(idsIn(localeCodes[0]!));
    }
  });

  it('lists every entry in the catalogue table, and the card-declined guide links every entry', () => {
    for (const l of localeCodes) {
      const table = [...pages.get(`/${l}/declines/`)!.querySelectorAll('table a')].map((a) => a.getAttribute('href'));
      const guide = [...pages.get(`/${l}/card-declined/`)!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      for (const id of ids) {
        expect(table).toContain(`/${l}/declines/${id}/`);
        expect(guide).toContain(`/${l}/declines/${id}/`);
      }
    }
  });
});
