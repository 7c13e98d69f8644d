import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './paths.ts';
import { prepareForIndex } from '../../src/lib/search/indexHtml.ts';

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
  const candidates = clean.endsWith('/')
    ? [path.join(root, clean, 'index.html')]
    : [path.join(root, clean), path.join(root, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * The indexable text of a built page, as the build hands it to Pagefind (see prepareForIndex):
 * the data-pagefind-body element without the parts marked data-pagefind-ignore (nested markup
 * and all), scripts and styles; a space where a tag was ("<h1>标题</h1><p>正文" reads "标题 正文").
 * Undefined when the page has no body.
 */
export function indexableText(built: string): string | undefined {
  const body = parseHTML(prepareForIndex(built)).document.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const copy = body.cloneNode(true) as Element;
  for (const el of copy.querySelectorAll('[data-pagefind-ignore], script, style')) el.remove();
  // Each tag counts as a space (adjacent text nodes, which the parser makes around entities, do not).
  const text = (node: Node): string => (node.nodeType === 3 ? (node.nodeValue ?? '') : ` ${[...node.childNodes].map(text).join('')} `);
  return text(copy).replace(/\s+/g, ' ').trim();
}
