import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { loadSite } from '../helpers/site';
import { declinePaths, guidePaths, loadDeclines } from '../helpers/content';
import { codeLinks } from '../../src/lib/declines/shortLinks';
import { UMBRELLA_CODE, UMBRELLA_ENTRY } from '../../src/lib/declines/umbrella';
import { compareDeclines, type DeclineEntry } from '../../src/lib/declines/collection';
import { pageReportUrl } from '../../src/site.config';
import { DECLINE_SECTION_IDS, LAYOUT_IDS } from '../../src/lib/guard';

const pages = loadSite();
const byPath = new Map(pages.map((p) => [p.path, p]));
const css = (p: { document: Document }) => [...p.document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');

describe('colours without light-dark()', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s: no light-dark() in its CSS', (_p, page) => {
    expect(css(page)).not.toMatch(/light-dark\(/);
  });

  it('switches the palette on screen by the system setting and by a chosen theme, and prints on white', () => {
    const sheet = css(byPath.get('/en/card-declined/')!).replace(/\s+/g, '');
    const body = (selector: string) => {
      const at = sheet.indexOf(`${selector}{`);
      return at === -1 ? '' : sheet.slice(at + selector.length + 1, sheet.indexOf('}', at));
    };
    expect(body('@mediascreenand(prefers-color-scheme:dark){:root:not([data-theme=light])')).toContain('--bg:#0f1419');
    expect(body('@mediascreen{:root[data-theme=dark]')).toContain('--bg:#0f1419');
    // Print keeps the light palette: every dark palette is for screens only.
    expect(sheet.match(/--bg:#0f1419/g)).toHaveLength(2);
  });
});

describe('short links by code', () => {
  const entries = loadDeclines()
    .map((f) => ({ id: f.id, data: f.data as { codes: string[]; verdict: string } }))
    .sort((a, b) => compareDeclines(a as unknown as DeclineEntry, b as unknown as DeclineEntry));
  const links = codeLinks(entries);

  it('gives every code of every entry a /d/<code>/ page that opens an entry listing it', () => {
    for (const e of entries) {
      for (const code of e.data.codes) {
        const page = byPath.get(`/d/${code}/`);
        expect(page, `/d/${code}/`).toBeDefined();
        const target = page!.document.querySelector('[data-short-link]')!.getAttribute('data-short-link')!;
        expect(entries.find((x) => x.id === target)!.data.codes).toContain(code);
        expect([...page!.document.querySelectorAll('a.button')].map((a) => a.getAttribute('href'))).toEqual([
          `/en/declines/${target}/`,
          `/zh-cn/declines/${target}/`,
        ]);
      }
    }
  });

  it('sends a code to the entry named after it, and a shared code to the most general entry', () => {
    expect(links.find((l) => l.code === 'do_not_honor')?.id).toBe('do-not-honor');
    expect(links.find((l) => l.code === 'insufficient_funds')?.id).toBe('insufficient-funds');
    const umbrella = links.find((l) => l.code === UMBRELLA_CODE)!;
    expect(umbrella.id).toBe(UMBRELLA_ENTRY);
    expect(umbrella.sharedBy.length).toBeGreaterThan(1);
    expect(byPath.get(`/d/${UMBRELLA_CODE}/`)!.document.querySelector('main a[href="/en/declines/"]')).not.toBeNull();
  });

  it('shows the short link, its copy button and its codes on every entry, and says so on the catalogue', () => {
    for (const l of localeCodes) {
      for (const e of entries) {
        const doc = byPath.get(`/${l}/declines/${e.id}/`)!.document;
        const link = doc.querySelector('.share .short-url')!;
        expect(link.getAttribute('href')).toBe(`/d/${e.id}/`);
        expect(link.textContent).toMatch(new RegExp(`/d/${e.id}/$`));
        expect(doc.querySelector('.share button.copy-btn')?.getAttribute('data-copy')).toContain(`/d/${e.id}/`);
        for (const c of links.filter((x) => x.id === e.id))
          expect(doc.querySelector(`.share a[href="/d/${c.code}/"]`), `${e.id} ${c.code}`).not.toBeNull();
      }
      expect(byPath.get(`/${l}/declines/`)!.document.querySelector('.short-links-note a[href^="/d/"]')).not.toBeNull();
    }
  });
});

describe('reader chrome', () => {
  const contentPages = [...guidePaths(), ...declinePaths()];

  it.each(contentPages)('%s has a report link carrying its own address and nothing else', (p) => {
    const doc = byPath.get(p)!.document;
    const href = doc.querySelector('a[data-page-report]')!.getAttribute('href')!;
    const title = doc.querySelector('h1')!.textContent!.trim();
    const canonicalOrigin = new URL(doc.querySelector('link[rel=canonical]')!.getAttribute('href')!).origin;
    expect(href).toBe(pageReportUrl(`${canonicalOrigin}${p}`, title));
    expect(href).not.toMatch(/highlight|[?&]q=/);
  });

  it.each(guidePaths())('%s has contents twice (phone bar, desktop column) with the same links', (p) => {
    const doc = byPath.get(p)!.document;
    const bar = [...doc.querySelectorAll('.toc-bar li a')].map((a) => a.getAttribute('href'));
    const side = [...doc.querySelectorAll('.toc-side li a')].map((a) => a.getAttribute('href'));
    expect(bar.length).toBeGreaterThan(1);
    expect(side).toEqual(bar);
  });

  it('leaves the header search out where the page has its own box', () => {
    for (const p of ['/en/', '/zh-cn/', '/en/search/', '/zh-cn/declines/'])
      expect(byPath.get(p)!.document.querySelector('#header-search'), p).toBeNull();
    expect(byPath.get('/en/card-declined/')!.document.querySelector('#header-search')).not.toBeNull();
  });

  it('without JavaScript, the search page points to the catalogue and the guides by topic', () => {
    for (const l of localeCodes) {
      const noscript = byPath.get(`/${l}/search/`)!.document.querySelector('noscript')!.innerHTML;
      expect(noscript).toContain(`href="/${l}/declines/"`);
      expect(noscript).toMatch(new RegExp(`href="/${l}/#topic-`));
    }
  });
});

describe('the ids a heading or FAQ question may not take (src/lib/guard LAYOUT_IDS)', () => {
  // Every id a layout gives its own elements is on the guard's list, so an author's `{#top}` or FAQ
  // id `short-link` is refused at build time instead of breaking the page's links.
  const ownIds = (doc: Document) =>
    [...doc.querySelectorAll('[id]')].filter((e) => !e.closest('.prose') && !(e.closest('section.faq') && e.id !== 'faq')).map((e) => e.id);
  it.each([...guidePaths(), ...declinePaths()].map((p) => [p] as const))('%s', (path) => {
    const allowed = new Set([...LAYOUT_IDS, ...(path.includes('/declines/') ? DECLINE_SECTION_IDS : [])]);
    expect(ownIds(byPath.get(path)!.document).filter((id) => !allowed.has(id))).toEqual([]);
  });
});
