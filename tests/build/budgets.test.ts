import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadSite, resolveSitePath } from '../helpers/site';
import { distDir } from '../helpers/paths';
import { declinePaths, guidePaths, loadDeclines } from '../helpers/content';
import { localeCodes } from '../../src/i18n/locales';
import { localeFromPath, localePath } from '../../src/i18n/paths';
import { themeScript } from '../../src/site.config';
import { placeholderPreview } from '../../src/lib/og/placeholder';

const pages = loadSite();
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** Every JS file a module pulls in through static imports, starting from its <script src>. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(path.join(distDir, entry), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1]!;
    if (spec.startsWith('/pagefind/')) continue; // loaded on demand by search only
    const resolved = spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(entry), spec);
    moduleGraph(resolved, seen);
  }
  return seen;
}

const scriptsOf = (doc: Document) => [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!);
const isSearchPage = (p: string) => localeCodes.some((l) => p === localePath(l, 'search') || p === localePath(l, 'declines'));
// Every guide page the content tree publishes (src/lib/registry.ts), so a new guide is measured too.
const guides = guidePaths();

describe('speed and size budgets on the real build', () => {
  // One round trip from a distant reader carries about 14 KB (an initial TCP window of 10
  // segments). Everything the first screen needs (the head, the inlined stylesheet and the page up
  // to the end of its answer: a guide's quick answer, an entry's "What to do") must fit in it, so
  // the first screen renders after one round trip; the rest of a long guide streams in behind it.
  // The whole page stays within two round trips.
  const FIRST_ROUND_TRIP = 14 * 1024;
  const WHOLE_PAGE = 24 * 1024;
  const firstScreenEnd = (html: string) => {
    const at = html.search(/id="(quick-answer|what-to-do)"/);
    return at === -1 ? -1 : html.indexOf('</section>', at) + '</section>'.length;
  };
  const answerPages = pages.filter(
    (p) => localeFromPath(p.path) && /^\/[^/]+\/(declines\/)?[a-z0-9-]+\/$/.test(p.path) && firstScreenEnd(p.html) > 0,
  );
  it('finds the answer of every guide and entry page', () => {
    expect([...guides, ...declinePaths()].filter((g) => !answerPages.some((p) => p.path === g))).toEqual([]);
  });
  it.each(answerPages.map((p) => [p.path, p] as const))(
    '%s: the first screen within one round trip (14 KB compressed), the page within 24 KB',
    (_p, page) => {
      const css = [...page.document.querySelectorAll('link[rel=stylesheet]')]
        .map((l) => readFileSync(resolveSitePath(l.getAttribute('href')!)!, 'utf8'))
        .join('');
      expect(gz(css + page.html.slice(0, firstScreenEnd(page.html)))).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
      expect(gz(page.html + css)).toBeLessThanOrEqual(WHOLE_PAGE);
    },
  );

  // 2 KB, plus 0.5 KB for the loader that starts search when a reader focuses the header box
  // (src/scripts/search-focus.ts; about 0.4 KB): everything else of search loads only then.
  const jsBudget = 2 * 1024 + 512;
  it.each(pages.filter((p) => !isSearchPage(p.path)).map((p) => [p.path, p] as const))(
    '%s: at most 2 KB of compressed JS (+0.5 KB search loader)',
    (_p, page) => {
      const files = new Set(scriptsOf(page.document).flatMap((src) => [...moduleGraph(src)]));
      const bytes = [...files].reduce((sum, f) => sum + gz(readFileSync(path.join(distDir, f))), 0);
      expect(bytes).toBeLessThanOrEqual(jsBudget);
    },
  );

  it('has no render-blocking script: every script is a module or deferred, a JSON-LD data block, or the tiny inline theme script (no request)', () => {
    for (const page of pages) {
      for (const s of page.document.querySelectorAll('script')) {
        const type = s.getAttribute('type');
        const theme = !s.hasAttribute('src') && s.textContent === themeScript && themeScript.length < 300;
        const ok = theme || type === 'module' || type === 'application/ld+json' || s.hasAttribute('defer') || s.hasAttribute('async');
        expect(ok, `${page.path}: ${s.outerHTML.slice(0, 80)}`).toBe(true);
      }
    }
  });

  it('loads no web font: no @font-face, no font files', () => {
    const fontFiles: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(woff2?|ttf|otf|eot)$/i.test(name)) fontFiles.push(full);
      }
    };
    walk(distDir);
    expect(fontFiles).toEqual([]);
    for (const page of pages) expect(page.html, page.path).not.toMatch(/@font-face/);
  });
});

