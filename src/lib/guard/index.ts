import path from 'node:path';
import { defaultLocale, localeCodes, isLocale } from '../../i18n/locales';
import { localePath } from '../../i18n/paths';
import { firstContentDate, isAllowedSource } from '../../site.config';
import { citationProblem, citedFacts, loadFacts } from '../facts';
import { parseDay, today } from '../freshness';
import { mdxHeadings, type Heading } from '../headings';
import { lineAt, type Problem } from './problem';
import { lineOfKey, readContentTree, type SourceFile } from './source';
import { dangerousMarkup, linkTargets, rawHtml, withoutCode, withoutYamlComments } from './text';

export { formatProblem, type Problem } from './problem';

/** Ids the page layouts give their own elements: a heading or FAQ id must not reuse them. */
export const LAYOUT_IDS = ['top', 'main', 'header-search', 'quick-answer', 'faq', 'sources', 'related'];
/** Ids of a decline entry page's own sections (src/layouts/Decline.astro). */
export const DECLINE_SECTION_IDS = ['meaning', 'what-to-do', 'variants', 'where', 'short-link'];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface GuardOptions {
  /** "Today" for the not-in-the-future date rule (tests pass a fixed day). */
  today?: Date;
  /** Paths in messages are relative to this folder. */
  projectRoot?: string;
}

const faqIds = (f: SourceFile, block?: string): { id: string; line: number }[] => {
  const data = block ? (f.data[block] as Record<string, unknown> | undefined) : f.data;
  const faq = (data?.['faq'] as { id?: unknown }[] | undefined) ?? [];
  const lines = f.raw.split('\n');
  let from = block ? lineOfKey(f.raw, block) : 1;
  return faq.map((q) => {
    const id = String(q.id);
    const at = lines.findIndex((text, i) => i >= from - 1 && new RegExp(`^\\s*(?:-\\s+)?id:\\s*["']?${id}["']?\\s*$`).test(text));
    if (at >= 0) from = at + 1;
    return { id, line: at + 1 || 1 };
  });
};

/**
 * Every problem the build refuses, found in the content sources before anything renders, each with
 * its file and line: file names, dates, ids, markup, links and anchors, related slugs, fact citations.
 */
