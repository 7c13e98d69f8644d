// `npm run bench`: builds the site and prints what a reader downloads per page type, what the
// first and second search cost, and build and index times for the site and for a generated
// corpus of 1,000 article pairs. Figures, not pass/fail: budgets live in tests/build/budgets.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../../..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const pairs = Number(process.env.BENCH_PAIRS ?? 1000);

function build(env = {}) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`build failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  const index = /\[kb:pagefind\] indexed (\d+) pages.* in (\d+) ms/.exec(r.stdout + r.stderr);
  const pagesBuilt = /(\d+) page\(s\) built/.exec(r.stdout + r.stderr);
  return { seconds, pages: Number(pagesBuilt?.[1] ?? 0), indexed: Number(index?.[1] ?? 0), indexSeconds: Number(index?.[2] ?? 0) / 1000 };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const dist = path.join(root, 'dist');

console.log('Building the site…');
const site = build();

// Static weight of each page type: the HTML (with its inlined CSS) and every JS module it loads.
const types = { home: '/en/', article: '/en/five-dollar-authorization-hold/', 'decline entry': '/en/declines/generic-decline/', search: '/en/search/' };
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(path.join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"();]*?from\s*)?["']([^"']+)["']/g)) {
    if (m[1].startsWith('/pagefind/')) continue;
    moduleGraph(m[1].startsWith('/') ? m[1] : path.posix.join(path.posix.dirname(file), m[1]), seen);
  }
  return seen;
}
const rows = Object.entries(types).map(([type, p]) => {
  const html = readFileSync(path.join(dist, p, 'index.html'));
  const scripts = [...html.toString().matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  const js = [...new Set(scripts.flatMap((s) => [...moduleGraph(s)]))].map((f) => readFileSync(path.join(dist, f)));
  const jsRaw = js.reduce((a, b) => a + b.length, 0);
  const jsGz = js.reduce((a, b) => a + gz(b), 0);
  return { type, p, raw: html.length + jsRaw, gz: gz(html) + jsGz, requests: 1 + js.length, jsGz };
});

// What searching costs in a real browser: requests and bytes for the first and a second query.
async function measureSearch() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return undefined;
  }
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return undefined;
  const { serveSite } = await import('../../../tests/helpers/server.ts');
  const server = await serveSite(dist);
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage();
  let log = [];
  page.on('requestfinished', async (req) => {
    const res = await req.response();
    const body = res ? await res.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
    log.push(body.length);
  });
  await page.goto(`${server.origin}/en/search/`, { waitUntil: 'networkidle' });
  const pageLoad = { requests: log.length, bytes: log.reduce((a, b) => a + b, 0) };
  const run = async (q) => {
    log = [];
    await page.fill('#search-input', q);
    // Done when the first result is this query's (the previous query's list stays until then).
    await page.waitForFunction((query) => new URL(location.href).searchParams.get('q') === query && /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? '') && document.querySelector('[data-search-results] a')?.getAttribute('href') !== window.__lastFirst, q);
    await page.evaluate(() => (window.__lastFirst = document.querySelector('[data-search-results] a')?.getAttribute('href')));
    await page.waitForLoadState('networkidle');
    return { requests: log.length, bytes: log.reduce((a, b) => a + b, 0) };
  };
  const first = await run('authorization hold');
  const second = await run('insufficient funds');
  await browser.close();
  await server.close();
  return { pageLoad, first, second };
}
const search = await measureSearch();

console.log(`Generating ${pairs} article pairs and building them…`);
const corpusDir = path.join(root, 'bench-corpus');
spawnSync(process.execPath, [path.join(root, 'src/tools/bench/generate-corpus.mjs'), String(pairs), corpusDir], { stdio: 'inherit' });
const corpus = build({ KB_CONTENT_DIR: corpusDir, KB_OUT_DIR: path.join(corpusDir, 'dist'), KB_CACHE_DIR: path.join(corpusDir, 'cache') });
rmSync(corpusDir, { recursive: true, force: true });

const date = new Date().toISOString().slice(0, 10);
const lines = [
  `Benchmark ${date} (uncompressed / gzip -9; JS includes every module a page imports)`,
  '',
  '| page type | path | HTML+CSS+JS raw | compressed | requests | JS compressed |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.type} | \`${r.p}\` | ${kb(r.raw)} | ${kb(r.gz)} | ${r.requests} | ${kb(r.jsGz)} |`),
  '',
  search
    ? [
        '| search (Chromium, /en/search/) | requests | bytes (uncompressed) |',
        '| --- | --- | --- |',
        `| page load | ${search.pageLoad.requests} | ${kb(search.pageLoad.bytes)} |`,
        `| first search ("authorization hold") | ${search.first.requests} | ${kb(search.first.bytes)} |`,
        `| second search ("insufficient funds") | ${search.second.requests} | ${kb(search.second.bytes)} |`,
      ].join('\n')
    : '(search figures skipped: no Chromium at /usr/bin/chromium or CHROMIUM_PATH)',
  '',
  '| build | pages | build time | records indexed | index time |',
  '| --- | --- | --- | --- | --- |',
  `| this site | ${site.pages} | ${site.seconds.toFixed(1)} s | ${site.indexed} | ${site.indexSeconds.toFixed(1)} s |`,
  `| + ${pairs} generated article pairs | ${corpus.pages} | ${corpus.seconds.toFixed(1)} s | ${corpus.indexed} | ${corpus.indexSeconds.toFixed(1)} s |`,
];
console.log(lines.join('\n'));
