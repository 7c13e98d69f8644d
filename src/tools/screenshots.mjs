// npm run screenshots: PNGs of the main page types for a person to look at, from the current
// dist/ (build first; this script builds nothing). Every page type in both languages, light and
// dark, at 390 px (a phone) and 1280 px (a laptop), into screenshots/ (git-ignored).
//
//   npm run screenshots                 first screen of every page type
//   npm run screenshots -- --full       also the whole page (-full.png)
//   npm run screenshots -- --only=guide only the page types whose name contains "guide"
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';
import { contentTypes as types } from './contentTypes.mjs';
import { load } from 'js-yaml';
import { localeCodes, locales } from '../i18n/locales.ts';

const root = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dist = path.join(root, 'dist');
const out = path.join(root, 'screenshots');
const full = process.argv.includes('--full');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
// The search screenshot searches for a decline entry's title, in each language.
const sample = load(readFileSync(path.join(root, 'content/declines/insufficient-funds.yaml'), 'utf8'));

if (!existsSync(path.join(dist, '404.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}

const pages = [
  { name: 'home', path: (l) => `/${l}/` },
  { name: 'guide', path: (l) => `/${l}/card-declined/` },
  { name: 'guide-table', path: (l) => `/${l}/api-vs-chatgpt-billing/`, scroll: '.prose table' },
  { name: 'guide-faq', path: (l) => `/${l}/five-dollar-authorization-hold/`, scroll: '#faq' },
  { name: 'decline-entry', path: (l) => `/${l}/declines/insufficient-funds/` },
  { name: 'decline-entry-share', path: (l) => `/${l}/declines/insufficient-funds/`, scroll: '.share' },
  { name: 'decline-catalogue', path: (l) => `/${l}/declines/` },
  { name: 'search', path: (l) => `/${l}/search/?q=${encodeURIComponent(sample[l].title)}`, wait: '[data-search-results] li' },
  { name: '404', path: (l) => `/${l}/no-such-page/` },
].filter((p) => !only || p.name.includes(only));

const fileFor = (pathname) => {
  const clean = path.join(dist, decodeURIComponent(pathname));
  if (!clean.startsWith(dist)) return undefined;
  for (const candidate of pathname.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, path.join(clean, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
};
const server = createServer((req, res) => {
  const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
  if (!pathname.endsWith('/') && !path.extname(pathname) && fileFor(`${pathname}/`)) {
    res.writeHead(301, { location: `${pathname}/${search}` }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': types['.html'] }).end(readFileSync(path.join(dist, '404.html')));
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync(out, { recursive: true });
let count = 0;
try {
  for (const width of [390, 1280]) {
    for (const scheme of ['light', 'dark']) {
      for (const locale of localeCodes) {
        const context = await browser.newContext({
          viewport: { width, height: width < 600 ? 844 : 800 },
          deviceScaleFactor: 1,
          colorScheme: scheme,
          locale: locales[locale].lang,
        });
        const page = await context.newPage();
        for (const p of pages) {
          await page.goto(`${origin}${p.path(locale)}`, { waitUntil: 'load' });
          if (p.wait)
            await page
              .locator(p.wait)
              .first()
              .waitFor({ timeout: 15_000 })
              .catch(() => {});
          if (p.scroll) {
            await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), p.scroll);
            await page.waitForTimeout(100);
          }
          const base = path.join(out, `${width}-${scheme}-${locale}-${p.name}`);
          await page.screenshot({ path: `${base}.png` });
          if (full) await page.screenshot({ path: `${base}-full.png`, fullPage: true });
          count += full ? 2 : 1;
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${count} screenshots in ${path.relative(process.cwd(), out) || out}/`);