export function checkContent(contentDir: string, options: GuardOptions = {}): Problem[] {
  const now = options.today ?? today(process.env);
  const files = readContentTree(contentDir, options.projectRoot);
  const problems: Problem[] = [];
  const add = (file: string, line: number, message: string) => problems.push({ file, line, message });

  for (const f of files) if (f.yamlError) add(f.file, f.yamlError.line, f.yamlError.message);

  // File names: a locale folder, a lower-case slug, the right extension.
  for (const f of files) {
    const ext = f.kind === 'article' ? '.mdx' : '.yaml';
    if (f.kind === 'other') add(f.file, 1, `only ${f.file.includes('/articles/') ? '.mdx' : '.yaml'} files belong in this folder`);
    else if (f.kind !== 'glossary' && !SLUG.test(f.name))
      add(f.file, 1, `file names are lower-case words joined by hyphens, e.g. card-declined${ext}`);
    if (f.kind === 'article' && !isLocale(f.folder))
      add(f.file, 1, `articles/${f.folder}/ is not a locale of the locale table (${localeCodes.join(', ')})`);
  }

  const articles = files.filter((f) => f.kind === 'article' && isLocale(f.folder) && SLUG.test(f.name) && !f.yamlError);
  const declines = files.filter((f) => f.kind === 'decline' && SLUG.test(f.name) && !f.yamlError);
  const glossary = files.find((f) => f.kind === 'glossary');
  const slugs = new Set(articles.map((a) => a.name));
  const declineIds = new Set(declines.map((d) => d.name));
  const article = (locale: string, slug: string) =>
    articles.find((a) => a.folder === locale && a.name === slug) ?? articles.find((a) => a.name === slug);
  // Headings as the site's Markdown processor reads them (lib/headings.ts), with file lines; a body
  // it cannot parse (an unclosed component, a stray `{`) is reported once, at Satteri's line.
  const headingCache = new Map<SourceFile, Heading[]>();
  const headings = (f: SourceFile): Heading[] => {
    let hs = headingCache.get(f);
    if (!hs) {
      try {
        hs = mdxHeadings(f.body).map((h) => ({ ...h, line: f.bodyLine + h.line - 1 }));
      } catch (error) {
        // Satteri's message starts with the body's line:column ("4:1: Expected a closing tag …").
        const message = (error as Error).message;
        const line = Number(/^(\d+):\d+: /.exec(message)?.[1] ?? 1);
        add(f.file, f.bodyLine + line - 1, `the MDX body does not parse: ${message.replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\)/, '')}`);
        hs = [];
      }
      headingCache.set(f, hs);
    }
    return hs;
  };

  // Dates: a real calendar day, written YYYY-MM-DD, not in the future, not before the site's first content.
  for (const f of [...articles, ...declines]) {
    const line = lineOfKey(f.raw, 'reviewed');
    const value = f.data['reviewed'];
    if (value === undefined) continue; // the schema says it is required
    const text = String(value).trim();
    const day = parseDay(text);
    if (!day) add(f.file, line, `reviewed: "${text}" is not a real date written YYYY-MM-DD`);
    else if (day.getTime() > now.getTime()) add(f.file, line, `reviewed: ${text} is in the future`);
    else if (text < firstContentDate) add(f.file, line, `reviewed: ${text} is before the site's first content (${firstContentDate})`);
  }

  // Ids: every heading has one; ids are unique on the page and identical across languages.
  const pageIds = new Map<string, Set<string>>();
  for (const a of articles) {
    const hs = headings(a);
    for (const h of hs) if (!h.id) add(a.file, h.line, 'heading without an explicit id: end it with {#some-id}');
    const seen = new Map<string, number>(LAYOUT_IDS.map((id) => [id, 0]));
    const glossaryIds = a.name === 'glossary' && glossary ? Object.keys(glossary.data).map((id) => ({ id, line: 0 })) : [];
    for (const { id, line } of [...hs.filter((h) => h.id).map((h) => ({ id: h.id!, line: h.line })), ...faqIds(a), ...glossaryIds]) {
      if (seen.has(id))
        add(
          a.file,
          line || 1,
          `id "${id}" is used twice on this page${seen.get(id) ? ` (also line ${seen.get(id)})` : ' (the layout uses it)'}`,
        );
      else seen.set(id, line);
    }
    pageIds.set(`${a.folder}/${a.name}`, new Set(seen.keys()));
    const other = localeCodes
      .filter((l) => l !== a.folder)
      .map((l) => articles.find((x) => x.folder === l && x.name === a.name))
      .find(Boolean);
    if (other) {
      const shape = (f: SourceFile) =>
        headings(f)
          .map((h) => `${h.depth}:${h.id}`)
          .join(' ');
      if (shape(a) !== shape(other))
        add(a.file, a.bodyLine, `section ids differ from ${other.file}: a translation keeps the same ids in the same order`);
      if (
        faqIds(a)
          .map((q) => q.id)
          .join() !==
        faqIds(other)
          .map((q) => q.id)
          .join()
      )
        add(a.file, lineOfKey(a.raw, 'faq'), `FAQ ids differ from ${other.file}`);
    }
  }
  // The default locale's text is the original every other language falls back to: required.
  const hasBlock = (data: unknown, l: string) => {
    const block = (data as Record<string, unknown> | null | undefined)?.[l];
    return block !== null && typeof block === 'object';
  };
  for (const d of declines)
    if (!hasBlock(d.data, defaultLocale))
      add(d.file, 1, `no "${defaultLocale}:" block: the ${defaultLocale} text is required (other languages' blocks are optional)`);
  if (glossary)
    for (const [id, term] of Object.entries(glossary.data))
      if (!hasBlock(term, defaultLocale))
        add(glossary.file, lineOfKey(glossary.raw, id), `${id}: no "${defaultLocale}:" side: the ${defaultLocale} side is required`);
  for (const d of declines) {
    for (const l of localeCodes) {
      const seen = new Set([...LAYOUT_IDS, ...DECLINE_SECTION_IDS]);
      // A locale without its block shows the original's text, and so its FAQ ids.
      for (const { id, line } of faqIds(d, hasBlock(d.data, l) ? l : defaultLocale)) {
        if (seen.has(id)) add(d.file, line, `id "${id}" is used twice on the ${l} page`);
        seen.add(id);
      }
      pageIds.set(`${l}/declines/${d.name}`, seen);
    }
  }

  // Related slugs and glossary guides name existing guides.
  for (const f of [...articles, ...declines]) {
    for (const slug of (f.data['related'] as unknown[] | undefined) ?? []) {
      const line = lineOfKey(f.raw, 'related');
      if (!slugs.has(String(slug)))
        add(f.file, line, `related: "${String(slug)}" is not a guide (content/articles/<locale>/${String(slug)}.mdx)`);
      else if (f.kind === 'article' && slug === f.name) add(f.file, line, 'related: a guide cannot list itself');
    }
  }
  if (glossary) {
    for (const [id, term] of Object.entries(glossary.data)) {
      const guide = String((term as { guide?: unknown })?.guide ?? '');
      const [slug, anchor] = guide.split('#');
      const line = lineOfKey(glossary.raw, id);
      if (!slugs.has(slug!)) add(glossary.file, line, `${id}.guide: "${slug}" is not a guide`);
      else if (anchor && !localeCodes.every((l) => pageIds.get(`${article(l, slug!)!.folder}/${slug}`)?.has(anchor)))
        add(glossary.file, line, `${id}.guide: no #${anchor} on ${slug}`);
    }
  }

  // Markup, links and anchors, in MDX bodies and in the Markdown of frontmatter and YAML.
  const pages = new Set<string>([
    ...localeCodes.flatMap((l) => [localePath(l), localePath(l, 'search'), localePath(l, 'declines')]),
    ...localeCodes.flatMap((l) => [...slugs].map((s) => localePath(l, s))),
    ...localeCodes.flatMap((l) => [...declineIds].map((id) => localePath(l, `declines/${id}`))),
    ...[...declineIds].map((id) => `/d/${id}/`),
  ]);
  const anchorsOf = (pathname: string): Set<string> | undefined => {
    const [l, a, b] = pathname.split('/').filter(Boolean);
    if (a === 'declines' && b) return pageIds.get(`${l}/declines/${b}`);
    if (a && !b) {
      const file = article(l!, a);
      return file ? pageIds.get(`${file.folder}/${a}`) : undefined;
    }
    return undefined;
  };
  for (const f of files.filter((x) => !x.yamlError && x.kind !== 'other')) {
    const frontmatterEnd = f.kind === 'article' ? f.raw.length - f.body.length : f.raw.length;
    const scan = withoutYamlComments(withoutCode(f.raw), frontmatterEnd);
    for (const m of dangerousMarkup(scan)) add(f.file, lineAt(f.raw, m.offset), m.message);
    for (const m of rawHtml(scan.slice(0, frontmatterEnd))) {
      if (f.kind === 'article' && m.offset < 4) continue;
      add(
        f.file,
        lineAt(f.raw, m.offset),
        `raw HTML (${m.tag}) is not allowed in ${f.kind === 'article' ? 'frontmatter' : 'YAML'} Markdown: write Markdown`,
      );
    }
    const own = f.kind === 'article' ? `${f.folder}/${f.name}` : undefined;
    for (const { target, offset } of linkTargets(scan)) {
      const line = lineAt(f.raw, offset);
      const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(target)?.[1];
      if (target.startsWith('//')) add(f.file, line, `protocol-relative link ${target}: write https://…`);
      else if (scheme) {
        if (!['https', 'http', 'mailto'].includes(scheme))
          add(f.file, line, `link ${target.slice(0, 60)}: only lower-case https:, http: or mailto: links are allowed`);
        else if (scheme !== 'mailto' && !isAllowedSource(target))
          add(f.file, line, `link to ${target} is not on an allowed domain (sourceDomains in src/site.config.ts)`);
      } else if (target.startsWith('#')) {
        const ids = own ? pageIds.get(own) : undefined;
        if (ids && !ids.has(decodeURIComponent(target.slice(1)))) add(f.file, line, `no ${target} on this page`);
      } else if (target.startsWith('/')) {
        const [pathname, hash] = target.split('#') as [string, string | undefined];
        const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
        if (!pages.has(withSlash)) add(f.file, line, `link to ${pathname}: no such page`);
        else if (hash && !anchorsOf(withSlash)?.has(decodeURIComponent(hash)))
          add(f.file, line, `link to ${target}: no #${hash} on that page`);
      } else add(f.file, line, `link "${target.slice(0, 60)}": use a full path (/${defaultLocale}/…) or an https:// URL`);
    }
  }

  // Fact citations: a known fact that is not unconfirmed.
  let facts: ReturnType<typeof loadFacts> | undefined;
  try {
    facts = loadFacts(path.join(contentDir, 'facts'));
  } catch (error) {
    const m = /^(.*?\.yaml): ([\s\S]*)$/.exec((error as Error).message);
    add(m?.[1] ?? path.join(contentDir, 'facts'), 1, m?.[2] ?? (error as Error).message);
  }
  if (facts) {
    for (const f of files.filter((x) => x.kind !== 'fact')) {
      for (const { id, line } of citedFacts(f.raw)) {
        const problem = citationProblem(id, facts);
        if (problem) add(f.file, line, problem);
      }
    }
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
