import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import path from 'node:path';
import { loadFacts } from '../../src/lib/facts';
import { declineSets, loadGlossary } from '../helpers/content';
import { contentDir } from '../helpers/paths';

// The site may publish an entry, a term or a fact before its translation (its pages then show the original,
// as for a guide), but the real content is kept fully translated, as guides are (articles.test.ts).
describe('decline entries, glossary terms and facts', () => {
  it('has no orphan: every decline entry has a block in every language', () => {
    const incomplete = declineSets()
      .filter((s) => s.published.length < localeCodes.length)
      .map((s) => `content/${s.slug}.yaml: only ${s.published.join(', ')}`);
    expect(incomplete).toEqual([]);
  });

  it('has no orphan: every glossary term has a side in every language', () => {
    const incomplete = Object.entries(loadGlossary())
      .map(([id, term]) => [id, localeCodes.filter((l) => term?.[l] && typeof term[l] === 'object')] as const)
      .filter(([, sides]) => sides.length < localeCodes.length)
      .map(([id, sides]) => `${id}: only ${sides.join(', ')}`);
    expect(incomplete).toEqual([]);
  });

  it('has no orphan: every fact states its claim in every language', () => {
    const incomplete = [...loadFacts(path.join(contentDir, 'facts'))]
      .map(([id, fact]) => [id, localeCodes.filter((l) => fact.claim[l] !== undefined)] as const)
      .filter(([, languages]) => languages.length < localeCodes.length)
      .map(([id, languages]) => `content/facts/${id}.yaml: claim only in ${languages.join(', ')}`);
    expect(incomplete).toEqual([]);
  });
});
