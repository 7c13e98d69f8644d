import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './paths.ts';

export interface BuiltPage {
  /** Site path: /en/card-declined/ or /404.html */
  path: string;
  file: string;
  html: string;
  document: Document;
}

/** Every HTML page of a built site, parsed. */
export function loadSite(root = distDir): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === 'pagefind' || name === '_astro') continue;
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.html')) {
        const rel = '/' + path.relative(root, full).split(path.sep).join('/');
        const sitePath = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        const html = readFileSync(full, 'utf8');
        pages.push({ path: sitePath, file: full, html, document: parseHTML(html).document as unknown as Document });
      }
    }
  };
  walk(root);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The file a site path is served from, or undefined. */
export function resolveSitePath(sitePath: string, root = distDir): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [path.join(root, clean, 'index.html')] : [path.join(root, clean), path.join(root, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}
