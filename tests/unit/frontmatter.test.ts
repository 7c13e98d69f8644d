import { describe, expect, it } from 'vitest';
import { FrontmatterError, parseFrontmatter } from '../../src/lib/frontmatter';

const errorOf = (raw: string) => {
  try {
    parseFrontmatter(raw);
  } catch (error) {
    if (error instanceof FrontmatterError) return { line: error.line, message: error.message };
    throw error;
  }
  return undefined;
};

describe('parseFrontmatter (the one reader of guide frontmatter)', () => {
  it('splits the block from the body; dates stay the text the author wrote', () => {
    expect(parseFrontmatter('---\ntitle: A\nreviewed: 2026-12-01\n---\nBody\n---\nmore')).toEqual({
      data: { title: 'A', reviewed: '2026-12-01' },
      body: 'Body\n---\nmore',
      bodyLine: 5,
    });
  });
  it('reads Windows line ends and an empty block', () => {
    expect(parseFrontmatter('---\r\ntitle: A\r\n---\r\nBody')).toMatchObject({ data: { title: 'A' }, body: 'Body' });
    expect(parseFrontmatter('---\n---\nBody')).toEqual({ data: {}, body: 'Body', bodyLine: 3 });
  });
  it('says which line is wrong', () => {
    expect(errorOf('# no block\n---\na: 1\n---\n')).toEqual({ line: 1, message: 'no frontmatter block (--- … ---) at the top' });
    expect(errorOf('---\ntitle: A\n----\nBody')).toMatchObject({ line: 1 });
    expect(errorOf('---\ntitle: A\nfaq: [\n---\nBody')).toMatchObject({ line: 3, message: expect.stringMatching(/^invalid YAML: /) });
    expect(errorOf('---\n- a\n- b\n---\n')).toEqual({ line: 2, message: 'frontmatter is not a YAML mapping' });
  });
});
