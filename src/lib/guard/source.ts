import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FrontmatterError, parseFrontmatter, readYaml } from '../frontmatter.ts';

/** A content file as the guard reads it: raw text, its YAML data, and where the body starts. */
export interface SourceFile {
  /** Path relative to the project root, for messages. */
  file: string;
  kind: 'article' | 'decline' | 'glossary' | 'fact' | 'other';
  /** Folder name under articles/ (a locale code, if the tree is right). */
  folder?: string;
  /** File name without extension. */
  name: string;
  raw: string;
  /** Parsed YAML (frontmatter for MDX) with the core schema: dates stay the text the author wrote. */
  data: Record<string, unknown>;
  /** The MDX body (empty for YAML files) and the line it starts on. */
  body: string;
  bodyLine: number;
  /** A YAML error, if the file could not be parsed (reported by the guard, not thrown). */
  yamlError?: { line: number; message: string };
}

function read(abs: string, rel: string, kind: SourceFile['kind'], folder?: string): SourceFile {
  const raw = readFileSync(abs, 'utf8');
  const name = path.basename(abs).replace(/\.(mdx|yaml)$/, '');
  if (abs.endsWith('.mdx')) {
    try {
      const { data, body, bodyLine } = parseFrontmatter(raw);
      return { file: rel, kind, folder, name, raw, data, body, bodyLine };
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      // The guard checks no further a file it cannot read.
      return {
        file: rel,
        kind,
        folder,
        name,
        raw,
        data: {},
        body: raw,
        bodyLine: 1,
        yamlError: { line: error.line, message: error.message },
      };
    }
  }
  const { data, error } = readYaml(raw);
  return { file: rel, kind, folder, name, raw, data, body: '', bodyLine: 1, ...(error && { yamlError: error }) };
}

/** Every file of a content tree the site is built from. `projectRoot` makes paths in messages relative. */
export function readContentTree(contentDir: string, projectRoot = process.cwd()): SourceFile[] {
  const rel = (abs: string) => path.relative(projectRoot, abs);
  const files: SourceFile[] = [];
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []);
  for (const folder of list(path.join(contentDir, 'articles'))) {
    const dir = path.join(contentDir, 'articles', folder.name);
    if (!folder.isDirectory()) continue;
    for (const f of list(dir))
      if (f.isFile())
        files.push(read(path.join(dir, f.name), rel(path.join(dir, f.name)), f.name.endsWith('.mdx') ? 'article' : 'other', folder.name));
  }
  for (const f of list(path.join(contentDir, 'declines'))) {
    const abs = path.join(contentDir, 'declines', f.name);
    if (f.isFile()) files.push(read(abs, rel(abs), f.name.endsWith('.yaml') ? 'decline' : 'other'));
  }
  for (const f of list(path.join(contentDir, 'facts'))) {
    const abs = path.join(contentDir, 'facts', f.name);
    if (f.isFile()) files.push(read(abs, rel(abs), f.name.endsWith('.yaml') ? 'fact' : 'other'));
  }
  const glossary = path.join(contentDir, 'glossary.yaml');
  if (existsSync(glossary)) files.push(read(glossary, rel(glossary), 'glossary'));
  return files;
}

/** The 1-based line of the first line `key:` (at any indentation) at or after `from` in a raw text. */
export function lineOfKey(raw: string, key: string, from = 1): number {
  const lines = raw.split('\n');
  const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[-]/g, '\\-')}\\s*:`);
  for (let i = from - 1; i < lines.length; i++) if (re.test(lines[i]!)) return i + 1;
  return 1;
}
