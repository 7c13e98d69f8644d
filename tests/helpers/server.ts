import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveSitePath } from './site.ts';
import { distDir } from './paths.ts';
import { contentTypes as types } from '../../src/tools/contentTypes.mjs';

/** The `/*` headers of a Netlify-style _headers file. */
async function headersFile(root: string): Promise<Record<string, string>> {
  const text = await readFile(path.join(root, '_headers'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^\s+\S+: /.test(l))
      .map(
        (l) =>
          l
            .trim()
            .split(/: (.*)/)
            .slice(0, 2) as [string, string],
      ),
  );
}

/**
 * Serves a built site on 127.0.0.1 the way a static host does (dir/index.html, /404.html);
 * with `headers`, every response also carries the headers of dist/_headers, as on Netlify.
 * With `base` ('/kb/'), the site is served under that sub-path, as a project page is: the output
 * folder's root is /kb/, and anything outside it is a bare 404 from the host.
 */
export async function serveSite(
  root = distDir,
  options: { headers?: boolean; base?: string } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const extra = options.headers ? await headersFile(root) : {};
  const base = options.base ?? '/';
  const server: Server = createServer(async (req, res) => {
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === base.slice(0, -1)) {
      res.writeHead(301, { location: `${base}${url.search}` }).end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under the base');
      return;
    }
    const sitePath = url.pathname.slice(base.length - 1);
    if (!sitePath.endsWith('/') && !path.extname(sitePath) && resolveSitePath(`${sitePath}/`, root)) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = resolveSitePath(sitePath, root);
    if (!file) {
      res.writeHead(404, { 'content-type': types['.html']! }).end(await readFile(path.join(root, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server did not bind');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => server.close(() => r())) };
}
