import { describe, expect, it } from 'vitest';
import { loadSite } from '../helpers/site';
import { reviewedPages } from '../helpers/content';
import { localeCodes } from '../../src/i18n/locales';
import { localePath } from '../../src/i18n/paths';
import { formatDate } from '../../src/i18n';

const pages = loadSite();
const byPath = new Map(pages.map((p) => [p.path, p]));
// From the content tree: every guide and entry page, with its `reviewed` day.
const reviewed = reviewedPages();

describe('how current a page is, near its top', () => {
  it('covers every guide and decline entry the content tree publishes', () => {
    expect(reviewed.size).toBeGreaterThan(0);
    for (const p of reviewed.keys()) expect(byPath.get(p), p).toBeDefined();
  });

  it.each([...reviewed].map(([p, r]) => [p, r] as const))(
    '%s: a date line after the summary, with the content’s review day, kept out of the search text',
    (p, { reviewed: day, contentLocale }) => {
      const doc = byPath.get(p)!.document;
      const line = doc.querySelector('.article-header .lede + .reviewed-on')!;
      expect(line, 'date line right after the lede').not.toBeNull();
      const time = line.querySelector('time')!;
      expect(time.getAttribute('datetime')).toBe(day);
      expect(time.textContent).toContain(formatDate(day, contentLocale));
      expect(line.getAttribute('data-pagefind-ignore')).toBe('all');
      // Results read the day from the page's meta; the bottom note dates the facts with the same day.
      expect(doc.querySelector('.article-header [data-pagefind-meta^="reviewed:"]')?.getAttribute('data-pagefind-meta')).toBe(
        `reviewed:${day}`,
      );
      expect(doc.querySelector('.reviewed time')?.getAttribute('datetime')).toBe(day);
      // Said once at the top and once at the bottom, in different words.
      expect(doc.querySelector('.reviewed')!.textContent).not.toContain(time.textContent!.trim());
    },
  );
});

describe('home page cards', () => {
  it.each(localeCodes)('%s: every guide card shows the guide’s review day, short', (locale) => {
    const doc = byPath.get(localePath(locale))!.document;
    const cards = [...doc.querySelectorAll('.card')];
    const guides = [...reviewed].filter(
      ([p, r]) => p.startsWith(localePath(locale)) && !p.includes('/declines/') && r.contentLocale === locale,
    );
    expect(cards.map((c) => c.querySelector('a')!.getAttribute('href')).sort()).toEqual(guides.map(([p]) => p).sort());
    for (const card of cards) {
      const href = card.querySelector('a')!.getAttribute('href')!;
      const time = card.querySelector('.card-date time')!;
      expect(time?.getAttribute('datetime'), href).toBe(reviewed.get(href)!.reviewed);
      expect(time.textContent, href).toContain(formatDate(reviewed.get(href)!.reviewed, locale, { dateStyle: 'medium' }));
    }
  });
});
