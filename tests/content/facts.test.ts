import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationProblem, citedFacts, loadFacts } from '../../src/lib/facts';
import { contentDir } from '../helpers/paths';

/** Every content file that can cite a fact: guides, decline entries, the glossary. */
function contentFiles(dir = contentDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'facts' ? [] : contentFiles(full);
    return /\.(mdx|yaml)$/.test(e.name) ? [full] : [];
  });
}

describe('the fact register', () => {
  it('every fact file is valid (label, claim, source, quote, a real past check date)', () => {
    expect(() => loadFacts(path.join(contentDir, 'facts'))).not.toThrow();
    expect(loadFacts(path.join(contentDir, 'facts')).size).toBeGreaterThan(0);
  });

  it('every "as of" in the content cites a known fact that is not unconfirmed', () => {
    const facts = loadFacts(path.join(contentDir, 'facts'));
    const problems = contentFiles().flatMap((file) =>
      citedFacts(readFileSync(file, 'utf8')).flatMap(({ id, line }) => {
        const problem = citationProblem(id, facts);
        return problem ? [`${path.relative(path.dirname(contentDir), file)}:${line}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
