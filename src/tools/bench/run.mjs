// `npm run bench`: builds the site (cold, then warm) and prints what a reader downloads per page
// type; what a distant reader waits for (distant-server.mjs, reader.mjs), on this site and on an
// out-of-the-box Starlight site with the same texts (starlight.mjs); and build and index times for
// a generated corpus of 1,000 article pairs. Figures, not pass/fail: budgets live in
// tests/build/budgets.test.ts.
//
// Options (after `npm run bench --`): --rtt <ms> (200), --mbps <Mbit/s> (4), --runs <n> (3, medians
// are printed), --no-build (reuse dist/), --dist <dir> (measure another build, e.g. an older
// one; implies --no-build), --no-starlight, --no-corpus, --only-reader.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serveDistant } from './distant-server.mjs';
import { readerRun, starlightSite, thisSite, TYPING } from './reader.mjs';
import { prepareStarlight } from './starlight.mjs';
import { chromiumLaunchOptions } from '../chromium.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const { values: opts } = parseArgs({
  options: {
    rtt: { type: 'string', default: process.env.BENCH_RTT ?? '200' },
    mbps: { type: 'string', default: process.env.BENCH_MBPS ?? '4' },
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '3' },
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    'no-starlight': { type: 'boolean', default: false },
    'no-corpus': { type: 'boolean', default: false },
    'only-reader': { type: 'boolean', default: false },
  },
});
const rtt = Number(opts.rtt);
const mbps = Number(opts.mbps);
const runs = Math.max(1, Number(opts.runs));
const onlyReader = opts['only-reader'] || Boolean(opts.dist);
const pairs = Number(process.env.BENCH_PAIRS ?? 1000);
const cacheDir = path.join(root, 'node_modules/.cache/kb-bench');

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
  const out = r.stdout + r.stderr;
  const index = /\[kb:pagefind\] indexed (\d+) pages.* in (\d+) ms/.exec(out);
  const pagesBuilt = /(\d+) page\(s\) built/.exec(out);
  const og = /\[kb:og\] (\d+) preview images: (\d+) drawn, (\d+) from the cache/.exec(out);
  return {
    seconds,
    pages: Number(pagesBuilt?.[1] ?? 0),
    indexed: Number(index?.[1] ?? 0),
    indexSeconds: Number(index?.[2] ?? 0) / 1000,
    og: og ? { total: Number(og[1]), drawn: Number(og[2]), cached: Number(og[3]) } : undefined,
  };
}

const kb = (n) => (Number.isFinite(n) ? `${(n / 1024).toFixed(1)} KB` : '–');
const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const dist = opts.dist ? path.resolve(opts.dist) : path.join(root, 'dist');

// Build times: cold (no build output, no content or preview-image cache), then warm (nothing changed).
let cold;
let warm;
if (!opts['no-build'] && !onlyReader) {
  console.log('Building the site cold (no dist/, no caches)…');
  rmSync(dist, { recursive: true, force: true });
  rmSync(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  cold = build();
  console.log(`  ${cold.seconds.toFixed(1)} s; building it again, warm…`);
  warm = build();
  console.log(`  ${warm.seconds.toFixed(1)} s`);
} else if (!existsSync(path.join(dist, 'pagefind'))) {
  throw new Error('--no-build needs an existing build in dist/');
}

// Static weight of each page type: the HTML (with its inlined CSS) and every JS module it loads.
const types = {
  home: '/en/',
  article: '/en/five-dollar-authorization-hold/',
  'decline entry': '/en/declines/generic-decline/',
  search: '/en/search/',
};
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

// The distant reader, on this site and on Starlight.
// Header searches: a code (card_declined: the decline lookup table answers it), and queries only
// the index answers. `link`: the search page opened from a ?q= link; `next`: the query after it.
const queries = {
  en: {
    header: { code: 'card_declined', words: 'authorization hold' },
    link: 'authorization hold',
    next: 'refund',
    message: 'Your card has insufficient funds.',
    messageEntry: 'insufficient-funds',
  },
  'zh-cn': {
    header: { code: 'card_declined', words: '预授权' },
    link: '预授权',
    next: '退款',
    message: '您的卡已被拒绝',
    messageEntry: 'generic-decline',
  },
};
async function distantReader() {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return undefined;
  }
  const options = chromiumLaunchOptions();
  if (!existsSync(options.executablePath)) return undefined;
  const sites = [{ profile: thisSite, dist }];
  let starlight;
  if (!opts['no-starlight']) {
    starlight = prepareStarlight({ root, siteDist: dist });
    sites.push({ profile: starlightSite, dist: starlight.dist });
  }
  const browser = await chromium.launch(options);
  const results = {};
  let protocol;
  try {
    for (const { profile, dist: siteDist } of sites) {
      const server = await serveDistant(siteDist, { rtt, mbps, certDir: path.join(cacheDir, 'tls') });
      protocol = server.protocol;
      for (const lang of ['en', 'zh-cn']) {
        const all = [];
        for (let i = 0; i < runs; i++) {
          process.stdout.write(`  ${profile.name}, ${lang}, run ${i + 1}/${runs}…\n`);
          all.push(await readerRun({ browser, server, profile, lang, queries }));
        }
        results[`${profile.name}|${lang}`] = summarise(all);
      }
      await server.close();
    }
  } finally {
    await browser.close();
  }
  return { results, starlight, protocol };
}

