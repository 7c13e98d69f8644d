import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { distDir } from './paths.ts';
import { htmlToText } from '../../src/lib/html.ts';
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
 * the data-pagefind-body element without the parts marked data-pagefind-ignore, tags removed
 * and entities decoded. Undefined when the page has no body.
 */
export function indexableText(built: string): string | undefined {
  const html = prepareForIndex(built);
  const open = /<([a-z]+)[^>]*\sdata-pagefind-body[\s>=]/.exec(html);
  if (!open) return undefined;
  // The body element is an <article> or <main> that does not nest its own kind.
  const end = html.indexOf(`</${open[1]}>`, open.index);
  const body = html.slice(open.index, end === -1 ? undefined : end);
  return htmlToText(
    body
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<(div|nav|section|aside|header|footer|span)[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/\1>/g, ' '),
  );
}
