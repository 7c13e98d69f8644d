// The distant-reader model for `npm run bench`: a static server that holds every response one
// round trip plus its transfer time (RTT + bytes ÷ bandwidth) before sending it, the way a reader in
// mainland China meets a host abroad. It serves HTTP/2 over TLS (a self-signed certificate made with
// openssl, as every CDN serves browsers HTTP/2) and gzips text as static hosts do, so the bytes and
// the parallelism the browser sees are those of a real deployment. Each response is held on its
// own: the model does not share the bandwidth between parallel responses.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createSecureServer } from 'node:http2';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypes as types } from '../contentTypes.mjs';

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** The wall-clock time in milliseconds, to the same base as a page's performance.timeOrigin + now(). */
export const now = () => performance.timeOrigin + performance.now();

/** A self-signed certificate for 127.0.0.1, made once per cache folder (undefined without openssl). */
function certificate(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  if (!existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '30',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) return undefined;
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** The file a static host answers a path with: dir/index.html for a folder, undefined when none. */
function resolve(root, pathname) {
  let p;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(root, p);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/**
 * Serves `root` on 127.0.0.1 under the distant-reader model.
 * @param {string} root the built site
 * @param {{ rtt?: number, mbps?: number, certDir: string }} options round trip in ms, bandwidth in Mbit/s
 * @returns {Promise<{ origin: string, protocol: string, log: { path: string, start: number, end: number, bytes: number }[], idle: () => Promise<void>, close: () => Promise<void> }>}
 */
export async function serveDistant(root, { rtt = 200, mbps = 4, certDir }) {
  const log = [];
  const bodies = new Map();
  const body = (file, gzip) => {
    const key = `${file}|${gzip}`;
    if (!bodies.has(key)) {
      const raw = readFileSync(file);
      bodies.set(key, gzip ? gzipSync(raw, { level: 6 }) : raw);
    }
    return bodies.get(key);
  };
  const handler = (req, res) => {
    const start = now();
    const url = new URL(req.url ?? '/', 'https://localhost');
    let status = 200;
    let headers = {};
    let data;
    const file = resolve(root, url.pathname);
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && resolve(root, `${url.pathname}/`)) {
      status = 301;
      headers = { location: `${url.pathname}/${url.search}` };
      data = Buffer.alloc(0);
    } else {
      const target = file ?? (existsSync(path.join(root, '404.html')) ? path.join(root, '404.html') : undefined);
      if (!file) status = 404;
      const type = target ? (types[path.extname(target)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
      const gzip = compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      data = target ? body(target, gzip) : Buffer.from('not found');
      headers = { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) };
    }
    const hold = rtt + (data.length * 8) / (mbps * 1000);
    // A response the browser gave up on (its page closed) is neither sent nor logged: it would
    // count in the next scenario's window.
    let gone = false;
    res.on('close', () => (gone = true));
    inflight++;
    setTimeout(() => {
      inflight--;
      if (!gone && !res.destroyed) {
        res.writeHead(status, { ...headers, 'content-length': String(data.length), 'cache-control': 'no-cache' });
        res.end(data);
        log.push({ path: url.pathname + url.search, start, end: now(), bytes: data.length, status });
      }
      if (inflight === 0) for (const resolve of waiting.splice(0)) resolve();
    }, hold);
  };
  let inflight = 0;
  const waiting = [];
  const tls = certDir ? certificate(certDir) : undefined;
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handler) : createHttp(handler);
  const sockets = new Set();
  server.on(tls ? 'secureConnection' : 'connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    protocol: tls ? 'HTTP/2' : 'HTTP/1.1',
    log,
    /** Resolves once no response is being held (nothing of a previous scenario still in flight). */
    idle: () => new Promise((resolve) => (inflight === 0 ? resolve() : waiting.push(resolve))),
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

/**
 * The longest chain of requests that waited on each other in a window: a sequence in which each
 * request started only after the one before it had finished. Requests still in flight when the
 * window opens count; the chain is returned as paths.
 */
export function longestChain(entries) {
  const sorted = [...entries].sort((a, b) => a.start - b.start);
  const best = sorted.map(() => ({ length: 1, prev: -1 }));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      // 2 ms of slack: the browser issues a dependent request a moment after the response lands.
      if (sorted[j].end <= sorted[i].start + 2 && best[j].length + 1 > best[i].length) best[i] = { length: best[j].length + 1, prev: j };
    }
  }
  let at = best.reduce((m, b, i) => (b.length > (best[m]?.length ?? 0) ? i : m), 0);
  const chain = [];
  while (at >= 0 && sorted[at]) {
    chain.unshift(sorted[at].path);
    at = best[at].prev;
  }
  return chain;
}