/** Medians per scenario and figure; the chain of the run whose time is the median. */
function summarise(all) {
  const out = {};
  for (const scenario of Object.keys(all[0])) {
    const xs = all.map((r) => r[scenario]);
    const m = {};
    for (const key of Object.keys(xs[0])) if (key !== 'chain') m[key] = median(xs.map((x) => x[key]));
    const byTime = [...xs].sort((a, b) => a.ms - b.ms);
    m.chain = byTime[Math.floor((byTime.length - 1) / 2)].chain ?? [];
    m.runs = xs.map((x) => x.ms);
    out[scenario] = m;
  }
  return out;
}

console.log(`The distant reader: ${rtt} ms round trip, ${mbps} Mbit/s, ${runs} run(s) per figure…`);
const reader = await distantReader();

let corpus;
if (!opts['no-corpus'] && !onlyReader) {
  console.log(`Generating ${pairs} article pairs and building them…`);
  const corpusDir = path.join(root, 'bench-corpus');
  spawnSync(process.execPath, [path.join(root, 'src/tools/bench/generate-corpus.mjs'), String(pairs), corpusDir], { stdio: 'inherit' });
  corpus = build({ KB_CONTENT_DIR: corpusDir, KB_OUT_DIR: path.join(corpusDir, 'dist'), KB_CACHE_DIR: path.join(corpusDir, 'cache') });
  rmSync(corpusDir, { recursive: true, force: true });
}

const date = new Date().toISOString().slice(0, 10);
const short = (p) =>
  p
    .replace(/^\/pagefind\/(fragment|index)\/.*/, '/pagefind/$1/…')
    .replace(/\?.*$/, '')
    .replace(/^\/_astro\/([^.]+)\..*$/, '/_astro/$1…');
const cell = (m, { chain = true } = {}) =>
  m ? `${sec(m.ms)} · ${kb(m.bytes)} · ${m.requests} req${chain ? ` · chain ${m.chain.length}` : ''}` : '–';