describe('link previews', () => {
  const homes = localeCodes.map((l) => localePath(l));
  const targets = pages.filter(
    (p) => homes.includes(p.path) || guides.includes(p.path) || (p.path.includes('/declines/') && !p.path.endsWith('/declines/')),
  );

  it.each(targets.map((p) => [p.path, p] as const))('%s has a 1200×630 Open Graph image of its own', (_p, page) => {
    const url = page.document.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(url).toBeTruthy();
    const file = resolveSitePath(new URL(url!).pathname)!;
    expect(file, url ?? 'og:image').toBeTruthy();
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(page.document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
  });

  it('draws the sample previews for real in each language (test builds leave the rest plain)', () => {
    // Drawn in every build: the home card of each language (see src/pages/og).
    const homes = targets.filter((p) => /^\/(en|zh-cn)\/$/.test(p.path));
    expect(homes.length).toBeGreaterThanOrEqual(2);
    const pngs = homes.map((p) =>
      readFileSync(resolveSitePath(new URL(p.document.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname)!),
    );
    for (const png of pngs) expect(png.length).toBeGreaterThan(placeholderPreview().length * 4);
    expect(new Set(pngs.map((p) => p.toString('base64'))).size).toBe(pngs.length);
  });

  it('gives each page an image address of its own, in its own language', () => {
    const images = targets.map((p) => p.document.querySelector('meta[property="og:image"]')!.getAttribute('content'));
    expect(new Set(images).size).toBe(images.length);
  });
  // A crawler sends no language to a short link: its preview carries every language's title.
  const shortLinks = pages.filter((p) => p.path.startsWith('/d/'));
  const previewOf = (page: (typeof pages)[number]) => {
    const url = page.document.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(url, `${page.path} og:image`).toBeTruthy();
    const file = resolveSitePath(new URL(url!).pathname);
    expect(file, url!).toBeTruthy();
    return { url: new URL(url!).pathname, png: readFileSync(file!) };
  };

  it('gives every /d/ short link a 1200×630 PNG in dist, one per entry, shared by its id and code links', () => {
    const byEntry = new Map<string, Set<string>>();
    for (const page of shortLinks) {
      const { url, png } = previewOf(page);
      expect(png.subarray(1, 4).toString(), url).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
      expect(page.document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
      const id = page.document.querySelector('[data-short-link]')!.getAttribute('data-short-link')!;
      byEntry.set(id, (byEntry.get(id) ?? new Set()).add(url));
    }
    expect([...byEntry.keys()].sort()).toEqual(
      loadDeclines()
        .map((f) => f.id)
        .sort(),
    );
    for (const [id, urls] of byEntry) expect([...urls], id).toHaveLength(1);
    const images = [...byEntry.values()].map((u) => [...u][0]);
    expect(new Set(images).size).toBe(byEntry.size);
    // Not any language's entry image.
    const entryImages = new Set(
      targets.map((p) => new URL(p.document.querySelector('meta[property="og:image"]')!.getAttribute('content')!).pathname),
    );
    for (const url of images) expect(entryImages.has(url!), url).toBe(false);
  });

  it("describes a short link's preview with every language's title of the entry, and draws one for real", () => {
    for (const page of shortLinks) {
      const alt = page.document.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')!;
      const titles = [...page.document.querySelectorAll('main a.button:not([lang])')].map((a) => a.textContent!.trim());
      expect(titles.length, page.path).toBeGreaterThan(0);
      for (const title of titles) expect(alt, page.path).toContain(title);
    }
    const drawn = shortLinks.filter((p) => previewOf(p).png.length > placeholderPreview().length * 4);
    expect(drawn.length).toBeGreaterThan(0);
  });
});
