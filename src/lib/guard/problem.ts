/** One thing wrong with the content, at a place an author can open. */
export interface Problem {
  /** Path relative to the project, e.g. content/articles/en/card-declined.mdx. */
  file: string;
  /** 1-based line in that file (1 when the problem is the file itself). */
  line: number;
  message: string;
}

/** @example formatProblem({ file: 'content/x.mdx', line: 3, message: 'bad' }) // 'content/x.mdx:3: bad' */
export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message}`;

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