const lines = [
  `Benchmark ${date} (uncompressed / gzip -9; JS includes every module a page imports)`,
  '',
  '| page type | path | HTML+CSS+JS raw | compressed | requests | JS compressed |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.type} | \`${r.p}\` | ${kb(r.raw)} | ${kb(r.gz)} | ${r.requests} | ${kb(r.jsGz)} |`),
  '',
];
if (reader) {
  const { results, starlight, protocol } = reader;
  const sites = [thisSite.name, ...(starlight ? [starlightSite.name] : [])];
  lines.push(
    `Distant reader (${rtt} ms round trip + transfer at ${mbps} Mbit/s per response, ${protocol}, gzip; medians of ${runs}; ` +
      `typing ${TYPING.perCharMs} ms per character after a ${TYPING.pauseAfterFocusMs} ms pause, paste ${TYPING.pasteAfterFocusMs} ms after focus). ` +
      `Time from Enter (Starlight: the last keystroke) to the first result on screen; bytes on the wire and requests completed in that time; ` +
      `chain: the longest run of requests each started after the previous one finished.` +
      (starlight ? ` Starlight ${starlight.version}, ${starlight.pages} pages of the same texts.` : ''),
    '',
    `| scenario | lang | ${sites.join(' | ')} |`,
    `| --- | --- | ${sites.map(() => '---').join(' | ')} |`,
  );
  const both = (key) => `"${queries.en[key] ?? ''}" / "${queries['zh-cn'][key] ?? ''}"`;
  const scenarios = [
    ['article: first visit (first paint)', 'article'],
    [`header search, typed: "${queries.en.header.words}" / "${queries['zh-cn'].header.words}"`, 'typed words'],
    ['header search, the same pasted at once (no head start)', 'pasted words'],
    [`header search, typed: "${queries.en.header.code}" (a code)`, 'typed code'],
    ['header search, the same pasted at once', 'pasted code'],
    [`exact decline message, pasted: ${both('message')}`, 'message'],
    [`search page from a ?q= link (from navigation): ${both('link')}`, 'link'],
    [`next query on the search page: ${both('next')}`, 'next'],
  ];
  for (const [label, key] of scenarios) {
    for (const lang of ['en', 'zh-cn']) {
      const cells = sites.map((s) => cell(results[`${s}|${lang}`]?.[key]));
      if (cells.every((c) => c === '–')) continue;
      lines.push(`| ${label} | ${lang} | ${cells.join(' | ')} |`);
    }
  }
  lines.push('', 'Everything search downloaded from focus to the first result (typed words): bytes · requests');
  for (const lang of ['en', 'zh-cn']) {
    lines.push(
      `- ${lang}: ${sites.map((s) => `${s} ${kb(results[`${s}|${lang}`]?.['typed words']?.focusBytes)} · ${results[`${s}|${lang}`]?.['typed words']?.focusRequests ?? '–'}`).join('; ')}`,
    );
  }
  lines.push('', 'Longest chains, header search (median run):');
  for (const s of sites) {
    for (const lang of ['en', 'zh-cn']) {
      const m = results[`${s}|${lang}`];
      lines.push(
        `- ${s}, ${lang}: typed: ${m['typed words'].chain.map(short).join(' → ') || '(none)'}; pasted at once: ${m['pasted words'].chain.map(short).join(' → ')}`,
      );
    }
  }
  const keys = ['typed words', 'pasted words', 'typed code', 'pasted code', 'message', 'link', 'next'];
  lines.push('', `Every run (${keys.join(' / ')}, ms):`);
  for (const s of sites)
    for (const lang of ['en', 'zh-cn']) {
      const m = results[`${s}|${lang}`];
      lines.push(`- ${s}, ${lang}: ${keys.map((k) => (m[k]?.runs ?? []).map((x) => Math.round(x)).join('/') || '–').join('; ')}`);
    }
  lines.push('');
} else {
  lines.push('(distant-reader figures skipped: no Chromium at /usr/bin/chromium or CHROMIUM_PATH)', '');
}
if (cold || corpus) {
  lines.push('| build | pages | build time | preview images | records indexed | index time |', '| --- | --- | --- | --- | --- | --- |');
  const ogCell = (b) => (b.og ? `${b.og.drawn} drawn, ${b.og.cached} cached` : '–');
  if (cold)
    lines.push(
      `| this site, cold | ${cold.pages} | ${cold.seconds.toFixed(1)} s | ${ogCell(cold)} | ${cold.indexed} | ${cold.indexSeconds.toFixed(1)} s |`,
    );
  if (warm)
    lines.push(
      `| this site, warm | ${warm.pages} | ${warm.seconds.toFixed(1)} s | ${ogCell(warm)} | ${warm.indexed} | ${warm.indexSeconds.toFixed(1)} s |`,
    );
  if (corpus)
    lines.push(
      `| + ${pairs} generated article pairs, cold | ${corpus.pages} | ${corpus.seconds.toFixed(1)} s | ${ogCell(corpus)} | ${corpus.indexed} | ${corpus.indexSeconds.toFixed(1)} s |`,
    );
}
console.log(lines.join('\n'));
